package org.partnermatch.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service's OIDC settings at the suite's Keycloak ({@link KeycloakServer}). List it in the
 * {@code testResources()} of the test profiles that log in through Keycloak; it is not a global test resource.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        KeycloakServer keycloak = KeycloakServer.get();
        return Map.of(
                "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                "quarkus.oidc.client-id", keycloak.clientId(),
                "quarkus.oidc.credentials.secret", keycloak.clientSecret());
    }

    @Override
    public void stop() {
        // Kept running across Quarkus restarts (test profiles); stopped by KeycloakServer's JVM shutdown hook.
    }
}
