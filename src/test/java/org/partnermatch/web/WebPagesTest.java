package org.partnermatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/** The web pages over plain HTTP: rendering, sign-in by cookie, role gates, CSRF, and the API staying bearer-only. */
@QuarkusTest
class WebPagesTest {

    private static String csrf;

    /** A CSRF token the service signed (see CsrfTokens), fetched once. */
    private static String csrf() {
        if (csrf == null) {
            csrf = org.partnermatch.support.WebCsrf.token();
        }
        return csrf;
    }

    @Test
    void pagesAnswerWithSecurityHeaders() {
        for (String page : new String[] {"/", "/search", "/sign-in", "/organizations/0a000000-0000-4000-8000-000000000003"}) {
            Response answer = given().get(page);
            answer.then().statusCode(200)
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("form-action 'self'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("Cache-Control", containsString("private"))
                    .header("Vary", containsString("Cookie"));
            assertThat(answer.header("Strict-Transport-Security")).as("plain http: no HSTS").isNull();
        }
        given().header("X-Forwarded-Proto", "https").get("/").then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age="));
        given().get("/api/v1/categories").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void publicPagesRenderForAnyone() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"), containsString("Search partners"),
                        containsString("href=\"/sign-in\""));
        given().get("/search?q=math+tutoring&schoolId=5c000000-0000-4000-8000-000000000001").then().statusCode(200)
                .body(containsString("offerings found"), containsString("miles away"), containsString("Narrow down"),
                        containsString("<mark>"));
        given().get("/organizations/0a000000-0000-4000-8000-000000000003").then().statusCode(200)
                .body(containsString("Communities In Schools"), containsString("What they offer"),
                        containsString("Sign in</a> to see how to reach them"),
                        containsString("Profile last confirmed</dt><dd id=\"last-confirmed\">"),
                        containsString("Last confirmed</dt>"));
        given().get("/sign-in").then().statusCode(200).body(containsString("Sign in with a token"));
    }

    @Test
    void badSearchInputIsAPlainMessageNotAnError() {
        given().get("/search?language=zz-not-a-language").then().statusCode(400)
                .body(containsString("language"), containsString("class=\"problem\""));
    }

    @Test
    void pagesForARoleAskAnonymousCallersToSignIn() {
        given().get("/district").then().statusCode(401).contentType(containsString("text/html"))
                .body(containsString("Please sign in"));
        given().get("/principal").then().statusCode(401).body(containsString("Please sign in"));
    }

    @Test
    void theSessionCookieSignsPagesInButNeverTheApi() {
        String district = Tokens.district();
        given().cookie(WebCookies.SESSION, district).get("/district").then().statusCode(200)
                .body(containsString("Organizations waiting for approval"), containsString("id=\"equity-headline\""),
                        containsString("Signed in as District staff"));
        // The API does not read the cookie: without a bearer header the caller is anonymous.
        given().cookie(WebCookies.SESSION, district).get("/api/v1/reports/coverage").then().statusCode(401);
        given().header("Authorization", "Bearer " + district).get("/api/v1/reports/coverage").then().statusCode(200);
    }

    @Test
    void theWrongRoleGetsAForbiddenPage() {
        UUID school = Api.createSchool();
        given().cookie(WebCookies.SESSION, Tokens.principal(school)).get("/district").then().statusCode(403)
                .body(containsString("Not for your role"));
        // Another school's page: the services' object-level rule, as in the API.
        given().cookie(WebCookies.SESSION, Tokens.principal(school)).get("/schools/5c000000-0000-4000-8000-000000000001")
                .then().statusCode(403);
    }

    @Test
    void anExpiredCookieSignsNobodyInAndIsDropped() {
        Response page = given().cookie(WebCookies.SESSION, Tokens.expired()).get("/");
        page.then().statusCode(200).body(containsString("Your sign-in had expired"), not(containsString("Signed in as")));
        assertThat(page.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith(WebCookies.SESSION + "=;")
                || c.startsWith(WebCookies.SESSION + "=\"\";") || c.startsWith(WebCookies.SESSION + "=") && c.contains("Max-Age=0"));
    }

    @Test
    void formsWithoutTheCsrfTokenChangeNothing() {
        UUID school = Api.createSchool();
        String principal = Tokens.principal(school);
        long before = needsOf(school);
        given().cookie(WebCookies.SESSION, principal).cookie(WebCookies.CSRF, csrf())
                .contentType("application/x-www-form-urlencoded")
                .formParam("title", "Reading buddies").formParam("category", "literacy").formParam("gradeLow", "6")
                .formParam("gradeHigh", "7").formParam("studentsAffected", "12").formParam("priority", "high")
                .post("/schools/" + school + "/needs").then().statusCode(403).body(containsString("Form expired"));
        given().cookie(WebCookies.SESSION, principal).cookie(WebCookies.CSRF, csrf())
                .contentType("application/x-www-form-urlencoded").formParam("csrf", "some-other-value-0123456789abcdef")
                .formParam("title", "Reading buddies").formParam("category", "literacy").formParam("gradeLow", "6")
                .formParam("gradeHigh", "7").formParam("studentsAffected", "12").formParam("priority", "high")
                .post("/schools/" + school + "/needs").then().statusCode(403);
        // an equal pair the service did not sign (any two equal strings) is refused too
        for (String forged : new String[] {"x", "csrf-token-for-tests-0123456789abcdef", csrf() + "x",
                csrf().substring(0, csrf().indexOf('.')) + ".AAAA"}) {
            given().cookie(WebCookies.SESSION, principal).cookie(WebCookies.CSRF, forged)
                    .contentType("application/x-www-form-urlencoded").formParam("csrf", forged)
                    .formParam("title", "Reading buddies").formParam("category", "literacy").formParam("gradeLow", "6")
                    .formParam("gradeHigh", "7").formParam("studentsAffected", "12").formParam("priority", "high")
                    .post("/schools/" + school + "/needs").then().statusCode(403).body(containsString("Form expired"));
        }
        assertThat(needsOf(school)).isEqualTo(before);

        given().cookie(WebCookies.SESSION, principal).cookie(WebCookies.CSRF, csrf()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf", csrf())
                .formParam("title", "Reading buddies").formParam("category", "literacy").formParam("gradeLow", "6")
                .formParam("gradeHigh", "7").formParam("studentsAffected", "12").formParam("priority", "high")
                .post("/schools/" + school + "/needs").then().statusCode(303)
                .header("Location", containsString("/needs/"));
        assertThat(needsOf(school)).isEqualTo(before + 1);
    }

    @Test
    void aBadFieldIsShownNextToItsInput() {
        UUID school = Api.createSchool();
        given().cookie(WebCookies.SESSION, Tokens.principal(school)).cookie(WebCookies.CSRF, csrf())
                .contentType("application/x-www-form-urlencoded").formParam("csrf", csrf())
                .formParam("title", "Too young").formParam("category", "math").formParam("gradeLow", "0")
                .formParam("gradeHigh", "2").formParam("studentsAffected", "0").formParam("priority", "high")
                .formParam("languages", "so, not-a-language")
                .post("/schools/" + school + "/needs").then().statusCode(400)
                .body(containsString("id=\"studentsAffected-error\""), containsString("id=\"languages-error\""),
                        containsString("aria-invalid=\"true\""));
    }

    @Test
    void pagesAreNotPartOfTheApiContract() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(not(containsString("\"/district\"")), not(containsString("\"/sign-in\"")));
    }

    private static long needsOf(UUID school) {
        return Db.number("SELECT count(*) FROM need WHERE school_id = '" + school + "'");
    }
}
