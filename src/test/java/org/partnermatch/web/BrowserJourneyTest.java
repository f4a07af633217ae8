package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnermatch.support.Api;
import org.partnermatch.support.BrowserTest;
import org.partnermatch.support.Tokens;

/**
 * The web pages in a real browser (Debian's headless chromium through chromedriver): a principal goes from stating
 * a need to a sent request; a partner registers, waits for the district's approval, adds an offering and accepts a
 * school's request. Screenshots land in target/screenshots. Without chromium and chromedriver the test is skipped
 * locally; in CI (CI=true) they are required.
 */
@QuarkusTest
class BrowserJourneyTest extends BrowserTest {
    @Test
    void aPrincipalStatesANeedSeesRankedPartnersAndSendsARequest() {
        UUID school = Api.createSchool();
        signIn(Tokens.principal(school));
        assertThat(driver.getCurrentUrl()).endsWith("/schools/" + school);
        assertThat(text("#signed-in-as")).isEqualTo("Signed in as School principal");

        String title = Api.unique("Math help in Somali");
        type("title", title);
        new Select(byId("category")).selectByValue("math");
        new Select(byId("gradeLow")).selectByValue("6");
        new Select(byId("gradeHigh")).selectByValue("8");
        type("studentsAffected", "25");
        new Select(byId("priority")).selectByValue("high");
        check("timings", "after_school");
        type("languages", "so, en");
        screenshot("principal-school");
        submit("#need-form");

        assertThat(driver.getCurrentUrl()).contains("/needs/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        List<WebElement> matches = driver.findElements(By.cssSelector("li.match"));
        assertThat(matches).isNotEmpty();
        WebElement first = matches.get(0);
        assertThat(first.findElements(By.cssSelector("ul.reasons li"))).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.getText()).isNotBlank());
        first.findElement(By.cssSelector("details summary")).click();
        assertThat(first.findElements(By.cssSelector(".factors .bar > span"))).isNotEmpty();
        String partner = first.findElement(By.cssSelector("h3 a")).getText();
        screenshot("principal-need-matches");

        first.findElement(By.cssSelector("details.request summary")).click();
        WebElement message = first.findElement(By.cssSelector("textarea[name=message]"));
        message.sendKeys("Could your tutors take 25 of our 6th-8th graders after school?");
        click(first.findElement(By.cssSelector("button.send-request")));

        assertThat(driver.getCurrentUrl()).contains("/partnerships/");
        assertThat(text("#partnership-state")).startsWith("Waiting for the partner's answer");
        assertThat(driver.getPageSource()).contains(partner).contains(title);
        screenshot("principal-request-sent");

        driver.get(url("/principal"));
        assertThat(text("#main")).contains("Waiting for the partner's answer");
        signOut();
    }

    @Test
    void aPartnerRegistersIsApprovedAddsAnOfferingAndAcceptsARequest() {
        UUID organization = UUID.randomUUID();
        String partnerToken = Tokens.partner(organization);
        String name = Api.unique("Southeast Math Circle");

        // The partner registers: the organization starts pending, and the page says so.
        signIn(partnerToken);
        assertThat(driver.getTitle()).startsWith("Register your organization");
        type("name", name);
        type("description", "Math circles after school with Somali-speaking tutors.");
        type("contact-email", "circle@example.org");
        type("address-city", "Seattle");
        type("address-state", "Washington");
        type("address-postalCode", "98118");
        type("serviceRadius", "6");
        type("staffLanguages", "Somali, English");
        type("communitiesServed", "East African, Somali");
        check("leadership", "black_led");
        submit("#organization-form");
        assertThat(driver.getCurrentUrl()).endsWith("/organizations/" + organization + "/manage?registered");
        assertThat(text("#vetting-status")).startsWith("Waiting for district approval");

        driver.findElement(By.linkText("Add an offering")).click();
        type("name", "Math circle");
        new Select(byId("categories")).selectByValue("math");
        new Select(byId("gradeLow")).selectByValue("6");
        new Select(byId("gradeHigh")).selectByValue("8");
        check("timings", "after_school");
        type("languages", "so, en");
        type("capacity", "40");
        submit("#offering-form");
        assertThat(text("#main")).contains("Math circle");
        screenshot("partner-pending");
        signOut();

        // District staff approve it from the vetting queue, look at equity, and plan an allocation.
        signIn(Tokens.district());
        assertThat(driver.getCurrentUrl()).endsWith("/district");
        // one bar per equity group: four quartiles and Title I or not, plus "unknown" groups when schools lack figures
        io.restassured.path.json.JsonPath equity = io.restassured.RestAssured.given().auth().oauth2(Tokens.district())
                .get("/api/v1/reports/equity").then().statusCode(200).extract().jsonPath();
        int groups = equity.getList("quartiles").size() + equity.getList("titleI").size();
        assertThat(groups).isBetween(6, 8);
        assertThat(driver.findElements(By.cssSelector(".chart .chart-bar"))).hasSize(groups);
        screenshot("district-overview");
        screenshotFrom("#h-equity", "district-equity");
        click(driver.findElement(By.xpath("//button[normalize-space()='Approve " + name + "']")));
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Approve " + name + "']"))).isEmpty();
        // One region of the demo directory keeps the plan small whatever else the suite has added.
        new Select(byId("region")).selectByValue("Northwest");
        click(byId("run-allocation"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            if (d.getPageSource().contains("The plan is being computed")) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        assertThat(text("#main")).contains("This plan").contains("By school, highest need first");
        screenshot("district-allocation");
        signOut();

        // A principal finds the organization's page and asks for the offering.
        UUID school = Api.createSchool();
        UUID need = Api.createNeed(school);
        signIn(Tokens.principal(school));
        driver.get(url("/organizations/" + organization));
        screenshot("organization");
        driver.findElement(By.linkText("Ask them for help with a need")).click();
        click(driver.findElement(By.cssSelector("input[name=needIds][value='" + need + "']")));
        type("studentsToServe", "20");
        click(driver.findElement(By.xpath("//button[normalize-space()='Send request']")));
        assertThat(text("#partnership-state")).startsWith("Waiting for the partner's answer");
        signOut();

        // The partner sees the request waiting and accepts it.
        signIn(partnerToken);
        assertThat(text("#vetting-status")).startsWith("Approved by the district");
        WebElement waiting = driver.findElement(By.cssSelector("#waiting a"));
        assertThat(waiting.getText()).contains("asks for Math circle");
        screenshot("partner-requests");
        click(waiting);
        click(byId("accept"));
        assertThat(text("#partnership-state")).startsWith("Accepted by the partner");
        screenshot("partner-accepted");
        signOut();
    }

    @Test
    void anyoneSearchesWithFacetsAndSeesDistances() {
        driver.get(url("/search"));
        type("q", "tutoring");
        new Select(byId("schoolId")).selectByVisibleText("Aki Kurose Middle School");
        submit("form.search");
        String heading = text("#h-results");
        assertThat(heading).endsWith("found");
        assertThat(driver.findElements(By.cssSelector(".hit .distance"))).isNotEmpty();
        WebElement facet = driver.findElement(By.cssSelector(".facets ul li a"));
        String count = facet.findElement(By.xpath("following-sibling::span")).getText();
        click(facet);
        assertThat(text("#h-results")).startsWith(count.replaceAll("[()]", "") + " ");
        screenshot("search");

        // Readable on a phone: one column, nothing wider than the screen.
        driver.manage().window().setSize(new Dimension(400, 900));
        try {
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0);
            screenshot("search-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1000, 1300));
        }
    }

    private void signIn(String token) {
        driver.get(url("/sign-in"));
        WebElement box = byId("token");
        // Typing a 700-character token key by key is slow; setting the value is what a paste does.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", box, token);
        click(byId("token-sign-in"));
    }

    private void signOut() {
        click(driver.findElement(By.xpath("//button[normalize-space()='Sign out']")));
        assertThat(driver.findElements(By.id("sign-in-link"))).isNotEmpty();
    }

    private static WebElement byId(String id) {
        return browser.byId(id);
    }

    private static String text(String css) {
        return browser.text(css);
    }

    private static void type(String id, String value) {
        browser.type(id, value);
    }

    private static void check(String name, String value) {
        browser.check(name, value);
    }

    private static void submit(String formCss) {
        browser.submit(formCss);
    }

    private static void click(WebElement element) {
        browser.click(element);
    }

    private static void screenshotFrom(String css, String name) {
        browser.screenshotFrom(css, name);
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
