package org.partnermatch.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * An embedded PostgreSQL 17 (zonky binaries) for the zero-install demo and for the test suite. Data directories
 * are kept between runs unless the caller asks for a throwaway one, so a restarted service finds its data again.
 *
 * <p>Nobody gets in without a password: the superuser {@code postgres} and the service's role {@code partnermatch}
 * (not a superuser; it owns the database {@code partnermatch} and everything in it, so Flyway migrates as that role)
 * have random passwords, generated at the first start and kept in an owner-only file next to the data directory
 * ({@link #credentialsFile(Path)}). {@code pg_hba.conf} allows SCRAM only, and the server listens on loopback only.
 * A data directory from a version that trusted every local user is moved over at its first start here.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "partnermatch";
    /** The role the service connects as: owns the database and its schema, no superuser, no CREATEROLE/CREATEDB. */
    public static final String APP_ROLE = "partnermatch";
    private static final String SUPERUSER = "postgres";
    private static final String SCRAM = "scram-sha-256";

    /** Rewritten at every start, so a hand edit cannot quietly reopen the database. */
    static final String PG_HBA = """
            # Written by PartnerMatch (EmbeddedDatabase) at every start: a password (SCRAM) for everyone, loopback only.
            # The passwords are in the .credentials file next to this data directory.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final EmbeddedPostgres postgres;
    private final Credentials credentials;
    private final Path dataDir;
    private final Path credentialsFile;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Credentials credentials, Path dataDir, Path credentialsFile) {
        this.postgres = postgres;
        this.credentials = credentials;
        this.dataDir = dataDir;
        this.credentialsFile = credentialsFile;
    }

    /** The passwords of the superuser and of the service's role, as kept in the credentials file. */
    public record Credentials(String superuserPassword, String appPassword) {

        private static final SecureRandom RANDOM = new SecureRandom();

        static Credentials generate() {
            return new Credentials(randomPassword(), randomPassword());
        }

        private static String randomPassword() {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        @Override
        public String toString() {
            return "Credentials[hidden]";
        }
    }

    /** True when a JDBC URL is given through a system property or the environment. */
    public static boolean externalDatabaseConfigured() {
        String fromProperty = System.getProperty("quarkus.datasource.jdbc.url");
        String fromEnv = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        return (fromProperty != null && !fromProperty.isBlank()) || (fromEnv != null && !fromEnv.isBlank());
    }

    /** Where the passwords of the database in {@code dataDir} are kept: {@code <dataDir>.credentials} beside it. */
    public static Path credentialsFile(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".credentials");
    }

    /** Starts PostgreSQL on {@code dataDir} (created on first use, kept afterwards); port 0 picks a free port. */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path pwfile = null;
        try {
            Files.createDirectories(dir);
            boolean initialized = Files.exists(dir.resolve("postgresql.conf"));
            boolean legacyTrust = initialized && trustsAnyone(dir.resolve("pg_hba.conf"));
            Path file = credentialsFile(dir);
            Credentials credentials;
            if (Files.exists(file)) {
                restrictToOwner(file);
                credentials = readCredentials(file);
            } else if (initialized && !legacyTrust) {
                throw new IllegalStateException("The embedded PostgreSQL in " + dir + " needs the passwords kept in "
                        + file + ", which is missing. Restore it from the backup of the data, or move the data "
                        + "directory away to start with an empty database.");
            } else {
                credentials = Credentials.generate();
                writeCredentials(file, credentials);
            }

            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", SCRAM)
                    // zonky connects as postgres to see the server is up: with the password, as everyone must
                    .setConnectConfig("password", credentials.superuserPassword());
            if (!initialized) {
                // zonky runs initdb with "-A trust -U postgres"; the locale options come after those and win, so the
                // first start already has SCRAM and a superuser password: no moment without authentication.
                pwfile = ownerOnlyTempFile(dir.getParent(), credentials.superuserPassword());
                builder.setLocaleConfig("auth", SCRAM).setLocaleConfig("pwfile", pwfile.toString());
            }
            if (!legacyTrust) {
                builder.setDataDirectoryCustomizer(d -> writeHba(d.toPath()));
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, credentials, dir, file);
            try {
                database.bootstrap(legacyTrust);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        } finally {
            if (pwfile != null) {
                try {
                    Files.deleteIfExists(pwfile);
                } catch (IOException ignored) {
                    // owner-only and in the same place as the credentials file anyway
                }
            }
        }
    }

    /**
     * Brings the cluster to the expected state; every step is idempotent, so an interrupted move from trust is simply
     * repeated at the next start. For a data directory that trusted everyone, the passwords are set and the ownership
     * handed over before {@code pg_hba.conf} is rewritten and reloaded.
     */
    private void bootstrap(boolean legacyTrust) {
        boolean created;
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement sql = admin.createStatement()) {
            PGConnection pg = admin.unwrap(PGConnection.class);
            if (legacyTrust) {
                // computed client-side: neither password crosses the wire or reaches a server log in clear text
                pg.alterUserPassword(SUPERUSER, credentials.superuserPassword().toCharArray(), SCRAM);
            }
            if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", APP_ROLE)) {
                sql.execute("CREATE ROLE " + APP_ROLE + " LOGIN");
            }
            sql.execute("ALTER ROLE " + APP_ROLE
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            pg.alterUserPassword(APP_ROLE, credentials.appPassword().toCharArray(), SCRAM);
            created = !exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE);
            if (created) {
                sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + APP_ROLE);
            } else {
                sql.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + APP_ROLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the roles of the embedded PostgreSQL", e);
        }
        int handedOver = handOverOwnership();
        if (handedOver > 0 && !created) {
            LOG.infof("Embedded PostgreSQL: %d objects in the database %s created by the superuser now belong to the "
                    + "role %s", handedOver, DATABASE, APP_ROLE);
        }
        if (legacyTrust) {
            closeTheTrustDoor();
        }
    }

    /**
     * Gives the service's role everything in the database that the superuser created (the old version migrated as
     * {@code postgres}): schemas, tables with their indexes, sequences and triggers, views, functions, types, text
     * search objects, Flyway's history table. Objects that belong to an extension stay with the extension. In a new
     * database that is only the schema {@code public} (owned by {@code pg_database_owner} until then).
     */
    private int handOverOwnership() {
        String statements = """
                WITH ours AS (
                    SELECT n.oid, n.nspname FROM pg_namespace n
                    WHERE n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'),
                member AS (
                    SELECT classid, objid FROM pg_depend WHERE deptype = 'e')
                SELECT format('ALTER SCHEMA %I OWNER TO partnermatch', n.nspname)
                FROM pg_namespace n JOIN ours USING (oid)
                WHERE n.nspowner <> 'partnermatch'::regrole
                  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_namespace'::regclass AND m.objid = n.oid)
                UNION ALL
                SELECT format('ALTER %s %s OWNER TO partnermatch', CASE c.relkind WHEN 'v' THEN 'VIEW'
                        WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'
                        ELSE 'TABLE' END, c.oid::regclass)
                FROM pg_class c JOIN ours o ON o.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.relowner <> 'partnermatch'::regrole
                  -- sequences of serial and identity columns follow their table
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                  AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
                UNION ALL
                SELECT format('ALTER ROUTINE %s OWNER TO partnermatch', p.oid::regprocedure)
                FROM pg_proc p JOIN ours o ON o.oid = p.pronamespace
                WHERE p.proowner <> 'partnermatch'::regrole
                  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
                UNION ALL
                SELECT format('ALTER %s %s OWNER TO partnermatch', CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
                        t.oid::regtype)
                FROM pg_type t JOIN ours o ON o.oid = t.typnamespace
                WHERE t.typowner <> 'partnermatch'::regrole
                  -- domains, enums, ranges and stand-alone composite types; row and array types follow their owner
                  AND (t.typtype IN ('d', 'e', 'r')
                       OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
                  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
                UNION ALL
                SELECT format('ALTER TEXT SEARCH CONFIGURATION %s OWNER TO partnermatch', c.oid::regconfig)
                FROM pg_ts_config c JOIN ours o ON o.oid = c.cfgnamespace
                WHERE c.cfgowner <> 'partnermatch'::regrole
                  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_ts_config'::regclass AND m.objid = c.oid)
                UNION ALL
                SELECT format('ALTER TEXT SEARCH DICTIONARY %s OWNER TO partnermatch', d.oid::regdictionary)
                FROM pg_ts_dict d JOIN ours o ON o.oid = d.dictnamespace
                WHERE d.dictowner <> 'partnermatch'::regrole
                  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_ts_dict'::regclass AND m.objid = d.oid)
                """;
        DataSource asSuperuser = postgres.getDatabase(SUPERUSER, DATABASE);
        try (Connection admin = asSuperuser.getConnection(); Statement sql = admin.createStatement()) {
            List<String> changes = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery(statements)) {
                while (rs.next()) {
                    changes.add(rs.getString(1));
                }
            }
            if (!changes.isEmpty()) {
                admin.setAutoCommit(false);
                for (String change : changes) {
                    sql.execute(change);
                }
                admin.commit();
            }
            return changes.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the database " + DATABASE + " over to " + APP_ROLE, e);
        }
    }

    /** Rewrites pg_hba.conf of a data directory that trusted everyone, reloads it, and checks the door is shut. */
    private void closeTheTrustDoor() {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement sql = admin.createStatement()) {
            writeHba(dataDir);
            try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM pg_hba_file_rules "
                    + "WHERE error IS NOT NULL OR auth_method <> '" + SCRAM + "'")) {
                rs.next();
                if (rs.getLong(1) != 0) {
                    throw new IllegalStateException("pg_hba.conf in " + dataDir + " was not accepted as written");
                }
            }
            sql.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not switch the embedded PostgreSQL to password authentication", e);
        }
        // the reload is a signal to the postmaster: wait until a connection without a password is refused
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (acceptsWithoutPassword()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The embedded PostgreSQL still lets anyone in after reloading "
                        + "pg_hba.conf");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        LOG.infof("Embedded PostgreSQL in %s moved from trusting every local user to passwords (SCRAM); the service "
                + "now connects as %s, not as a superuser. Passwords: %s", dataDir, APP_ROLE, credentialsFile);
    }

    private boolean acceptsWithoutPassword() {
        Properties noPassword = new Properties();
        noPassword.setProperty("user", SUPERUSER);
        noPassword.setProperty("connectTimeout", "5");
        try (Connection ignored = DriverManager.getConnection(jdbcUrl(), noPassword)) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether any rule of this pg_hba.conf lets a client in without a password (the old initdb default). */
    static boolean trustsAnyone(Path hba) throws IOException {
        if (!Files.exists(hba)) {
            return false;
        }
        for (String line : Files.readAllLines(hba, StandardCharsets.UTF_8)) {
            String rule = line.replaceFirst("#.*", "").trim();
            if (!rule.isEmpty() && List.of(rule.split("\\s+")).contains("trust")) {
                return true;
            }
        }
        return false;
    }

    private static void writeHba(Path dataDir) {
        try {
            Path hba = dataDir.resolve("pg_hba.conf");
            if (!Files.exists(hba) || !Files.readString(hba, StandardCharsets.UTF_8).equals(PG_HBA)) {
                Files.writeString(hba, PG_HBA, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write pg_hba.conf in " + dataDir, e);
        }
    }

    private static Credentials readCredentials(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String superuser = properties.getProperty("superuser.password", "");
        String app = properties.getProperty("app.password", "");
        if (superuser.isBlank() || app.isBlank()) {
            throw new IllegalStateException(file + " lacks superuser.password or app.password");
        }
        return new Credentials(superuser, app);
    }

    /** Written whole to a temporary owner-only file first, then moved into place: never half a file. */
    private static void writeCredentials(Path file, Credentials credentials) throws IOException {
        String text = """
                # Passwords of the embedded PostgreSQL in %s (generated at its first start). Keep this file with the
                # data, readable by its owner only: without it the database cannot be opened.
                superuser=%s
                superuser.password=%s
                app.role=%s
                app.password=%s
                """.formatted(file.getFileName().toString().replaceFirst("\\.credentials$", ""), SUPERUSER,
                credentials.superuserPassword(), APP_ROLE, credentials.appPassword());
        Path temp = ownerOnlyTempFile(file.getParent(), text);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path ownerOnlyTempFile(Path directory, String content) throws IOException {
        Path temp = posix()
                ? Files.createTempFile(directory, ".partnermatch-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(directory, ".partnermatch-", ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        return temp;
    }

    /** An existing credentials file that others can read is narrowed to its owner (and said so). */
    private static void restrictToOwner(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            LOG.warnf("%s was readable by others; it is now readable by its owner only", file);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    public int port() {
        return postgres.getPort();
    }

    /** The service's database, without user or password (those are {@link #username()} and {@link #password()}). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The role the service connects as (not a superuser). */
    public String username() {
        return APP_ROLE;
    }

    public String password() {
        return credentials.appPassword();
    }

    public Path credentialsFile() {
        return credentialsFile;
    }

    /** A connection as the service's role. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), APP_ROLE, credentials.appPassword());
    }

    /** A superuser connection to the service's database, for tools that must bypass the rules (bulk loads). */
    public Connection connectAsSuperuser() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), SUPERUSER, credentials.superuserPassword());
    }

    /** Points Quarkus at this database through system properties (read before Quarkus starts). */
    public void exportToQuarkusConfig() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", APP_ROLE);
        System.setProperty("quarkus.datasource.password", credentials.appPassword());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
