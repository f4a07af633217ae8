package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnermatch.support.Api;
import org.partnermatch.support.BrowserTest;
import org.partnermatch.support.Tokens;

/**
 * WCAG 1.4.10 reflow: at 320 CSS pixels wide (a small phone, or 1280 px zoomed to 400 %) no page scrolls sideways.
 * Each role's pages, in Debian's headless chromium; screenshots in target/screenshots (reflow-*.png).
 */
@QuarkusTest
class ReflowBrowserTest extends BrowserTest {
    @BeforeAll
    static void narrowWindow() {
        driver.manage().window().setSize(new Dimension(320, 800));
    }

    @Test
    void noPageScrollsSidewaysAt320Pixels() {
        UUID school = Api.createSchool();
        UUID need = Api.createNeed(school);
        UUID organization = Api.createOrganization(true);
        // A long school name, first in the district's school picker, must not widen the page either.
        Map<String, Object> longName = Api.school();
        longName.put("name", Api.unique("Aaron Dr. Martin Luther King Jr. International Baccalaureate Dual Language Academy"
                + " of the Rainier Valley"));
        Api.district().body(longName).post("/api/v1/schools").then().statusCode(201);
        Map<String, Long> overflow = new LinkedHashMap<>();

        for (String path : List.of("/", "/search?q=tutoring", "/organizations/0a000000-0000-4000-8000-000000000003",
                "/sign-in")) {
            overflow.put(path, overflowAt(path));
        }
        signIn(Tokens.principal(school));
        for (String path : List.of("/schools/" + school, "/needs/" + need)) {
            overflow.put(path, overflowAt(path));
        }
        signIn(Tokens.partner(organization));
        for (String path : List.of("/organizations/" + organization + "/manage", "/organizations/" + organization)) {
            overflow.put(path, overflowAt(path));
        }
        signIn(Tokens.district());
        for (String path : List.of("/district", "/district/regions", "/district/members")) {
            overflow.put(path, overflowAt(path));
        }

        List<String> wide = new ArrayList<>();
        overflow.forEach((path, px) -> {
            if (px > 0) {
                wide.add(path + " (" + px + " px)");
            }
        });
        assertThat(wide).as("pages wider than 320 px").isEmpty();
    }

    private long overflowAt(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
        browser.screenshot("reflow" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-[0-9a-f]{8}-[0-9a-f-]{27}", ""));
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (overflow > 0) {
            // which elements reach past the screen, innermost first: what to fix
            System.err.println("Wider than 320 px at " + path + ": " + ((JavascriptExecutor) driver).executeScript(
                    "const w = document.documentElement.clientWidth; const out = [];"
                    + "for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect();"
                    + " if (r.right > w + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))"
                    + " out.push(e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' '"
                    + " + Math.round(r.right) + ' ' + (e.textContent || '').trim().slice(0, 60)); }"
                    + "return out.slice(0, 10).join(' | ');"));
        }
        return overflow;
    }

    private void signIn(String token) {
        List<WebElement> signOut = driver.findElements(By.xpath("//button[normalize-space()='Sign out']"));
        if (!signOut.isEmpty()) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", signOut.get(0));
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.id("sign-in-link")).isEmpty());
        }
        driver.get(base.toString().replaceAll("/$", "") + "/sign-in");
        WebElement box = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("token")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", box, token);
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", browser.byId("token-sign-in"));
    }
}
