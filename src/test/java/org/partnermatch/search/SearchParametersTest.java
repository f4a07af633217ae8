package org.partnermatch.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.partnermatch.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad search parameter is a 400 problem naming the parameter, on both searches, before any query runs. */
@QuarkusTest
class SearchParametersTest {

    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource(delimiter = '|', textBlock = """
            offerings     | category=nope                               | category
            organizations | category=nope                               | category
            offerings     | radiusKm=5                                  | radiusKm
            organizations | radiusKm=5                                  | radiusKm
            offerings     | near=47.6,-122.3&radiusKm=0                 | radiusKm
            organizations | near=47.6,-122.3&radiusKm=1001              | radiusKm
            offerings     | near=47.6,-122.3&radiusKm=far               | radiusKm
            offerings     | grade=-2                                    | grade
            organizations | grade=-5                                    | grade
            offerings     | grade=14                                    | grade
            organizations | grade=first                                 | grade
            offerings     | size=1000                                   | size
            organizations | size=1000                                   | size
            offerings     | size=0                                      | size
            organizations | page=-1                                     | page
            offerings     | near=47.6                                   | near
            organizations | near=north,west                             | near
            offerings     | near=91,0                                   | near
            organizations | near=47.6,-181                              | near
            offerings     | sort=best                                   | sort
            organizations | sort=distance                               | sort
            offerings     | sort=distance&q=music                       | sort
            offerings     | schoolId=not-a-uuid                         | schoolId
            organizations | schoolId=5c000000-0000-4000-8000-0000000000ff | schoolId
            offerings     | facets=maybe                                | facets
            organizations | facets=1                                    | facets
            offerings     | q=-.-                                       | q
            organizations | q=a+b+c+d+e+f+g+h+i+j+k+l+m                 | q
            offerings     | language=klingon                            | language
            organizations | language=xx                                 | language
            offerings     | timing=noon                                 | timing
            organizations | timing=lunch                                | timing
            offerings     | cost=cheap                                  | cost
            organizations | cost=cheap                                  | cost
            offerings     | modality=telepathy                          | modality
            organizations | modality=telepathy                          | modality
            offerings     | leadership=secret_society_led               | leadership
            organizations | leadership=secret_society_led               | leadership
            offerings     | vettingStatus=maybe                         | vettingStatus
            organizations | vettingStatus=maybe                         | vettingStatus
            offerings     | active=yes                                  | active
            offerings     | organizationId=xyz                          | organizationId
            """)
    void badParameterIsA400NamingIt(String what, String query, String field) {
        anonymous().get("/api/v1/" + what + "?" + query).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo(field))
                .body("instance", startsWith("/api/v1/" + what));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"offerings", "organizations"})
    void tooLongTextOrCommunityIsA400(String what) {
        anonymous().queryParam("q", "x".repeat(201)).get("/api/v1/" + what).then().statusCode(400)
                .body("violations[0].field", equalTo("q"));
        anonymous().queryParam("community", "x".repeat(81)).get("/api/v1/" + what).then().statusCode(400)
                .body("violations[0].field", equalTo("community"));
    }
}
