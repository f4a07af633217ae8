package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnermatch.support.BrowserTest;
import org.partnermatch.support.Tokens;

/**
 * An allocation plan on the pages, at a phone's and a desktop's width: it names its scope, is listed on the district
 * page, and turns into partnership requests with one button (a second press makes none: every line's request is
 * open). axe-core finds no serious or critical violation.
 */
@QuarkusTest
class AllocationPageBrowserTest extends BrowserTest {
    private static final Pattern SENT = Pattern.compile("(\\d+) partnership requests sent");

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void aPlanNamesItsScopeAndTurnsIntoRequests(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        browser.signInWithToken(base.toString(), Tokens.district());
        driver.get(base.toString().replaceAll("/$", "") + "/district");
        new Select(browser.byId("region")).selectByValue("Northwest");
        browser.click(browser.byId("run-allocation"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            if (d.getPageSource().contains("The plan is being computed")) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        String plan = driver.getCurrentUrl();
        assertThat(browser.text("#plan-scope")).startsWith("This plan covers region Northwest, all categories, fit from");
        axeClean("plan");
        int lines = driver.findElements(By.cssSelector("section.card[aria-labelledby^='s-'] li")).size();

        browser.click(browser.byId("send-plan-requests"));
        String confirmation = browser.byId("confirmation").getText();
        Matcher sent = SENT.matcher(confirmation);
        assertThat(sent.find()).as(confirmation).isTrue();
        if (lines > 0) {
            assertThat(Integer.parseInt(sent.group(1)) > 0 || confirmation.contains("plan lines skipped")).isTrue();
        }
        axeClean("requests sent");
        // Sending again makes no second request for any line: each one's request is open now.
        driver.get(plan);
        browser.click(browser.byId("send-plan-requests"));
        Matcher again = SENT.matcher(browser.byId("confirmation").getText());
        assertThat(again.find()).isTrue();
        assertThat(again.group(1)).isEqualTo("0");

        driver.get(base.toString().replaceAll("/$", "") + "/district");
        String id = plan.replaceAll(".*/allocations/([0-9a-f-]{36}).*", "$1");
        assertThat(driver.findElement(By.cssSelector(".recent-plans a[href='/allocations/" + id + "']"))
                .findElement(By.xpath("..")).getText()).contains("region Northwest");
        browser.signOut();
    }

    private void axeClean(String what) {
        assertThat(browser.axeSeriousViolations()).as("axe-core on " + what).isEmpty();
    }
}
