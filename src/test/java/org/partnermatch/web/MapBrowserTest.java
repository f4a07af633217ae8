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
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/**
 * The maps, in Chromium, with a tile server that cannot be reached (the test profile's tile URL), as in a school
 * network that blocks it: the places still show, the lists come first, and nothing reaches past a phone's screen.
 */
@QuarkusTest
class MapBrowserTest extends BrowserTest {
    @Test
    void searchResultsShowTheSchoolAndThePartnersOnAMapAfterTheList() {
        driver.get(url("/search"));
        new Select(browser.byId("schoolId")).selectByVisibleText("Aki Kurose Middle School");
        browser.submit("form.search");
        List<WebElement> places = placesOnTheMap();
        assertThat(driver.findElements(By.cssSelector("path.place-school"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("path.place-partner"))).isNotEmpty();
        assertThat(places.size()).isLessThanOrEqualTo(1 + driver.findElements(By.cssSelector(".hit")).size());
        assertThat(isBefore("ol.hits", "#map")).as("the list comes before the map").isTrue();
        assertThat(driver.findElements(By.cssSelector(".map-legend li"))).extracting(WebElement::getText)
                .contains("School");
        browser.screenshotFrom("#h-map", "map-search");
        atPhoneWidth(() -> assertThat(overflow()).isLessThanOrEqualTo(0));
    }

    @Test
    void anOrganizationsPageShowsWhereItServes() {
        UUID org = Api.createOrganization(true);
        Db.update("UPDATE organization SET latitude = 47.55, longitude = -122.28, service_radius_km = 8 WHERE id = '"
                + org + "'");
        driver.get(url("/organizations/" + org));
        assertThat(placesOnTheMap()).hasSize(1);
        // the service area: a second, non-interactive circle around the place
        assertThat(driver.findElements(By.cssSelector("#map .leaflet-overlay-pane path"))).hasSize(2);
        assertThat(browser.text(".facts")).contains("Serves in person within").contains("5 miles");
    }

    @Test
    void anOrganizationWithoutALocationHasNoMap() {
        UUID org = Api.createOrganization(true);
        Db.update("UPDATE organization SET latitude = NULL, longitude = NULL, service_radius_km = NULL WHERE id = '"
                + org + "'");
        driver.get(url("/organizations/" + org));
        assertThat(driver.findElements(By.id("map"))).isEmpty();
    }

    @Test
    void theDistrictSeesEachSchoolsCoverage() {
        browser.signInWithToken(base.toString(), Tokens.district());
        driver.get(url("/district"));
        List<WebElement> places = placesOnTheMap();
        long located = Db.number("SELECT count(*) FROM school WHERE latitude IS NOT NULL");
        assertThat((long) places.size()).isEqualTo(located);
        assertThat(driver.findElements(By.cssSelector("path.place-partner"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".map-legend li"))).extracting(WebElement::getText)
                .contains("Every open need has a partner", "No open need has a partner yet");
        // the same in words, for anyone who cannot use the map
        assertThat(driver.findElements(By.cssSelector(".school-coverage li")).size()).isGreaterThanOrEqualTo(places.size());
        browser.screenshotFrom("#h-map", "map-district");
        atPhoneWidth(() -> assertThat(overflow()).isLessThanOrEqualTo(0));
        browser.signOut();
    }

    private List<WebElement> placesOnTheMap() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#map.map-ready")).isEmpty());
        // every place is drawn inside the map's box (a map laid out at no size draws them elsewhere)
        long outside = (Long) ((JavascriptExecutor) driver).executeScript("var box = document.getElementById('map')"
                + ".getBoundingClientRect(); return Array.from(document.querySelectorAll('#map path.place')).filter("
                + "function (p) { var r = p.getBoundingClientRect(); var x = r.left + r.width / 2, y = r.top + r.height / 2;"
                + " return x < box.left || x > box.right || y < box.top || y > box.bottom; }).length;");
        assertThat(outside).as("places drawn outside the map").isZero();
        return driver.findElements(By.cssSelector("#map path.place"));
    }

    private boolean isBefore(String first, String second) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("return !!(document.querySelector(arguments[0])"
                + ".compareDocumentPosition(document.querySelector(arguments[1])) & Node.DOCUMENT_POSITION_FOLLOWING);",
                first, second);
    }

    private long overflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private void atPhoneWidth(Runnable check) {
        driver.manage().window().setSize(new Dimension(320, 800));
        try {
            check.run();
        } finally {
            driver.manage().window().setSize(new Dimension(1000, 1300));
        }
    }
}
