package org.partnermatch.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The committed demo key is trusted in demo mode and nowhere else, whatever is configured: a start outside demo mode
 * whose service-token key is the demo key (by its location or its text) is refused, before any request is served.
 */
@ApplicationScoped
public class DemoKeyGuard {

    private final Optional<String> keyLocation;
    private final Optional<String> inlineKey;

    public DemoKeyGuard(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
                        @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey) {
        this.keyLocation = keyLocation;
        this.inlineKey = inlineKey;
    }

    void onStart(@Observes StartupEvent event) {
        check(DemoModeConfigSource.active());
    }

    /** Throws when, outside demo mode, the configured service-token key is the demo key. */
    public void check(boolean demoMode) {
        if (demoMode) {
            return;
        }
        boolean demoLocation = keyLocation.map(String::trim)
                .map(location -> location.endsWith(DemoModeConfigSource.DEMO_PUBLIC_KEY)).orElse(false);
        boolean demoText = inlineKey.map(DemoKeyGuard::body).map(body -> body.equals(body(demoPublicKey())))
                .orElse(false);
        if (demoLocation || demoText) {
            throw new IllegalStateException("The service-token key is PartnerMatch's public demo key, which is only "
                    + "trusted in demo mode. Configure the district's own key (MP_JWT_VERIFY_PUBLICKEY_LOCATION).");
        }
    }

    private static String body(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static String demoPublicKey() {
        try (InputStream in = DemoKeyGuard.class.getClassLoader()
                .getResourceAsStream(DemoModeConfigSource.DEMO_PUBLIC_KEY)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
