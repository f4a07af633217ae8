package org.partnermatch.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service with a real identity provider: the suite's Keycloak as the district's OpenID Connect provider, its
 * {@code district.admin@example.org} as the configured first district administrator, and the log also written to
 * {@link #LOG_FILE} so tests can read what was logged. One profile for every Keycloak test, so Quarkus restarts once.
 */
public class KeycloakProfile implements QuarkusTestProfile {

    public static final String DISTRICT_ADMIN = "district.admin@example.org";
    public static final String DISTRICT_ADMIN_PASSWORD = "admin-pass";
    public static final String LOG_FILE = "target/keycloak-profile.log";
    public static final String MAPPED_DISTRICT_ROLE = "partnermatch-district-staff";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "partnermatch.identity.district-admins", DISTRICT_ADMIN,
                // A district that maps one role of its provider to district staff, on purpose (and only that one).
                "partnermatch.identity.district-role-claim", "realm_access/roles",
                "partnermatch.identity.district-role-values", MAPPED_DISTRICT_ROLE,
                "quarkus.log.file.enabled", "true",
                "quarkus.log.file.path", LOG_FILE,
                "quarkus.log.file.format", "%d{HH:mm:ss.SSS} %-5p [%c{2.}] (%t) %s%e%n");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakResource.class));
    }
}
