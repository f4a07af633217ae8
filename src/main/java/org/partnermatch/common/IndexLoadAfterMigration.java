package org.partnermatch.common;

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
 * Starts loading the in-memory indexes (the matching index, the search index: each an {@link EarlyLoadedIndex}) as
 * soon as Flyway has migrated the schema at start-up, so that their loads run beside the rest of Quarkus's start
 * (Hibernate's session factory, validation metadata, the OpenAPI document) and beside each other instead of after it.
 * Readiness still waits for the loads.
 *
 * <p>Not when this start loads data at the start-up event (the demo directory, a {@link StartupDataLoad}): the first
 * loads must include it (tests and the demo ask for matches right away), so the indexes then load after it.
 */
@Singleton
public class IndexLoadAfterMigration implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(IndexLoadAfterMigration.class);

    private final Instance<EarlyLoadedIndex> indexes;
    private final Instance<StartupDataLoad> startupData;

    public IndexLoadAfterMigration(Instance<EarlyLoadedIndex> indexes, Instance<StartupDataLoad> startupData) {
        this.indexes = indexes;
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
            LOG.debug("Schema migrated: the indexes start loading");
            indexes.forEach(EarlyLoadedIndex::startLoading);
        }

        @Override
        public String getCallbackName() {
            return "partnermatch-index-load";
        }
    }
}
