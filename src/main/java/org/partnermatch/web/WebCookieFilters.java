package org.partnermatch.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Sets the CSRF cookie a page just issued, and drops a session cookie that is no longer valid. */
@ApplicationScoped
public class WebCookieFilters {

    private final WebSession session;

    public WebCookieFilters(WebSession session) {
        this.session = session;
    }

    @ServerResponseFilter
    public void cookies(ContainerResponseContext response, RoutingContext routing) {
        if (!WebCookies.isPagePath(routing.request().path())) {
            return;
        }
        if (session.issuedCsrf() != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, WebCookies.csrf(session.issuedCsrf(), session.secure()));
        }
        if (session.rejected() && !setsSession(response)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, WebCookies.clearSession(session.secure()));
        }
    }

    private static boolean setsSession(ContainerResponseContext response) {
        var cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies == null) {
            return false;
        }
        for (Object cookie : cookies) {
            String name = cookie instanceof NewCookie c ? c.getName() : String.valueOf(cookie);
            if (name.startsWith(WebCookies.SESSION)) {
                return true;
            }
        }
        return false;
    }
}
