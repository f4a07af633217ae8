package org.partnermatch.account;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.partnermatch.security.Memberships;

/**
 * Gives a person signed in with the district's provider (a session, or the provider's access token on the API) the
 * powers of their PartnerMatch memberships — and only those: whatever roles or groups the provider's token carries
 * are dropped, so authorization never reads free claims (a district may map one claim to district staff on purpose,
 * see {@link IdentitySettings#districtRoleClaim()}). District-issued service tokens are left as they are: their
 * claims are the service-token contract.
 */
@ApplicationScoped
public class AccountIdentityAugmentor implements SecurityIdentityAugmentor {

    private final AccountService accounts;
    private final IdentitySettings settings;

    public AccountIdentityAugmentor(AccountService accounts, IdentitySettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !fromProvider(identity) || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        SignedInPerson person = SignedInPerson.of(jwt, settings);
        Memberships remembered = accounts.remembered(person);
        if (remembered != null) {
            return Uni.createFrom().item(withMemberships(identity, remembered));
        }
        return context.runBlocking(() -> withMemberships(identity, accounts.signIn(person)));
    }

    private static boolean fromProvider(SecurityIdentity identity) {
        return identity.getCredential(IdTokenCredential.class) != null
                || identity.getCredential(AccessTokenCredential.class) != null;
    }

    private static SecurityIdentity withMemberships(SecurityIdentity identity, Memberships memberships) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(Memberships.ATTRIBUTE, memberships)
                .addRoles(memberships.roles())
                .setAnonymous(false)
                .build();
    }
}
