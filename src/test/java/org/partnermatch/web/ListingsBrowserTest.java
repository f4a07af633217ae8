package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.partnermatch.support.Api;
import org.partnermatch.support.BrowserTest;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/**
 * Listings kept current, in Chromium: a parent on a phone reports that an offering's times changed, without signing
 * in; district staff see it in their queue with the overdue listings; the organization's staff confirm their profile
 * as still correct and resolve the report. No serious accessibility violation on any of the pages.
 */
@QuarkusTest
class ListingsBrowserTest extends BrowserTest {
    @Test
    void aReportedProblemIsSeenByTheDistrictAndResolvedByTheOrganization() {
        UUID org = Api.createOrganization(true);
        UUID offering = Api.createOffering(org);
        String offeringName = Db.text("SELECT name FROM offering WHERE id = '" + offering + "'");
        String orgName = Db.text("SELECT name FROM organization WHERE id = '" + org + "'");
        Db.update("UPDATE organization SET last_verified_at = now() - interval '250 days' WHERE id = '" + org + "'");

        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            driver.get(url("/organizations/" + org));
            browser.click(browser.byId("report-" + offering));
            assertThat(driver.getTitle()).startsWith("Report a problem with " + orgName);
            assertThat(new Select(browser.byId("offeringId")).getFirstSelectedOption().getText()).isEqualTo(offeringName);
            browser.click(browser.byId("send-report"));
            assertThat(browser.text("#form-problem")).contains("What is wrong: please fill this in").contains("Message: please fill this in");
            new Select(browser.byId("kind")).selectByValue("times");
            browser.type("message", "The Tuesday group moved to Thursdays.");
            assertThat(browser.axeSeriousViolations()).as("axe-core on the report form").isEmpty();
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scroll at 390 px").isLessThanOrEqualTo(0);
            browser.screenshot("report-problem-phone");
            browser.click(browser.byId("send-report"));
            assertThat(browser.text("#confirmation")).startsWith("Thank you. Your report went to the organization");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
        String report = Db.text("SELECT id FROM problem_report WHERE organization_id = '" + org + "'");

        browser.signInWithToken(base.toString(), Tokens.district());
        driver.get(url("/district"));
        browser.click(browser.byId("listings-link"));
        assertThat(browser.text("#problem-" + report)).contains(offeringName).contains(orgName)
                .contains("The days or times are wrong").contains("The Tuesday group moved to Thursdays.");
        assertThat(browser.text("#overdue-listings")).contains(orgName);
        assertThat(browser.axeSeriousViolations()).as("axe-core on the district's listings page").isEmpty();
        browser.screenshot("district-listings");
        browser.signOut();

        browser.signInWithToken(base.toString(), Tokens.partner(org));
        driver.get(url("/organizations/" + org + "/manage"));
        browser.click(browser.byId("organization-listings"));
        assertThat(browser.text("#listing-profile")).contains("due for confirmation");
        browser.click(browser.byId("confirm-profile"));
        assertThat(browser.text("#confirmation")).startsWith("Thank you: confirmed");
        assertThat(browser.text("#listing-profile")).doesNotContain("due for confirmation");
        assertThat(Db.text("SELECT last_verified_at > now() - interval '1 hour' FROM organization WHERE id = '" + org
                + "'")).isEqualTo("t");
        new Select(browser.byId("resolution-" + report)).selectByValue("fixed");
        browser.type("note-" + report, "Times updated.");
        assertThat(browser.axeSeriousViolations()).as("axe-core on the organization's listings page").isEmpty();
        browser.click(browser.byId("resolve-" + report));
        assertThat(browser.text("#confirmation")).isEqualTo("The report is resolved.");
        assertThat(driver.findElements(By.id("problem-" + report))).isEmpty();
        assertThat(Db.text("SELECT resolution || ' ' || resolution_note FROM problem_report WHERE id = '" + report + "'"))
                .isEqualTo("fixed Times updated.");
        browser.signOut();
    }
}
