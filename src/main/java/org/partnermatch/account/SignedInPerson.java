package org.partnermatch.account;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the provider says about a person in a verified token: who (issuer, subject), their e-mail address and
 * whether the provider verified it, their name, and the values of the configured district role claim.
 */
record SignedInPerson(String issuer, String subject, String email, boolean emailVerified, String name,
                      Set<String> roleClaimValues) {

    static SignedInPerson of(JsonWebToken token, IdentitySettings settings) {
        String email = claim(token, "email");
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
        }
        boolean emailVerified = email != null
                && (settings.assumeEmailVerified() || "true".equalsIgnoreCase(claim(token, "email_verified")));
        String name = claim(token, "name");
        if (name == null) {
            name = claim(token, "preferred_username");
        }
        Set<String> roles = settings.districtRoleClaim().map(claim -> values(claimAt(token, claim))).orElse(Set.of());
        return new SignedInPerson(token.getIssuer(), token.getSubject(), email, emailVerified, name, roles);
    }

    /** The cache key: one entry per person. */
    String key() {
        return issuer + "\u0000" + subject;
    }

    /** A claim by name, or by a path into nested claims ("realm_access/roles" in Keycloak's tokens). */
    private static Object claimAt(JsonWebToken token, String path) {
        String[] names = path.split("/");
        Object value = token.getClaim(names[0]);
        for (int i = 1; i < names.length && value != null; i++) {
            if (value instanceof jakarta.json.JsonObject object) {
                value = object.get(names[i]);
            } else if (value instanceof java.util.Map<?, ?> map) {
                value = map.get(names[i]);
            } else {
                value = null;
            }
        }
        return value;
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : text(value);
    }

    private static String text(Object value) {
        String s = value.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1); // a JSON string value
        }
        return s.isBlank() ? null : s;
    }

    private static Set<String> values(Object claim) {
        if (claim == null) {
            return Set.of();
        }
        if (claim instanceof Collection<?> list) {
            return list.stream().map(SignedInPerson::text).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.stream().map(SignedInPerson::text).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        String one = text(claim);
        return one == null ? Set.of() : Set.of(one);
    }
}
