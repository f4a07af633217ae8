package org.partnermatch.security;

import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

/** Real RS256 tokens: only ones signed by the configured key, from the configured issuer and unexpired pass. */
@QuarkusTest
class TokenValidationTest {

    @Test
    void badTokensAre401ProblemsEvenOnPublicEndpoints() {
        for (String token : new String[] {Tokens.forged(), Tokens.expired(), Tokens.wrongIssuer(),
                Tokens.otherAlgorithm(), "not.a.jwt", "garbage", Tokens.century(), Tokens.issuedInTheFuture()}) {
            as(token).get("/api/v1/schools").then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("status", equalTo(401));
            as(token).body(Api.school()).post("/api/v1/schools").then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void refusalsAreCountedInTheMetrics() {
        as(Tokens.forged()).get("/api/v1/schools").then().statusCode(401);
        as(Tokens.principal(java.util.UUID.randomUUID())).get("/api/v1/audit").then().statusCode(403);
        String metrics = org.partnermatch.support.Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics).contains("partnermatch_refused_total{status=\"401\"")
                .contains("partnermatch_refused_total{status=\"403\"");
    }

    @Test
    void anonymousWriteIs401AndWrongRoleIs403() {
        Api.anonymous().body(Api.school()).post("/api/v1/schools").then().statusCode(401)
                .contentType("application/problem+json");
        as(Tokens.partner(UUID.randomUUID())).body(Api.school()).post("/api/v1/schools").then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.district()).body(Api.school()).post("/api/v1/schools").then().statusCode(201);
    }

    @Test
    void principalWithoutSchoolClaimManagesNothing() {
        UUID school = Api.createSchool();
        String token = io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).subject("p").groups("principal")
                .expiresAt(java.time.Instant.now().plusSeconds(600))
                .sign(privateKey());
        as(token).body(Api.need()).post("/api/v1/schools/" + school + "/needs").then().statusCode(403);
    }

    private static java.security.PrivateKey privateKey() {
        try (var in = TokenValidationTest.class.getClassLoader().getResourceAsStream("test-keys/privateKey.pem")) {
            return io.smallrye.jwt.util.KeyUtils.decodePrivateKey(new String(in.readAllBytes()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
