package org.partnermatch.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Demo-mode defaults at the lowest precedence (ordinal 50, below application.properties and the environment):
 * when the embedded demo database is active, tokens signed by the committed demo key are accepted — unless a key or
 * issuer is configured anywhere else, which always wins. Outside demo mode this source is empty, so a production
 * start without a configured key accepts no token at all.
 */
public class DemoModeConfigSource implements ConfigSource {

    public static final String DEMO_ISSUER = "partnermatch-demo";
    public static final String DEMO_PUBLIC_KEY = "demo-keys/publicKey.pem";

    private static final Map<String, String> DEMO = Map.of(
            "mp.jwt.verify.publickey.location", DEMO_PUBLIC_KEY,
            "mp.jwt.verify.issuer", DEMO_ISSUER);

    /** Whether the embedded demo database is active in this process. */
    public static boolean active() {
        return Boolean.getBoolean("partnermatch.embedded.active");
    }

    @Override
    public Map<String, String> getProperties() {
        return active() ? DEMO : Map.of();
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "partnermatch-demo-mode";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
