package org.partnermatch.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.partnermatch.common.StartupDataLoad;

/**
 * Loads the demo directory (Seattle schools and partners, illustrative figures) once per database: automatically on
 * in demo mode, into any other database only when {@code partnermatch.demo-data=true}. A row in
 * {@code data_load} records the load, so restarts never load it twice and deleted demo rows stay deleted; replicas
 * starting together serialise on that row.
 */
@ApplicationScoped
public class DemoDataLoader implements StartupDataLoad {

    static final String LOAD_NAME = "demo-directory-v1";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final AgroalDataSource dataSource;
    private final String mode;
    private final boolean demoMode;

    public DemoDataLoader(AgroalDataSource dataSource,
                          @ConfigProperty(name = "partnermatch.demo-data", defaultValue = "auto") String mode,
                          @ConfigProperty(name = "partnermatch.demo-mode", defaultValue = "false") boolean demoMode) {
        this.dataSource = dataSource;
        this.mode = mode.trim().toLowerCase();
        this.demoMode = demoMode;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (shouldLoad()) {
            load();
        }
    }

    @Override
    public boolean loadsAtStartup() {
        return shouldLoad();
    }

    /** Whether this start loads the demo directory (at the start-up event). */
    public boolean shouldLoad() {
        return switch (mode) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> demoMode;
            default -> throw new IllegalArgumentException(
                    "partnermatch.demo-data must be auto, true or false, not '" + mode + "'");
        };
    }

    /** Loads the demo directory unless this database already has it; returns whether it loaded now. */
    public boolean load() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement claim = connection.prepareStatement(
                    "INSERT INTO data_load (name) VALUES (?) ON CONFLICT (name) DO NOTHING")) {
                claim.setString(1, LOAD_NAME);
                if (claim.executeUpdate() == 0) {
                    connection.rollback();
                    return false;
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(script());
            }
            connection.commit();
            LOG.info("Loaded the demo directory (illustrative figures)");
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo directory", e);
        }
    }

    private static String script() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/demo-data.sql")) {
            if (in == null) {
                throw new IllegalStateException("demo/demo-data.sql is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
