package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The zero-install default keeps its data across restarts, and lets nobody in without a password: the service
 * connects as a role that owns its schema but is no superuser, and a data directory from the version that trusted
 * every local user is moved over with its data.
 */
class EmbeddedDatabaseTest {

    private static Path newDataDir(String prefix) throws Exception {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix).resolve("postgres");
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        Path dir = newDataDir("restart-");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0);
             Connection c = first.connect();
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v TEXT)");
            s.execute("INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dir, 0);
             Connection c = second.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void nobodyGetsInWithoutThePasswordAndTheServiceIsNoSuperuser() throws Exception {
        Path dir = newDataDir("auth-");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            assertRefusesWithoutPassword(db);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThat(c.getMetaData().getUserName()).isEqualTo("partnermatch");
                assertThat(bool(s, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).isFalse();
                assertThat(bool(s, "SELECT rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls "
                        + "FROM pg_roles WHERE rolname = current_user")).isFalse();
                assertThat(text(s, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
                        .isEqualTo("partnermatch");
                assertThat(text(s, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'"))
                        .isEqualTo("partnermatch");
                assertThat(text(s, "SHOW password_encryption")).isEqualTo("scram-sha-256");
                assertThatThrownBy(() -> text(s, "SELECT rolpassword FROM pg_authid"))
                        .as("pg_authid is for superusers only").isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            }
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0); Connection c = db.connectAsSuperuser();
             Statement s = c.createStatement()) {
            assertThat(text(s, "SELECT string_agg(DISTINCT auth_method, ',') FROM pg_hba_file_rules"))
                    .isEqualTo("scram-sha-256");
            assertThat(text(s, "SELECT string_agg(DISTINCT left(rolpassword, 14), ',') FROM pg_authid "
                    + "WHERE rolname IN ('postgres', 'partnermatch')")).isEqualTo("SCRAM-SHA-256$");
            assertThat(text(s, "SHOW listen_addresses")).isEqualTo("localhost");
        }
    }

    @Test
    void theCredentialsFileIsTheOwnersOnly() throws Exception {
        Path dir = newDataDir("credentials-");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            Path file = EmbeddedDatabase.credentialsFile(dir);
            assertThat(db.credentialsFile()).isEqualTo(file);
            assertThat(file.getParent()).isEqualTo(dir.toAbsolutePath().getParent());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            Properties kept = new Properties();
            try (var reader = Files.newBufferedReader(file)) {
                kept.load(reader);
            }
            assertThat(kept.getProperty("app.password")).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(43);
            assertThat(kept.getProperty("superuser.password")).hasSizeGreaterThanOrEqualTo(43)
                    .isNotEqualTo(db.password());
            assertThat(dir.getParent()).isDirectoryNotContaining("glob:**.tmp");
        }
        // a copy made readable by others is narrowed again at the next start
        Path file = EmbeddedDatabase.credentialsFile(dir);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (EmbeddedDatabase ignored = EmbeddedDatabase.start(dir, 0)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        // without the file the database cannot be opened: say so instead of waiting for a login that cannot work
        Files.delete(file);
        assertThatThrownBy(() -> EmbeddedDatabase.start(dir, 0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("missing");
    }

    /**
     * A data directory as the previous version left it (initdb's "trust" for every local user, the schema migrated
     * by the superuser postgres, the service's rows in it) is moved over at its first start: passwords set, the
     * service's role created and given everything, pg_hba.conf switched to SCRAM, the data kept.
     */
    @Test
    void aTrustDataDirectoryFromTheOldVersionIsMovedOverWithItsData() throws Exception {
        Path dir = newDataDir("legacy-");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setPGStartupWait(Duration.ofSeconds(60)).start()) {
            try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE partnermatch");
            }
            String url = old.getJdbcUrl("postgres", "partnermatch");
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("INSERT INTO category (code, parent_code, name) VALUES ('legacy-kept', 'academic', 'Kept')");
                s.execute("CREATE SEQUENCE free_standing_seq");
                s.execute("CREATE TYPE legacy_mood AS ENUM ('ok')");
            }
        }
        assertThat(EmbeddedDatabase.trustsAnyone(dir.resolve("pg_hba.conf"))).isTrue();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            assertRefusesWithoutPassword(db);
            assertThat(Files.readString(dir.resolve("pg_hba.conf"))).isEqualTo(EmbeddedDatabase.PG_HBA);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThat(text(s, "SELECT name FROM category WHERE code = 'legacy-kept'")).isEqualTo("Kept");
                assertThat(bool(s, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).isFalse();
                assertThat(text(s, "SELECT pg_get_userbyid(relowner) FROM pg_class "
                        + "WHERE oid = 'flyway_schema_history'::regclass")).isEqualTo("partnermatch");
                assertThat(text(s, """
                        SELECT string_agg(name, ', ') FROM (
                            SELECT c.oid::regclass::text AS name FROM pg_class c
                            WHERE c.relnamespace = 'public'::regnamespace AND c.relowner <> 'partnermatch'::regrole
                              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
                            UNION ALL
                            SELECT p.oid::regprocedure::text FROM pg_proc p
                            WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'partnermatch'::regrole
                              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
                            UNION ALL
                            SELECT t.oid::regtype::text FROM pg_type t
                            WHERE t.typnamespace = 'public'::regnamespace AND t.typowner <> 'partnermatch'::regrole
                              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
                            UNION ALL
                            SELECT nspname FROM pg_namespace WHERE nspname = 'public'
                              AND nspowner <> 'partnermatch'::regrole
                            UNION ALL
                            SELECT datname FROM pg_database WHERE datname = 'partnermatch'
                              AND datdba <> 'partnermatch'::regrole) others
                        """)).as("objects not handed over").isNull();
            }
            // the next migration runs as the service's role, on tables the superuser created
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password())
                    .locations("classpath:db/migration", "classpath:db/after-upgrade").load().migrate();
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThat(text(s, "SELECT upgrade_note FROM category WHERE code = 'legacy-kept'")).isEqualTo("kept");
            }
        }
        // and at the next start it is an ordinary, password-protected data directory
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0); Connection c = db.connect();
             Statement s = c.createStatement()) {
            assertRefusesWithoutPassword(db);
            assertThat(text(s, "SELECT name FROM category WHERE code = 'legacy-kept'")).isEqualTo("Kept");
        }
    }

    @Test
    void externalUrlMeansNothingEmbedded() {
        String previous = System.getProperty("quarkus.datasource.jdbc.url");
        try {
            System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example:5432/x");
            assertThat(EmbeddedDatabase.externalDatabaseConfigured()).isTrue();
        } finally {
            if (previous == null) {
                System.clearProperty("quarkus.datasource.jdbc.url");
            } else {
                System.setProperty("quarkus.datasource.jdbc.url", previous);
            }
        }
    }

    /** What `psql -h 127.0.0.1 -U postgres` did before: no password, or a wrong one, for either role. */
    private static void assertRefusesWithoutPassword(EmbeddedDatabase db) {
        for (String user : new String[] {"postgres", "partnermatch"}) {
            for (String database : new String[] {"partnermatch", "postgres"}) {
                String url = "jdbc:postgresql://127.0.0.1:" + db.port() + "/" + database;
                assertThatThrownBy(() -> DriverManager.getConnection(url, user, null).close())
                        .as("%s without a password", user).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(url, user, "postgres").close())
                        .as("%s with a wrong password", user).isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("28P01");
            }
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static boolean bool(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
