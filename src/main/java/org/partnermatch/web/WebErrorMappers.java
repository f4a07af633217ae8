package org.partnermatch.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.ProblemMappers;
import org.partnermatch.security.SecurityProblemMappers;

/**
 * The one place a page's errors become pages: a service's problem is an error page with its status, a caller who
 * must sign in is sent to sign in, a role that may not is told so, and a form post without a valid CSRF token says
 * nothing was changed. Errors of anything but a page (the API) keep their problem+json answers, by the mappers
 * they would have had.
 */
public class WebErrorMappers {

    /** Ahead of the API's own mappers (priority 1 and the default), which answer for everything but pages. */
    private static final int FIRST = 0;

    private final Pages pages;
    private final ProblemMappers api;
    private final SecurityProblemMappers security;

    public WebErrorMappers(Pages pages, ProblemMappers api, SecurityProblemMappers security) {
        this.pages = pages;
        this.api = api;
        this.security = security;
    }

    @ServerExceptionMapper
    public Response formRejected(WebSession.WebFormRejected e) {
        return pages.formRejected();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response problem(ProblemException e, SimpleResourceInfo resource, UriInfo uri, Request request) {
        return isPage(resource) ? pages.problem(e) : api.problem(e, uri, request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthorized(UnauthorizedException e, SimpleResourceInfo resource, UriInfo uri, Request request) {
        return isPage(resource) ? pages.signInFirst() : security.unauthorized(e, uri, request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response authenticationFailed(AuthenticationFailedException e, SimpleResourceInfo resource, UriInfo uri,
                                         Request request) {
        return isPage(resource) ? pages.signInFirst() : security.authenticationFailed(e, uri, request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, SimpleResourceInfo resource, UriInfo uri, Request request) {
        return isPage(resource) ? pages.forbidden() : security.forbidden(e, uri, request);
    }

    /** A page: a resource class of this package (every page class lives here; no API resource does). */
    private static boolean isPage(SimpleResourceInfo resource) {
        return resource != null && resource.getResourceClass() != null
                && WebErrorMappers.class.getPackageName().equals(resource.getResourceClass().getPackageName());
    }
}
