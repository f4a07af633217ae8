package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.partnermatch.support.BrowserTest;

/**
 * Search on phones: the filters come before the results at 320, 390 and 1280 px. On a phone they are one "Filters"
 * line (folded) right above the results and open with a tap; on a desktop they are open beside the results. axe-core
 * finds no serious or critical violation.
 */
@QuarkusTest
class SearchPhoneBrowserTest extends BrowserTest {
    @ParameterizedTest
    @ValueSource(ints = {320, 390, 1280})
    void filtersAreReachableBeforeTheResults(int width) {
        driver.manage().window().setSize(new Dimension(width, 800));
        driver.get(base.toString().replaceAll("/$", "") + "/search?q=tutoring");
        WebElement panel = browser.byId("filter-panel");
        WebElement results = browser.byId("h-results");
        boolean phone = width < 640;
        assertThat(panel.getAttribute("open")).as("panel open").isEqualTo(phone ? null : "true");
        if (phone) {
            WebElement summary = panel.findElement(By.tagName("summary"));
            assertThat(top(summary)).as("Filters before the results").isLessThan(top(results));
            assertThat(top(results)).as("results within the first two screens").isLessThan(1600);
            browser.click(summary);
            assertThat(panel.getAttribute("open")).isEqualTo("true");
            WebElement firstCategory = panel.findElement(By.cssSelector("ul a"));
            assertThat(firstCategory.isDisplayed()).isTrue();
            assertThat(top(firstCategory)).isLessThan(top(results));
        } else {
            assertThat(panel.findElement(By.tagName("summary")).isDisplayed()).isFalse();
            assertThat(panel.findElement(By.cssSelector("ul a")).isDisplayed()).isTrue();
        }
        assertThat(browser.axeSeriousViolations()).as("axe-core on search at " + width).isEmpty();
        browser.screenshot("search-filters-" + width);
    }

    private long top(WebElement element) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.round(arguments[0].getBoundingClientRect().top + window.scrollY);", element)).longValue();
    }
}
