package org.partnermatch.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A demo key ({@link DemoKeys}) is trusted in demo mode and nowhere else, whatever is configured: a start outside demo
 * mode whose service-token key is a demo key (by its location, or by the text of the demo key kept beside the
 * embedded data) is refused before any request is served. Whoever can read the data directory can sign with it.
 */
@ApplicationScoped
public class DemoKeyGuard {

    private final Optional<String> keyLocation;
    private final Optional<String> inlineKey;
    private final Path dataDir;

    public DemoKeyGuard(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
                        @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
                        @ConfigProperty(name = "partnermatch.embedded.data-dir", defaultValue = "./data") Path dataDir) {
        this.keyLocation = keyLocation;
        this.inlineKey = inlineKey;
        this.dataDir = dataDir;
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
                .map(location -> location.endsWith(DemoKeys.PUBLIC_KEY_FILE)).orElse(false);
        Optional<String> demoKey = DemoKeys.publicKeyPem(DemoKeys.directoryOf(dataDir));
        boolean demoText = inlineKey.map(DemoKeyGuard::body)
                .map(body -> demoKey.map(DemoKeyGuard::body).map(body::equals).orElse(false)).orElse(false);
        if (demoLocation || demoText) {
            throw new IllegalStateException("The service-token key is PartnerMatch's demo key, which is only trusted "
                    + "in demo mode. Configure the district's own key (MP_JWT_VERIFY_PUBLICKEY_LOCATION).");
        }
    }

    private static String body(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
