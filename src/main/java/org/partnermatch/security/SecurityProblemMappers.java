package org.partnermatch.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.partnermatch.common.ProblemMappers;
import org.partnermatch.common.Refusals;

/**
 * Authentication and authorization failures as problem+json: 401 for a missing, forged, expired or foreign token,
 * 403 for an authenticated caller without the right role. Token failures are caught twice: in JAX-RS, and on the
 * HTTP router, where proactive authentication rejects a bad token before any resource runs.
 */
@ApplicationScoped
public class SecurityProblemMappers {

    static final String UNAUTHORIZED_DETAIL =
            "A valid bearer token is required: it is missing, expired, or not signed by the configured issuer.";

    private final Refusals refusals;

    public SecurityProblemMappers(Refusals refusals) {
        this.refusals = refusals;
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri, Request request) {
        refusals.record(401, request.getMethod(), uri.getPath());
        return ProblemMappers.build(401, "unauthorized", "Unauthorized", UNAUTHORIZED_DETAIL, uri, List.of())
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, Request request) {
        return unauthorized(null, uri, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri, Request request) {
        refusals.record(403, request.getMethod(), uri.getPath());
        return ProblemMappers.build(403, "forbidden", "Forbidden", "Your role does not allow this.", uri, List.of())
                .build();
    }

    void onRouter(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onRouteFailure);
    }

    private void onRouteFailure(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            refusals.record(401, context.request().method().name(), context.request().path());
            if (context.response().ended()) {
                return;
            }
            context.response().putHeader("WWW-Authenticate", "Bearer");
            ProblemMappers.send(context, 401, "unauthorized", "Unauthorized", UNAUTHORIZED_DETAIL, false);
        } else {
            context.next();
        }
    }

}
