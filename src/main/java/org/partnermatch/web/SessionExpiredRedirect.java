package org.partnermatch.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * When a sign-in session has ended and cannot be renewed, quarkus-oidc sends the browser to {@code /sign-in/expired};
 * this adds where the person was (the page, or for a form post the form's page) so that signing in again brings them
 * back there, with a note that what they last sent was not saved.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.SESSION_EXPIRED_PAGE)
public class SessionExpiredRedirect implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        context.additionalQueryParams().add("next", SignInLinks.returnPath(context.routingContext().request()));
    }
}
