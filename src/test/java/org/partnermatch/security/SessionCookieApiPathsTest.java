package org.partnermatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;
import org.partnermatch.support.RawHttp;
import org.partnermatch.support.Tokens;

/**
 * The page session cookie never authenticates an API request, however its path is spelled: a cookie-only,
 * form-encoded, foreign-Origin post that would accept a partnership changes nothing, and a district-only read is
 * refused. (The same holds for the provider's session: see web.SignInFlowTest.)
 */
@QuarkusTest
class SessionCookieApiPathsTest {

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/partnerships/%s/accept", "/api;x=y/v1/partnerships/%s/accept",
            "/api;/v1/partnerships/%s/accept", "//api/v1/partnerships/%s/accept", "/%%61pi/v1/partnerships/%s/accept",
            "/API/v1/partnerships/%s/accept", "/api/v1;x/partnerships/%s/accept", "/./api/v1/partnerships/%s/accept",
            "/web/../api/v1/partnerships/%s/accept", "/api/./v1/partnerships/%s/accept",
            "/api/v1/partnerships;/%s/accept"})
    void aCookieOnlyPostToAnySpellingOfTheApiChangesNothing(String spelling) {
        Setup s = Partnerships.setup(40, "students");
        String id = as(s.principal()).body(Partnerships.body(null, s.offering(), s.need(), 10))
                .post("/api/v1/partnerships").then().statusCode(201).extract().path("id");

        RawHttp.Answer answer = RawHttp.send(base.getPort(), "POST", spelling.formatted(id), Map.of(
                "Cookie", "pm_session=" + s.partner() + "; pm_csrf=0123456789abcdef0123456789abcdef",
                "Origin", "https://attacker.example",
                "Content-Type", "application/x-www-form-urlencoded"), "csrf=0123456789abcdef0123456789abcdef");

        assertThat(answer.status()).as(spelling + " answered " + answer.head()).isNotEqualTo(200).isLessThan(500);
        as(s.principal()).get("/api/v1/partnerships/" + id).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("requested"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit", "/api;x=y/v1/audit", "/api;/v1/audit", "//api/v1/audit",
            "/%61pi/v1/audit", "/API/v1/audit", "/api/v1;x/audit", "/./api/v1/audit", "/web/../api/v1/audit",
            "/q/../api/v1/audit", "/api/v1/audit;", "/api//v1/audit"})
    void aCookieOnlyReadOfADistrictOnlyListIsRefused(String spelling) {
        RawHttp.Answer answer = RawHttp.send(base.getPort(), "GET", spelling,
                Map.of("Cookie", "pm_session=" + Tokens.district()), null);
        assertThat(answer.status()).as(spelling + " answered " + answer.head()).isIn(400, 401, 404);
        assertThat(answer.body()).doesNotContain("\"actorRole\"");
    }

    @org.junit.jupiter.api.Test
    void theSameCookieSignsInAPage() {
        RawHttp.Answer answer = RawHttp.send(base.getPort(), "GET", "/district",
                Map.of("Cookie", "pm_session=" + Tokens.district()), null);
        assertThat(answer.status()).isEqualTo(200);
    }
}
