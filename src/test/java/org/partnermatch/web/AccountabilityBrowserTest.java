package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.partnermatch.support.BrowserTest;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;
import org.partnermatch.support.Tokens;

/**
 * A partnership accounted for, in Chromium: the principal approves it and agrees its outcomes, the partner (on a
 * phone) records what happened, and district staff open the annual report for the school board.
 */
@QuarkusTest
class AccountabilityBrowserTest extends BrowserTest {
    @Test
    void thePrincipalApprovesAndAgreesOutcomesAndThePartnerRecordsResults() {
        Setup s = Partnerships.setup(100, "students");
        UUID id = s.request(12);
        Partnerships.act(id, "accept", s.partner(), null);

        browser.signInWithToken(base.toString(), s.principal());
        driver.get(url("/partnerships/" + id));
        assertThat(browser.text("#approval")).startsWith("Not yet");
        assertThat(driver.findElements(By.id("start"))).as("no start before approval").isEmpty();
        browser.click(browser.byId("approve"));
        assertThat(browser.text("#confirmation")).startsWith("You approved this partnership");
        assertThat(browser.text("#approval")).startsWith("Approved on");

        browser.click(driver.findElement(By.xpath("//summary[normalize-space()='Agree the outcomes']")));
        browser.type("measure-1", "Students attending at least 10 sessions");
        browser.type("target-1", "10");
        browser.type("unit-1", "students");
        browser.click(browser.byId("save-outcomes"));
        assertThat(browser.text("#confirmation")).startsWith("The planned outcomes are saved");
        assertThat(browser.text("table.outcomes")).contains("Students attending at least 10 sessions")
                .contains("10 students").contains("not recorded");
        browser.click(browser.byId("start"));
        assertThat(browser.text("h1")).isEqualTo("Partnership active");
        assertThat(org.partnermatch.support.Db.text("SELECT state FROM partnership WHERE id = '" + id + "'"))
                .isEqualTo("active");
        browser.signOut();

        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.signInWithToken(base.toString(), s.partner());
            driver.get(url("/partnerships/" + id));
            browser.click(driver.findElement(By.xpath("//summary[normalize-space()='Record what happened']")));
            browser.type("studentsServed", "12");
            browser.type("sessionsHeld", "9");
            WebElement result = driver.findElement(By.cssSelector("#actuals-form input[name^='result-']"));
            result.clear();
            result.sendKeys("11");
            browser.click(browser.byId("save-actuals"));
            assertThat(browser.text("#confirmation")).startsWith("What happened is recorded");
            assertThat(browser.text("#students-served")).isEqualTo("12");
            assertThat(browser.text("table.outcomes")).contains("11 students").contains("Met");
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0);
            browser.screenshot("partnership-outcomes-phone");
            browser.signOut();
        } finally {
            driver.manage().window().setSize(new Dimension(1000, 1300));
        }

        browser.signInWithToken(base.toString(), Tokens.district());
        driver.get(url("/district"));
        browser.click(browser.byId("annual-report-link"));
        assertThat(driver.getTitle()).startsWith("Partnerships in the ");
        assertThat(browser.text("#annual-summary")).contains("partnerships").contains("Outcomes:");
        assertThat(driver.findElements(By.cssSelector("table.annual"))).isNotEmpty();
        browser.screenshot("annual-report");
        browser.signOut();
    }
}
