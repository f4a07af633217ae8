package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.partnermatch.support.Api;
import org.partnermatch.support.BrowserTest;
import org.partnermatch.support.Tokens;

/**
 * The district page at a phone's and a desktop's width: the equity headline states the with-a-partner shares of the
 * highest-need schools and the others as the report counts them, chart labels are readable, and each waiting
 * organization's onboarding items show their status and expiry. axe-core finds no serious or critical violation.
 */
@QuarkusTest
class DistrictPageBrowserTest extends BrowserTest {
    @ParameterizedTest
    @ValueSource(ints = {320, 390, 1280})
    void theDistrictPageTellsTheTruth(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        UUID waiting = Api.createOrganization(false);
        String items = "/api/v1/organizations/" + waiting + "/onboarding-items";
        LocalDate today = LocalDate.now();
        district().body(Map.of("expiresOn", today.plusYears(1).toString())).put(items + "/insurance")
                .then().statusCode(200);
        district().body(Map.of("expiresOn", today.minusDays(3).toString())).put(items + "/background_checks")
                .then().statusCode(200);

        browser.signInWithToken(base.toString(), Tokens.district());
        driver.get(base.toString().replaceAll("/$", "") + "/district");

        // the headline says what the report counts: partnered needs, q4 against q1-3
        JsonPath equity = district().get("/api/v1/reports/equity").then().statusCode(200).extract().jsonPath();
        int topNeeds = 0, topPartnered = 0, restNeeds = 0, restPartnered = 0;
        for (Map<String, Object> g : equity.<Map<String, Object>>getList("quartiles")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> coverage = (Map<String, Object>) g.get("coverage");
            int open = (Integer) coverage.get("openNeeds");
            int partnered = (Integer) coverage.get("needsWithActivePartnership");
            if ("q4".equals(g.get("group"))) {
                topNeeds += open;
                topPartnered += partnered;
            } else if (((String) g.get("group")).matches("q[1-3]")) {
                restNeeds += open;
                restPartnered += partnered;
            }
        }
        assertThat(topNeeds + restNeeds).as("the demo district has open needs").isPositive();
        assertThat(browser.text("#equity-figures")).startsWith(topPartnered + " of " + topNeeds
                + " open needs at the highest-need schools have a partner").contains(restPartnered + " of " + restNeeds);
        String headline = browser.text("#equity-headline");
        if (topNeeds < 5 || restNeeds < 5) {
            assertThat(headline).startsWith("Too few open needs to judge");
        } else if (topPartnered * restNeeds < restPartnered * topNeeds) {
            assertThat(headline).doesNotContain("better than");
        }
        if (topPartnered == 0 && restPartnered > 0 && topNeeds >= 5 && restNeeds >= 5) {
            assertThat(headline).contains("less well");
        }

        // chart labels at the page's text size, never a scaled-down SVG
        for (WebElement label : driver.findElements(By.cssSelector(".chart .chart-label"))) {
            String size = (String) ((JavascriptExecutor) driver)
                    .executeScript("return getComputedStyle(arguments[0]).fontSize;", label);
            assertThat(Double.parseDouble(size.replace("px", ""))).as("chart label size").isGreaterThanOrEqualTo(14);
        }

        WebElement entry = driver.findElement(By.xpath("//ul[contains(@class,'vetting')]/li[.//a[@href='/organizations/"
                + waiting + "']]"));
        String onboarding = entry.findElement(By.cssSelector("ul.onboarding")).getText();
        assertThat(onboarding).contains("Insurance: on file, valid until")
                .contains("Background checks: expired on")
                .contains("Data sharing agreement: not on file");
        axeClean("district overview");
        browser.screenshotFrom("#h-equity", "district-equity-" + width);
        browser.signOut();
    }

    private void axeClean(String what) {
        List<String> problems = browser.axeSeriousViolations();
        assertThat(problems).as("axe-core on " + what).isEmpty();
    }
}
