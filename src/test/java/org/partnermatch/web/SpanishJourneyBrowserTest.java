package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.partnermatch.support.Api;
import org.partnermatch.support.Browser;
import org.partnermatch.support.Tokens;

/**
 * The pages in Spanish, in a real browser at phone (390 px) and desktop (1280 px) widths. A Spanish-speaking parent
 * (or partner) arrives on the English home page, switches to Español, searches and reads an organization's page with
 * its Spanish description. A principal whose browser asks for Spanish signs in, gets the pages in Spanish straight
 * away, and states a need, with the form's problems in Spanish, then reads its matches' reasons in Spanish. axe-core finds no serious or critical violation on
 * any of these pages, lang attributes included.
 */
@QuarkusTest
class SpanishJourneyBrowserTest {

    private static Browser english;
    private static Browser spanish;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowsers() throws IOException {
        english = Browser.start();
        spanish = Browser.start("es-US,es");
    }

    @AfterAll
    static void stopBrowsers() throws IOException {
        if (english != null) {
            english.quit();
        }
        if (spanish != null) {
            spanish.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void aParentSwitchesToSpanishSearchesAndReadsAnOrganizationInSpanish(int width) {
        Map<String, Object> organization = Api.organization();
        organization.put("descriptionTranslations",
                Map.of("es", "Tutoría y mentoría para jóvenes de África Oriental, con tutores que hablan somalí."));
        UUID org = Api.created(Api.district().body(organization).post("/api/v1/organizations").then());
        Api.district().body(Map.of("status", "approved", "note", "on file"))
                .post("/api/v1/organizations/" + org + "/vetting").then().statusCode(200);
        Map<String, Object> offering = Api.offering();
        String word = "ajedrez" + UUID.randomUUID().toString().substring(0, 6);
        offering.put("name", "Chess and math club " + word);
        offering.put("descriptionTranslations", Map.of("es", "Club de ajedrez y matemáticas en grupos pequeños."));
        Api.created(Api.as(Tokens.partner(org)).body(offering).post("/api/v1/organizations/" + org + "/offerings").then());

        var driver = english.driver();
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(url("/"));
        assertThat(lang(english)).isEqualTo("en");
        assertThat(english.text("h1")).isEqualTo("Find partners for your students");

        english.click(driver.findElement(By.cssSelector("#language-switcher a[lang='es']")));
        assertThat(lang(english)).isEqualTo("es");
        assertThat(english.text("h1")).isEqualTo("Encuentre organizaciones para sus estudiantes");
        assertThat(english.text("#language-switcher [aria-current]")).isEqualTo("Español");
        assertThat(english.axeSeriousViolations()).as("axe-core on the Spanish home page at " + width).isEmpty();
        english.screenshot("es-home-" + width);

        english.click(driver.findElement(By.cssSelector(".card a.button[href='/search']")));
        assertThat(english.text("h1")).isEqualTo("Buscar organizaciones");
        english.type("q", word);
        english.submit("form.search");
        assertThat(lang(english)).isEqualTo("es");
        assertThat(english.text("#h-results")).isEqualTo("1 servicio encontrado");
        assertThat(english.text("#h-filters")).isEqualTo("Afinar la búsqueda");
        assertThat(english.axeSeriousViolations()).as("axe-core on the Spanish search at " + width).isEmpty();
        english.screenshot("es-search-" + width);

        english.click(driver.findElement(By.cssSelector("li.hit h3 a")));
        assertThat(driver.getCurrentUrl()).endsWith("/organizations/" + org);
        assertThat(lang(english)).isEqualTo("es");
        var description = driver.findElement(By.id("org-description"));
        assertThat(description.getText())
                .isEqualTo("Tutoría y mentoría para jóvenes de África Oriental, con tutores que hablan somalí.");
        assertThat(description.getAttribute("lang")).isEqualTo("es");
        assertThat(english.text(".offering-description")).isEqualTo("Club de ajedrez y matemáticas en grupos pequeños.");
        assertThat(english.text("#main")).contains("Lo que ofrecen", "Idiomas", "Después de clases", "Gratis");
        assertThat(english.axeSeriousViolations()).as("axe-core on the Spanish organization page at " + width).isEmpty();
        english.screenshot("es-organization-" + width);

        // the choice is remembered: the next visit is in Spanish without switching again
        driver.get(url("/"));
        assertThat(lang(english)).isEqualTo("es");
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void aPrincipalWhoseBrowserAsksForSpanishStatesANeed(int width) {
        UUID school = Api.createSchool();
        var driver = spanish.driver();
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(url("/sign-in"));
        assertThat(lang(spanish)).isEqualTo("es");
        assertThat(spanish.text("h1")).isEqualTo("Iniciar sesión");
        assertThat(spanish.axeSeriousViolations()).as("axe-core on the Spanish sign-in page at " + width).isEmpty();
        spanish.signInWithToken(url("/"), Tokens.principal(school));

        assertThat(driver.getCurrentUrl()).endsWith("/schools/" + school);
        assertThat(lang(spanish)).isEqualTo("es");
        assertThat(spanish.text("#signed-in-as")).isEqualTo("Sesión iniciada como Director o directora de escuela");
        assertThat(spanish.text("#h-new")).isEqualTo("Indicar una nueva necesidad");

        // a title of spaces only and a language nobody knows: the problems come back in Spanish, next to the fields
        spanish.type("title", "   ");
        new Select(spanish.byId("category")).selectByValue("math");
        new Select(spanish.byId("gradeLow")).selectByValue("6");
        new Select(spanish.byId("gradeHigh")).selectByValue("8");
        spanish.type("studentsAffected", "25");
        new Select(spanish.byId("priority")).selectByValue("high");
        spanish.check("timings", "after_school");
        spanish.type("languages", "Soomaali, klingon");
        spanish.submit("#need-form");

        assertThat(lang(spanish)).isEqualTo("es");
        assertThat(spanish.text("#form-problem h2")).isEqualTo("Por favor, revise el formulario");
        assertThat(spanish.text("#title-error")).isEqualTo("por favor, complete este campo");
        assertThat(spanish.text("#languages-error")).startsWith("No conocemos el idioma \"klingon\"");
        assertThat(spanish.text("#form-problem")).contains("Título: por favor, complete este campo");
        assertThat(spanish.axeSeriousViolations()).as("axe-core on the Spanish form with problems at " + width).isEmpty();
        spanish.screenshot("es-need-problems-" + width);

        String title = Api.unique("Tutoría de matemáticas en somalí");
        spanish.type("title", title);
        spanish.type("languages", "Soomaali, español");
        spanish.submit("#need-form");
        assertThat(driver.getCurrentUrl()).contains("/needs/");
        assertThat(spanish.text("h1")).isEqualTo(title);
        assertThat(spanish.text("#confirmation")).startsWith("Necesidad registrada para");
        assertThat(spanish.text("#h-matches")).isEqualTo("Organizaciones ordenadas para esta necesidad");
        // the need's category and its matches' reasons in Spanish, category names included
        assertThat(spanish.text(".lead")).contains("Tutoría de matemáticas");
        String reasons = spanish.text("#match-1 .reasons");
        assertThat(reasons).contains("Categoría", "Tutoría de matemáticas")
                .doesNotContain("category", "Staff speak", "Covers", "requested");
        spanish.screenshotFrom("#match-1", "es-need-reasons-" + width);
        assertThat(spanish.axeSeriousViolations()).as("axe-core on the Spanish need page at " + width).isEmpty();
        spanish.screenshot("es-need-" + width);
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void districtStaffReadingSpanishRunAPlanAndReadTheirPages(int width) {
        var driver = spanish.driver();
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(width, 900));
        spanish.signInWithToken(url("/"), Tokens.district());
        driver.get(url("/district"));
        assertThat(lang(spanish)).isEqualTo("es");
        assertThat(spanish.text("h1")).isEqualTo("Resumen del distrito");
        assertThat(spanish.text("#h-equity")).isEqualTo("Cobertura y equidad");
        assertThat(spanish.text("#equity-headline")).startsWith("L").doesNotContain("highest-need");
        assertThat(spanish.axeSeriousViolations()).as("axe-core on the Spanish district page at " + width).isEmpty();
        spanish.screenshot("es-district-" + width);

        // one region, as district staff plan (the whole district of every test's schools is larger than one plan)
        new org.openqa.selenium.support.ui.Select(spanish.byId("region")).selectByValue("Northwest");
        spanish.submit("form[action='/allocations']");
        assertThat(spanish.text("h1")).isEqualTo("Plan de asignación");
        assertThat(spanish.text("#plan-scope")).startsWith("Este plan abarca región Northwest, todas las categorías");
        assertThat(spanish.axeSeriousViolations()).as("axe-core on a Spanish plan at " + width).isEmpty();

        for (String[] page : new String[][] {{"/district/annual-report", "Colaboraciones del año escolar"},
                {"/district/regions", "Regiones"}, {"/district/outbox", "Bandeja de salida"},
                {"/about/numbers", "Las cifras explicadas"}}) {
            driver.get(url(page[0]));
            assertThat(spanish.text("h1")).startsWith(page[1]);
            assertThat(spanish.axeSeriousViolations()).as("axe-core on %s in Spanish at %d", page[0], width).isEmpty();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static String lang(Browser browser) {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }
}
