package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.partnermatch.support.Api;
import org.partnermatch.support.BrowserTest;
import org.partnermatch.support.Tokens;

/**
 * Each number a page shows — need index, fit, coverage, equity-weighted value — has one plain sentence next to it and
 * a link to /about/numbers, whose sections answer the links. axe-core finds no serious or critical violation.
 */
@QuarkusTest
class NumbersBrowserTest extends BrowserTest {
    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void numbersAreExplainedWhereTheyAreShown(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        open("/about/numbers");
        assertThat(browser.text("h1")).isEqualTo("The numbers explained");
        for (String anchor : new String[] {"fit", "need-index", "coverage", "equity-weighted-value", "rating"}) {
            assertThat(driver.findElement(By.id(anchor)).getTagName()).isEqualTo("h2");
        }
        axeClean("the numbers page");

        UUID school = Api.createSchool();
        browser.signInWithToken(base.toString(), Tokens.principal(school));
        open("/schools/" + school);
        WebElement sentence = browser.byId("explain-need-index");
        assertThat(sentence.getText()).startsWith("The need index (0 to 100) sums up the school's equity figures");
        browser.click(sentence.findElement(By.tagName("a")));
        assertThat(driver.getCurrentUrl()).endsWith("/about/numbers#need-index");
        assertThat(browser.byId("need-index").getText()).isEqualTo("Need index (0 to 100)");
        browser.signOut();

        browser.signInWithToken(base.toString(), Tokens.district());
        open("/district");
        assertThat(driver.findElements(By.cssSelector("#h-equity ~ .explain a[href='/about/numbers#coverage'], "
                + "section[aria-labelledby='h-equity'] .explain a[href='/about/numbers#coverage']"))).isNotEmpty();
        axeClean("district with explanations");
        browser.signOut();
    }

    private void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    private void axeClean(String what) {
        assertThat(browser.axeSeriousViolations()).as("axe-core on " + what).isEmpty();
    }
}
