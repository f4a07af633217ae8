package org.partnermatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The pages in the reader's language over plain HTTP: English by default, Accept-Language when it names an offered
 * language, the switcher's cookie above both; {@code <html lang>} follows, and the switcher returns to the same page.
 */
@QuarkusTest
class LanguagePagesTest {

    private static final String ORGANIZATION = "/organizations/0a000000-0000-4000-8000-000000000003";

    @Test
    void englishWhenNothingAsksOtherwise() {
        given().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Find partners for your students"),
                        containsString("href=\"/language?set=es&amp;next=%2F\""), containsString("lang=\"es\""));
        given().header("Accept-Language", "fr-FR,de;q=0.5").get("/search").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Narrow down"));
    }

    @Test
    void acceptLanguageChoosesSpanish() {
        given().header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5").get("/").then().statusCode(200)
                .header("Vary", containsString("Accept-Language"))
                .body(containsString("<html lang=\"es\">"), containsString("Encuentre organizaciones para sus estudiantes"),
                        containsString("Buscar organizaciones"), not(containsString("Find partners for your students")));
        given().header("Accept-Language", "es").get("/search?q=tutoring").then().statusCode(200)
                .body(containsString("¿Qué necesitan sus estudiantes?"), containsString("Afinar la búsqueda"),
                        containsString("encontrado"));
        given().header("Accept-Language", "es").get(ORGANIZATION).then().statusCode(200)
                .body(containsString("Lo que ofrecen"), containsString("para ver cómo comunicarse con ellos"));
        given().header("Accept-Language", "es").get(ORGANIZATION).then().statusCode(200)
                .body(containsString("Reportar un problema con esta información"));
        given().header("Accept-Language", "es").get(ORGANIZATION + "/report-problem").then().statusCode(200)
                .body(containsString("Reportar un problema con"), containsString("¿Qué encontró?"),
                        containsString("Los días o los horarios están mal"), not(containsString("What did you find?")));
        given().header("Accept-Language", "vi").get(ORGANIZATION).then().statusCode(200)
                .body(containsString("Báo cáo sự cố với thông tin này"));
    }

    @Test
    void thePublicPagesInEachCommunityLanguage() {
        java.util.Map<String, String> homeTitles = java.util.Map.of("so", "U hel ardaydaada hay&#39;ado la-shaqeeya",
                "vi", "Tìm đối tác cho học sinh của quý vị", "zh-Hant", "為您的學生尋找合作夥伴",
                "am", "ለተማሪዎችዎ አጋሮችን ያግኙ");
        homeTitles.forEach((tag, title) -> {
            given().cookie("pm_lang", tag).get("/").then().statusCode(200)
                    .body(containsString("<html lang=\"" + tag + "\">"), containsString(title));
            given().cookie("pm_lang", tag).get(ORGANIZATION).then().statusCode(200)
                    .body(containsString("<html lang=\"" + tag + "\">"), not(containsString("What they offer")));
        });
        // a page not translated into Somali shows its words in English, key by key, inside the Somali layout
        given().cookie("pm_lang", "so").cookie(WebCookies.SESSION, org.partnermatch.support.Tokens.district())
                .get("/sign-in").then().statusCode(200)
                .body(containsString("<html lang=\"so\">"), containsString("Ka bax"), containsString("Sign in with a token"));
    }

    @Test
    void theCookieOutranksTheBrowser() {
        given().header("Accept-Language", "en-US").cookie("pm_lang", "es").get("/search").then().statusCode(200)
                .body(containsString("<html lang=\"es\">"), containsString("Buscar organizaciones"));
        given().header("Accept-Language", "es").cookie("pm_lang", "en").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Find partners for your students"));
    }

    @Test
    void theSwitcherRemembersTheLanguageAndGoesBack() {
        given().redirects().follow(false).queryParam("set", "es").queryParam("next", "/search?q=math")
                .get("/language").then().statusCode(303)
                .header("Location", containsString("/search?q=math"))
                .header("Set-Cookie", containsString("pm_lang=es"))
                .header("Set-Cookie", containsString("SameSite=Lax"));
        given().redirects().follow(false).get("/language?set=es&next=/sign-in").then().statusCode(303)
                .header("Location", containsString("/sign-in"));
    }

    @Test
    void theSwitcherStaysOnThisSiteAndIgnoresUnknownLanguages() {
        for (String next : new String[] {"https://evil.example/", "//evil.example/", "/api/v1/schools", "/\\evil"}) {
            given().redirects().follow(false).queryParam("set", "es").queryParam("next", next).get("/language")
                    .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/"));
        }
        given().redirects().follow(false).get("/language?set=xx&next=/search").then().statusCode(303)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void errorPagesSpeakTheLanguageToo() {
        given().header("Accept-Language", "es").get("/district").then()
                .body(containsString("<html lang=\"es\">"));
    }

    @Test
    void aPrincipalsPagesAndFieldProblemsInSpanish() {
        java.util.UUID school = org.partnermatch.support.Api.createSchool();
        String principal = org.partnermatch.support.Tokens.principal(school);
        String page = given().cookie(WebCookies.SESSION, principal).header("Accept-Language", "es")
                .get("/schools/" + school).then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page).contains("<html lang=\"es\">", "Indicar una nueva necesidad",
                "Título breve", "(obligatorio)", "Sesión iniciada como Director o directora de escuela");
        String csrf = org.partnermatch.support.WebCsrf.token();
        given().cookie(WebCookies.SESSION, principal).cookie(WebCookies.CSRF, csrf).cookie("pm_lang", "es")
                .contentType("application/x-www-form-urlencoded").formParam("csrf", csrf).formParam("title", " ")
                .formParam("category", "math").formParam("gradeLow", "6").formParam("gradeHigh", "8")
                .formParam("studentsAffected", "0").formParam("priority", "high").formParam("languages", "Klingon")
                .post("/schools/" + school + "/needs").then().statusCode(400)
                .body(containsString("Por favor, revise el formulario"),
                        containsString("Título: por favor, complete este campo"),
                        containsString("Cuántos estudiantes: debe ser al menos 1"),
                        containsString("No conocemos el idioma"));
    }

    @Test
    void aPartnershipAndAPartnersPageInSpanish() {
        org.partnermatch.support.Partnerships.Setup s = org.partnermatch.support.Partnerships.setup(100, "students");
        java.util.UUID request = s.request(5);
        given().cookie(WebCookies.SESSION, s.partner()).cookie("pm_lang", "es").get("/partnerships/" + request).then()
                .statusCode(200).body(containsString("<title>Solicitud que espera su respuesta · PartnerMatch</title>"),
                        containsString("Lo que puede hacer"), containsString("Aceptar la solicitud"),
                        containsString("Motivo del rechazo"), containsString("Esperando la respuesta de la organización"));
        given().cookie(WebCookies.SESSION, s.principal()).cookie("pm_lang", "es").get("/partnerships/" + request).then()
                .statusCode(200).body(containsString("<title>Solicitud enviada · PartnerMatch</title>"),
                        containsString("Aprobar esta colaboración"));
    }
}
