package org.partnermatch.support;

import static io.restassured.RestAssured.given;

/** A CSRF token the service signed, for tests that post forms without a browser (any other value is refused). */
public final class WebCsrf {

    private WebCsrf() {
    }

    /** The token a fresh visitor's first page sets (cookie {@code pm_csrf}); forms echo it in their csrf field. */
    public static String token() {
        String token = given().get("/sign-in").then().statusCode(200).extract().cookie("pm_csrf");
        if (token == null) {
            throw new IllegalStateException("The sign-in page set no pm_csrf cookie");
        }
        return token;
    }
}
