package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnermatch.support.Api;
import org.partnermatch.support.BrowserTest;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/**
 * Registering an organization as a small organization's staff would, in Chromium: languages suggested by name as
 * they are typed, and the exact location placed with a click on a map instead of typed coordinates.
 */
@QuarkusTest
class OrganizationFormBrowserTest extends BrowserTest {
    @Test
    void languagesAreSuggestedAndTheLocationIsPlacedOnAMap() {
        UUID organization = UUID.randomUUID();
        browser.signInWithToken(base.toString(), Tokens.partner(organization));
        assertThat(driver.getTitle()).startsWith("Register your organization");
        String name = Api.unique("Rainier Beach Readers");
        browser.type("name", name);
        browser.type("address-city", "Seattle");
        browser.type("address-state", "WA");
        browser.type("address-postalCode", "98118");

        // Suggestions follow the word being typed, after what is already chosen, in English or the language's own name.
        WebElement languages = browser.byId("staffLanguages");
        languages.sendKeys("Somali, Amh");
        assertThat(suggestions("staffLanguages")).contains("Somali, Amharic").allMatch(s -> s.startsWith("Somali, "));
        languages.clear();
        languages.sendKeys("espa");
        assertThat(suggestions("staffLanguages")).contains("español");
        languages.clear();
        languages.sendKeys("Somali, Amharic");

        // The exact location: open it and click the map; the two fields follow.
        browser.click(driver.findElement(By.cssSelector("details.exact-location summary")));
        WebElement map = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector(".map-picker.map-ready")));
        assertThat(browser.byId("latitude").getAttribute("value")).isEmpty();
        new Actions(driver).moveToElement(map, 30, 20).click().perform();
        String latitude = browser.byId("latitude").getAttribute("value");
        String longitude = browser.byId("longitude").getAttribute("value");
        assertThat(latitude).matches("4[67]\\.\\d{5}");
        assertThat(longitude).matches("-12[12]\\.\\d{5}");
        assertThat(driver.findElements(By.cssSelector(".map-picker path.place-picked"))).hasSize(1);
        browser.screenshot("organization-form-map");

        browser.submit("#organization-form");
        assertThat(driver.getCurrentUrl()).endsWith("/organizations/" + organization + "/manage?registered");
        assertThat(Db.text("SELECT latitude || ' ' || longitude || ' ' || location_precision FROM organization"
                + " WHERE id = '" + organization + "'")).isEqualTo(Double.parseDouble(latitude) + " "
                + Double.parseDouble(longitude) + " exact");
        assertThat(Db.text("SELECT array_to_string(staff_languages, ',') FROM organization WHERE id = '"
                + organization + "'")).isEqualTo("so,am");
        browser.signOut();
    }

    private List<String> suggestions(String input) {
        return driver.findElements(By.cssSelector("#" + input + "-suggestions option")).stream()
                .map(option -> option.getAttribute("value")).toList();
    }
}
