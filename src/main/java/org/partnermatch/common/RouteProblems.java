package org.partnermatch.common;

import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Client errors that the HTTP router answers itself, outside JAX-RS, as the same problem+json: a route failing with
 * a bare 4xx status, a path no route serves, and Swagger UI while it is switched off (outside demo mode Quarkus
 * still routes its paths, to an empty 404). One rule for every unserved path, whatever the Accept header: a 404
 * problem (the API's and the pages' own not-found answers come from {@link ProblemMappers}).
 */
@ApplicationScoped
public class RouteProblems {

    private static final Logger LOG = Logger.getLogger(RouteProblems.class);

    private final boolean swaggerUiEnabled;
    private final String swaggerUiPath;

    RouteProblems(@ConfigProperty(name = "quarkus.swagger-ui.enabled", defaultValue = "true") boolean swaggerUiEnabled,
                  @ConfigProperty(name = "quarkus.swagger-ui.enable") Optional<Boolean> swaggerUiEnable,
                  @ConfigProperty(name = "quarkus.swagger-ui.path", defaultValue = "swagger-ui") String swaggerUiPath,
                  @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String toolsRoot) {
        this.swaggerUiEnabled = swaggerUiEnable.orElse(swaggerUiEnabled);
        this.swaggerUiPath = swaggerUiPath.startsWith("/") ? swaggerUiPath
                : "/" + trimSlashes(toolsRoot) + "/" + trimSlashes(swaggerUiPath);
    }

    void onRouter(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::onStatusFailure);
        router.errorHandler(404, this::notFound);
        if (!swaggerUiEnabled) {
            router.route(swaggerUiPath).order(Integer.MIN_VALUE + 1).handler(this::notFound);
            router.route(swaggerUiPath + "/*").order(Integer.MIN_VALUE + 1).handler(this::notFound);
        }
    }

    private void notFound(RoutingContext routing) {
        ProblemMappers.send(routing, 404, "not-found", "Not Found", "No resource at this address.", false);
    }

    /**
     * A failure carrying only a 4xx status (no exception to map): answered with that status's problem. A connection
     * the client closed mid-request (or that was closed after refusing its request) leaves nobody to answer: noted at
     * debug level, not logged as a server error.
     */
    private void onStatusFailure(RoutingContext routing) {
        Throwable failure = routing.failure();
        if (failure instanceof HttpClosedException) {
            LOG.debugf("Connection closed during %s %s", routing.request().method(), routing.request().path());
            return;
        }
        int status = failure == null ? routing.statusCode()
                : failure instanceof HttpException http ? http.getStatusCode() : -1;
        if (status < 400 || status > 499 || routing.response().ended()) {
            routing.next();
            return;
        }
        if (status == 404) {
            notFound(routing);
            return;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request failed";
        ProblemMappers.send(routing, status, ProblemMappers.typeOf(status), title, title + ".", true);
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
