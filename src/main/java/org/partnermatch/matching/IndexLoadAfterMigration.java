package org.partnermatch.matching;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.Arrays;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * Starts loading the matching index as soon as Flyway has migrated the schema at start-up, so that the load (about
 * a second for 20,000 offerings) runs beside the rest of Quarkus's start (Hibernate's session factory, validation
 * metadata, the OpenAPI document) instead of after it. Readiness still waits for the load.
 *
 * <p>Not when this start loads data at the start-up event (the demo directory, a {@link StartupDataLoad}): and the first load must
 * include it (tests and the demo ask for matches right away), so the index then loads after it, as before.
 */
@Singleton
public class IndexLoadAfterMigration implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(IndexLoadAfterMigration.class);

    private final Instance<MatchingService> matching;
    private final Instance<StartupDataLoad> startupData;

    public IndexLoadAfterMigration(Instance<MatchingService> matching, Instance<StartupDataLoad> startupData) {
        this.matching = matching;
        this.startupData = startupData;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] callbacks = Arrays.copyOf(configuration.getCallbacks(), configuration.getCallbacks().length + 1);
        callbacks[callbacks.length - 1] = new AfterMigrate();
        configuration.callbacks(callbacks);
    }

    private final class AfterMigrate implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            if (startupData.stream().anyMatch(StartupDataLoad::loadsAtStartup)) {
                return;
            }
            LOG.debug("Schema migrated: the matching index starts loading");
            matching.get().startLoading();
        }

        @Override
        public String getCallbackName() {
            return "partnermatch-index-load";
        }
    }
}
