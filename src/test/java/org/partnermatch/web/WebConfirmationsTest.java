package org.partnermatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;
import org.partnermatch.support.Tokens;
import org.partnermatch.support.WebCsrf;

/** Every successful form post lands on a page that says what happened (the redirect's flag). */
@QuarkusTest
class WebConfirmationsTest {

    private static String page(String token, String path) {
        return given().cookie(WebCookies.SESSION, token).get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void aRequestSentFromTheFormSaysToWhomAndHowLongTheyHave() {
        Setup s = Partnerships.setup(100, "students");
        String org = Db.text("SELECT name FROM organization WHERE id = '" + s.organization() + "'");
        String csrf = WebCsrf.token();
        String location = given().cookie(WebCookies.SESSION, s.principal()).cookie(WebCookies.CSRF, csrf)
                .redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("schoolId", s.school().toString())
                .formParam("offeringId", s.offering().toString()).formParam("needIds", s.need().toString())
                .formParam("studentsToServe", "5").formParam("startDate", "2027-02-01")
                .formParam("endDate", "2027-06-15").formParam("message", "Spring tutoring?")
                .post("/partnerships/new").then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith("?sent");
        String path = location.substring(location.indexOf("/partnerships/"));
        assertThat(page(s.principal(), path)).contains("Request sent to " + org.replace("&", "&amp;")
                + " — they have 14 days to answer").contains("we will e-mail you their answer");
        // without the flag (a bookmark, a reload of the plain page) nothing claims to have just happened
        assertThat(page(s.principal(), path.replace("?sent", ""))).doesNotContain("id=\"confirmation\"");
    }

    @Test
    void answersVettingNeedsAndRegistrationSayWhatHappened() {
        Setup s = Partnerships.setup(100, "students");
        UUID accepted = s.request(5);
        Partnerships.act(accepted, "accept", s.partner(), null);
        assertThat(page(s.partner(), "/partnerships/" + accepted + "?accept")).contains("You accepted the request of");
        assertThat(page(Tokens.district(), "/district?vetted")).contains("Vetting decision saved");
        assertThat(page(s.principal(), "/needs/" + s.need() + "?stated")).contains("Need stated for");
        UUID pending = Api.createOrganization(false);
        assertThat(page(Tokens.partner(pending), "/organizations/" + pending + "/manage?registered"))
                .contains("is registered and waits for the district&#39;s approval");
        // a flag with a value is not a confirmation
        assertThat(page(Tokens.district(), "/district?vetted=1")).doesNotContain("Vetting decision saved");
    }
}
