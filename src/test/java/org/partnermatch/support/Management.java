package org.partnermatch.support;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/** Requests to the management interface (health, metrics), which listens on a port of its own. */
public final class Management {

    private Management() {
    }

    /** A request whose paths ({@code /q/health/ready}, {@code /q/metrics}) go to the management port. */
    public static RequestSpecification given() {
        // The manager's URI ends in the root path "/q"; the paths here name it themselves.
        URI management = URI.create(TestHTTPResourceManager.getManagementUri());
        return RestAssured.given().baseUri(management.getScheme() + "://" + management.getHost()).port(management.getPort());
    }
}
