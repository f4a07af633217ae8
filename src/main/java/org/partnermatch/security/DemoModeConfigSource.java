package org.partnermatch.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Demo mode's settings, at the lowest precedence (ordinal 50). Demo mode is only ever switched on explicitly: the
 * launcher's {@code demo} argument (which refuses to start when a provider or a service-token key is configured) or
 * the class-data sharing training run. Then tokens signed by this installation's demo key ({@link DemoKeys}) are
 * accepted and pages may be signed in with a demo role's token. Outside demo mode this source is empty, and
 * {@link DemoKeyGuard} refuses to start a service configured to trust a demo key.
 */
public class DemoModeConfigSource implements ConfigSource {

    public static final String DEMO_ISSUER = "partnermatch-demo";
    /** The system property that switches demo mode on. */
    public static final String DEMO_MODE = "partnermatch.demo-mode";

    private static Map<String, String> demoSettings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("mp.jwt.verify.issuer", DEMO_ISSUER);
        settings.put("partnermatch.web.token-sessions", "true");
        DemoKeys.publicKeyLocation().ifPresent(location -> settings.put("mp.jwt.verify.publickey.location", location));
        return Map.copyOf(settings);
    }

    /** Whether this process runs in demo mode. */
    public static boolean active() {
        return Boolean.getBoolean(DEMO_MODE);
    }

    @Override
    public Map<String, String> getProperties() {
        return active() ? demoSettings() : Map.of();
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
