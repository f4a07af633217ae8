package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.partnermatch.support.BrowserTest;
import org.partnermatch.support.Db;
import org.partnermatch.support.Mailboxes;
import org.partnermatch.support.Partnerships;

/**
 * The request loop on the pages, at a phone's and a desktop's width: no second request button where one is open,
 * titles that follow the state, a blank decline reason marking only the decline form, the school's contact shown to
 * the partner once accepted (never before, never to the school), and ratings given from the partnership page. axe-core
 * runs on every page shown.
 */
@QuarkusTest
class PartnershipPageBrowserTest extends BrowserTest {
    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theRequestLoopEndsInContactAndRatings(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        Partnerships.Setup setup = Partnerships.setup(20, "students");
        String principalEmail = Mailboxes.member("school", setup.school(), "principal");
        Db.update("UPDATE app_user SET display_name = 'Ana Lopez' WHERE email = '" + principalEmail + "'");

        // Before any request the organization page offers one; with one open it links to it instead.
        browser.signInWithToken(base.toString(), setup.principal());
        open("/organizations/" + setup.organization());
        assertThat(driver.findElements(By.cssSelector("a.button[href='/partnerships/new?offeringId=" + setup.offering() + "']")))
                .hasSize(1);
        UUID id = setup.request(5);
        open("/organizations/" + setup.organization());
        assertThat(driver.findElements(By.cssSelector("a.button[href='/partnerships/new?offeringId=" + setup.offering() + "']")))
                .isEmpty();
        assertThat(driver.findElement(By.cssSelector(".open-request a")).getAttribute("href"))
                .endsWith("/partnerships/" + id);
        axeClean("organization with an open request");
        open("/needs/" + setup.need());
        // the need's matches never offer a second request form for that offering; where it is listed, they link to it
        assertThat(driver.findElements(By.cssSelector("input[name='offeringId'][value='" + setup.offering() + "']")))
                .isEmpty();
        if (!driver.findElements(By.cssSelector(".matches a[href='/organizations/" + setup.organization() + "']")).isEmpty()) {
            assertThat(driver.findElements(By.cssSelector(".open-request a[href='/partnerships/" + id + "']"))).isNotEmpty();
        }

        open("/partnerships/" + id);
        assertThat(browser.text("h1")).isEqualTo("Request sent");
        assertThat(driver.findElements(By.id("school-contact"))).isEmpty();
        axeClean("request sent");

        // The partner: no contact before accepting; a one-space reason marks the decline form only.
        browser.signOut();
        browser.signInWithToken(base.toString(), setup.partner());
        open("/partnerships/" + id);
        assertThat(browser.text("h1")).isEqualTo("Request waiting for your answer");
        assertThat(driver.findElements(By.id("school-contact"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(principalEmail);
        ((JavascriptExecutor) driver).executeScript("const r = document.getElementById('decline-reason');"
                + "r.removeAttribute('required'); r.value = ' '; r.form.submit();");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("form-problem")).isEmpty());
        assertThat(browser.byId("decline-reason").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.byId("decline-reason-error").getText()).startsWith("Write why you decline");
        assertThat(browser.byId("cancel-reason").getAttribute("aria-invalid")).isNull();
        assertThat(driver.findElements(By.id("cancel-reason-error"))).isEmpty();
        axeClean("decline refused");

        browser.click(browser.byId("accept"));
        assertThat(browser.text("h1")).isEqualTo("Request accepted");
        assertThat(browser.byId("school-contact").getText()).contains("Ana Lopez").contains(principalEmail);
        axeClean("accepted, with the contact");
        browser.screenshot("partnership-contact-" + width);

        Partnerships.act(id, "approve", setup.principal(), null);
        Partnerships.act(id, "start", setup.principal(), null);
        Partnerships.act(id, "complete", setup.partner(), null);
        open("/partnerships/" + id);
        assertThat(browser.text("h1")).isEqualTo("Partnership completed");
        browser.check("rating", "4");
        browser.type("feedback-comment", "Their coordinator knew every family.");
        browser.click(browser.byId("give-feedback"));
        assertThat(browser.byId("confirmation").getText()).contains("rating is saved");
        assertThat(browser.text("#feedback .feedback")).contains("The partner rated the school: 4 of 5");
        assertThat(driver.findElements(By.id("feedback-form"))).isEmpty();
        axeClean("rated");

        // The school: its own side's form; never its own contact shown back.
        browser.signOut();
        browser.signInWithToken(base.toString(), setup.principal());
        open("/partnerships/" + id);
        assertThat(browser.text("h1")).isEqualTo("Partnership completed");
        assertThat(driver.findElements(By.id("school-contact"))).isEmpty();
        assertThat(driver.findElements(By.id("feedback-form"))).hasSize(1);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('feedback-form').submit();");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("rating-error")).isEmpty());
        assertThat(browser.byId("rating-error").getText()).startsWith("Choose a rating");
        browser.check("rating", "5");
        browser.click(browser.byId("give-feedback"));
        assertThat(browser.text("#feedback .feedback")).contains("The school rated the partner: 5 of 5");
        axeClean("school rated");
        browser.signOut();
    }

    @org.junit.jupiter.api.Test
    void axeFindsAViolationWhenThereIsOne() {
        // the check above cannot pass by not running: an image without alt text is a critical violation
        driver.get("data:text/html,<html lang=en><title>t</title><main><img src=x.png></main></html>");
        assertThat(browser.axeSeriousViolations()).anyMatch(v -> v.contains("image-alt"));
    }

    private void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    private void axeClean(String what) {
        assertThat(browser.axeSeriousViolations()).as("axe-core on " + what).isEmpty();
    }
}
