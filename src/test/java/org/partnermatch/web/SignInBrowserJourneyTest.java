package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnermatch.support.Api;
import org.partnermatch.support.BrowserTest;
import org.partnermatch.support.KeycloakProfile;
import org.partnermatch.support.KeycloakServer;

/**
 * Real people through Keycloak's real login page, in Chromium: district staff invite a principal, who accepts with
 * the invited address and states a need; a session that ends while the need form is open comes back to the form;
 * a person with no membership registers an organization and, once the district approves it, adds an offering; signing
 * out ends the session at the provider too.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class SignInBrowserJourneyTest extends BrowserTest {
    /** Each journey starts signed out everywhere: no cookie of this site or of the provider. */
    @BeforeEach
    void forgetEveryCookie() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Test
    void anInvitedPrincipalAcceptsStatesANeedAndComesBackToTheFormAfterTheSessionEnds() {
        UUID school = Api.createSchool();
        String principal = freshPerson("principal");

        // District staff (the configured administrator) sign in and invite the school's principal from their People page.
        driver.get(url("/district"));
        keycloakLogin(KeycloakProfile.DISTRICT_ADMIN, KeycloakProfile.DISTRICT_ADMIN_PASSWORD);
        assertThat(driver.getCurrentUrl()).endsWith("/district");
        browser.click(browser.byId("district-people"));
        new Select(browser.byId("schoolId")).selectByValue(school.toString());
        browser.type("school-email", principal);
        new Select(browser.byId("school-role")).selectByValue("principal");
        browser.click(browser.byId("invite-to-school"));
        String link = browser.byId("invitation-link").getAttribute("value");
        assertThat(link).contains("/invitations/");
        assertThat(browser.text("#invitation-created")).contains(principal);
        assertThat(browser.text("#members")).contains(KeycloakProfile.DISTRICT_ADMIN).contains("Leave");
        browser.screenshot("district-invitation");
        // The school's own People page lists it as waiting.
        driver.get(url("/schools/" + school + "/members"));
        assertThat(browser.text("#pending-invitations")).contains(principal);
        signOut();

        // The principal opens the link, signs in with the invited address and accepts.
        driver.get(link);
        assertThat(browser.text("#main")).contains("You are invited to join");
        browser.click(browser.byId("sign-in-to-accept"));
        keycloakLogin(principal, "secret-pass");
        assertThat(driver.getCurrentUrl()).isEqualTo(link);
        browser.click(browser.byId("accept-invitation"));
        assertThat(driver.getCurrentUrl()).contains("/schools/" + school);
        assertThat(browser.text("#signed-in-as")).contains(principal);

        // ... and states a need.
        String title = Api.unique("Reading buddies in Amharic");
        fillNeed(title);
        browser.submit("#need-form");
        assertThat(driver.getCurrentUrl()).contains("/needs/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);

        // The session ends while the next need's form is open: after signing in again (the provider still knows
        // the person, so no password) they are back on the form, told that what they sent was not saved.
        driver.get(url("/schools/" + school));
        fillNeed(Api.unique("Homework help"));
        for (Cookie cookie : driver.manage().getCookies()) {
            if (cookie.getName().startsWith("q_session")) {
                driver.manage().deleteCookieNamed(cookie.getName());
            }
        }
        browser.submit("#need-form");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("resumed-note")).isEmpty());
        assertThat(driver.getCurrentUrl()).contains("/schools/" + school);
        assertThat(browser.text("#resumed-note")).contains("was not saved");
        assertThat(driver.findElements(By.id("need-form"))).isNotEmpty();
        browser.screenshot("session-ended-back-on-the-form");
        signOut();
    }

    @Test
    void aPersonWithoutMembershipRegistersAnOrganizationAndAddsAnOfferingOnceApproved() {
        String founder = freshPerson("founder");
        driver.get(url("/"));
        browser.click(browser.byId("register-organization"));
        keycloakLogin(founder, "secret-pass");
        assertThat(driver.getTitle()).startsWith("Register your organization");

        String name = Api.unique("Rainier Beach Reading Circle");
        browser.type("name", name);
        browser.type("description", "Reading circles after school with Amharic-speaking volunteers.");
        browser.type("contact-email", "circle@example.org");
        browser.type("address-city", "Seattle");
        browser.type("address-state", "WA");
        browser.type("address-postalCode", "98118");
        browser.type("serviceRadius", "5");
        browser.type("staffLanguages", "am, en");
        browser.submit("#organization-form");
        assertThat(driver.getCurrentUrl()).contains("/manage?registered");
        assertThat(browser.text("#vetting-status")).startsWith("Waiting for district approval");
        String organization = driver.getCurrentUrl().replaceAll(".*/organizations/([^/]+)/manage.*", "$1");

        Api.district().body(Map.of("status", "approved", "note", "Agreement and background checks on file"))
                .post("/api/v1/organizations/" + organization + "/vetting").then().statusCode(200);
        driver.navigate().refresh();
        assertThat(browser.text("#vetting-status")).startsWith("Approved by the district");
        browser.click(driver.findElement(By.linkText("Add an offering")));
        browser.type("name", "Reading circle");
        new Select(browser.byId("categories")).selectByValue("literacy");
        new Select(browser.byId("gradeLow")).selectByValue("1");
        new Select(browser.byId("gradeHigh")).selectByValue("5");
        browser.check("timings", "after_school");
        browser.type("languages", "am, en");
        browser.type("capacity", "20");
        browser.submit("#offering-form");
        assertThat(browser.text("#main")).contains("Reading circle");
        signOut();
    }

    private void fillNeed(String title) {
        browser.type("title", title);
        new Select(browser.byId("category")).selectByValue("literacy");
        new Select(browser.byId("gradeLow")).selectByValue("6");
        new Select(browser.byId("gradeHigh")).selectByValue("8");
        browser.type("studentsAffected", "12");
        new Select(browser.byId("priority")).selectByValue("high");
        browser.check("timings", "after_school");
        browser.type("languages", "am, en");
    }

    /** Keycloak's own login page: the real form a person fills in. */
    private void keycloakLogin(String username, String password) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("kc-form-login")).isEmpty());
        assertThat(driver.getCurrentUrl()).startsWith(KeycloakServer.get().realmUrl());
        browser.type("username", username);
        browser.type("password", password);
        browser.click(browser.byId("kc-login"));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(base.toString().replaceAll("/$", "")));
    }

    private void signOut() {
        browser.click(driver.findElement(By.xpath("//button[normalize-space()='Sign out']")));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("sign-in-link")).isEmpty());
        assertThat(driver.getCurrentUrl()).startsWith(base.toString().replaceAll("/$", ""));
    }

    private static String freshPerson(String prefix) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KeycloakServer.get().createUser(email, "secret-pass", true);
        return email;
    }
}
