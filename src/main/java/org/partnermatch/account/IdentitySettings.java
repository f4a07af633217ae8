package org.partnermatch.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How people's accounts are set up (see docs/identity.md). */
@ConfigMapping(prefix = "partnermatch.identity")
public interface IdentitySettings {

    /**
     * The first district administrators: e-mail addresses whose verified owners become district staff when they sign
     * in ({@code PARTNERMATCH_DISTRICT_ADMINS} sets this too).
     */
    Optional<List<String>> districtAdmins();

    /** How long an invitation link stays valid. */
    @WithDefault("P7D")
    Duration invitationTtl();

    /** How long a person's memberships are remembered between database reads (changes here apply at once). */
    @WithDefault("PT30S")
    Duration membershipCacheTtl();

    /**
     * Treat the provider's e-mail addresses as verified even without an {@code email_verified} claim (Microsoft Entra
     * ID sends none; its addresses belong to the district's own tenant).
     */
    @WithDefault("false")
    boolean assumeEmailVerified();

    /**
     * For providers that send role claims: the claim (e.g. {@code roles} or {@code groups}, or a path into nested
     * claims such as Keycloak's {@code realm_access/roles}) …
     */
    Optional<String> districtRoleClaim();

    /** … and the values of it that make a person district staff. Nothing else is read from free claims. */
    Optional<List<String>> districtRoleValues();
}
