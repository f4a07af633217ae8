package org.partnermatch.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak for the test suite: one per test JVM, started on first use from the distribution Maven unpacks into
 * {@code target/keycloak-dist} (see the pom's {@code unpack-keycloak}), stopped by a shutdown hook.
 *
 * <p>It runs {@code kc.sh start-dev} on 127.0.0.1 and a free port, with an in-memory database, so every run starts
 * from the realm in {@code src/test/resources/keycloak/partnermatch-realm.json} and nothing else: realm
 * {@code partnermatch}, confidential client {@code partnermatch} (code flow with PKCE S256, password grant on), and
 * the users
 * <ul>
 * <li>{@code district.admin@example.org} / {@code admin-pass} (the bootstrap district admin),</li>
 * <li>{@code principal@example.org} / {@code principal-pass},</li>
 * <li>{@code partner@example.org} / {@code partner-pass},</li>
 * <li>{@code nobody@example.org} / {@code nobody-pass} (member of nothing),</li>
 * <li>{@code unverified@example.org} / {@code unverified-pass} (e-mail not verified).</li>
 * </ul>
 * Tests that change what a user may do should make their own user with {@link #createUser} instead of sharing these.
 * Keycloak's log goes to {@code target/keycloak.log}.
 *
 * <p>Quarkus tests load this class in their own class loader, plain tests in the application's, so a static field
 * alone would start a second Keycloak. The one that starts it therefore also publishes its port and pid as system
 * properties (one per JVM), and every later {@link #get()}, in whichever class loader, uses that Keycloak. A start
 * that fails (a port taken between choosing and binding it, a slow machine) is tried again on a new port, up to
 * {@value #START_ATTEMPTS} times; each failed attempt's log tail goes to standard error and stays in
 * {@code target/keycloak-attempt-N.log}.
 */
public final class KeycloakServer {

    public static final String REALM = "partnermatch";
    private static final String CLIENT_ID = "partnermatch";
    private static final String CLIENT_SECRET = "partnermatch-test-secret";
    private static final String ADMIN_USERNAME = "admin";
    private static final String ADMIN_PASSWORD = "keycloak-test-admin";
    private static final String REALM_RESOURCE = "keycloak/partnermatch-realm.json";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Path TARGET = Path.of("target");
    private static final Path LOG = TARGET.resolve("keycloak.log");
    /** The pid of the Keycloak this build started last, so a run killed before its shutdown hook leaves none behind. */
    private static final Path PID_FILE = TARGET.resolve("keycloak.pid");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int START_ATTEMPTS = 3;
    /** System properties (JVM-wide, unlike this class's statics) naming the Keycloak this JVM started. */
    private static final String PORT_PROPERTY = "partnermatch.test.keycloak.port";
    private static final String PID_PROPERTY = "partnermatch.test.keycloak.pid";
    private static final String STARTUP_PROPERTY = "partnermatch.test.keycloak.startup-ms";

    private static KeycloakServer instance;

    private final ProcessHandle process;
    private final int port;
    private Duration startupTime;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private KeycloakServer(ProcessHandle process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The suite's Keycloak, started (once per JVM) on the first call; blocks until its realm answers. */
    public static KeycloakServer get() {
        // One lock for every class loader's copy of this class: a string constant is interned once per JVM.
        synchronized (PORT_PROPERTY.intern()) {
            if (instance == null) {
                instance = runningInThisJvm().orElseGet(KeycloakServer::startWithRetries);
            }
            return instance;
        }
    }

    /** The Keycloak another class loader of this JVM started, when it still runs. */
    private static Optional<KeycloakServer> runningInThisJvm() {
        String port = System.getProperty(PORT_PROPERTY);
        String pid = System.getProperty(PID_PROPERTY);
        if (port == null || pid == null) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).map(handle -> {
            KeycloakServer server = new KeycloakServer(handle, Integer.parseInt(port));
            server.startupTime = Duration.ofMillis(Long.parseLong(System.getProperty(STARTUP_PROPERTY, "0")));
            return server;
        });
    }

    private static KeycloakServer startWithRetries() {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                KeycloakServer server = start();
                System.setProperty(PORT_PROPERTY, Integer.toString(server.port));
                System.setProperty(PID_PROPERTY, Long.toString(server.process.pid()));
                System.setProperty(STARTUP_PROPERTY, Long.toString(server.startupTime.toMillis()));
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-stop"));
                return server;
            } catch (RuntimeException e) {
                last = e;
                System.err.printf("Keycloak start, attempt %d of %d, failed: %s%n", attempt, START_ATTEMPTS, e.getMessage());
                try {
                    Files.move(LOG, TARGET.resolve("keycloak-attempt-" + attempt + ".log"), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException ignored) {
                    // the message above holds the log's tail
                }
            }
        }
        throw last;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The realm's URL, which is also the issuer ({@code iss}) of its tokens. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String clientId() {
        return CLIENT_ID;
    }

    public String clientSecret() {
        return CLIENT_SECRET;
    }

    /** How long this JVM waited for Keycloak to start (process start until the realm answered). */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * An access token for the user by the password grant (direct access) of the {@code partnermatch} client, with the
     * {@code openid profile email} scopes: it carries {@code email}, {@code email_verified}, {@code name} and
     * {@code preferred_username}. Fails when Keycloak refuses the credentials.
     */
    public String accessToken(String username, String password) {
        JsonNode tokens = postForm(realmUrl() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password",
                "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET,
                "username", username,
                "password", password,
                "scope", "openid"));
        return tokens.get("access_token").asText();
    }

    /**
     * A new enabled user in the realm, through the admin REST API, with username = {@code email}, a permanent password,
     * a first and last name (so Keycloak asks for no profile update at login) and no required actions.
     *
     * @return the user's id in Keycloak (the {@code sub} of its tokens)
     */
    public String createUser(String email, String password, boolean emailVerified) {
        String localPart = email.substring(0, email.indexOf('@') < 0 ? email.length() : email.indexOf('@'));
        Map<String, Object> user = Map.of(
                "username", email,
                "email", email,
                "emailVerified", emailVerified,
                "firstName", "Test",
                "lastName", localPart,
                "enabled", true,
                "requiredActions", List.of(),
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + REALM + "/users"))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(user))));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused user " + email + ": " + response.statusCode() + " " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Gives the user a realm role (made if the realm has none of that name); it shows in realm_access.roles. */
    public void grantRealmRole(String userId, String role) {
        String admin = adminToken();
        String roles = baseUrl() + "/admin/realms/" + REALM + "/roles";
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(roles))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(Map.of("name", role)))));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Keycloak refused role " + role + ": " + created.statusCode());
        }
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(roles + "/" + role))
                .header("Authorization", "Bearer " + admin).GET());
        HttpResponse<String> granted = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + REALM
                        + "/users/" + userId + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + found.body() + "]")));
        if (granted.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the role mapping: " + granted.statusCode() + " " + granted.body());
        }
    }

    private String adminToken() {
        return postForm(baseUrl() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", ADMIN_USERNAME,
                "password", ADMIN_PASSWORD)).get("access_token").asText();
    }

    private JsonNode postForm(String url, Map<String, String> form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form))));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- process ---

    private static KeycloakServer start() {
        try {
            Path home = distribution();
            stopLeftover();
            prepareDataDirectory(home);
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    // Tokens name this issuer whichever host name a client used to reach Keycloak.
                    "--hostname=http://127.0.0.1:" + port,
                    // A fresh, throwaway database per run: the realm is imported from the JSON every time.
                    "--db=dev-mem",
                    "--import-realm",
                    "--cache=local",
                    "--log-console-color=false")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(LOG.toFile());
            Map<String, String> env = builder.environment();
            // Nothing from the caller's environment may reconfigure this Keycloak (KC_* options, JVM options).
            env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_")
                    || name.startsWith("JAVA_OPTS") || name.equals("JAVA_ADD_OPENS") || name.equals("DEBUG"));
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);

            long started = System.nanoTime();
            Process process = builder.start();
            Files.writeString(PID_FILE, Long.toString(process.pid()));
            KeycloakServer server = new KeycloakServer(process.toHandle(), port);
            try {
                server.awaitReady();
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
            server.startupTime = Duration.ofNanos(System.nanoTime() - started);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls the realm's discovery document until it answers 200; fails with the log's tail if it does not in time. */
    private void awaitReady() {
        URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited before it was ready:\n" + logTail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT.toSeconds() + " s:\n" + logTail());
    }

    /** Stops kc.sh and the JVM it launched (it relaunches Java once after a re-build), politely first. */
    private synchronized void stop() {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process)).collect(Collectors.toList());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                handle.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(PID_FILE);
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** Ends a Keycloak of this distribution left running by a test JVM that was killed before its shutdown hook. */
    private static void stopLeftover() throws IOException {
        if (!Files.exists(PID_FILE)) {
            return;
        }
        String home = distribution().toString();
        try {
            ProcessHandle.of(Long.parseLong(Files.readString(PID_FILE).trim())).ifPresent(root -> {
                List<ProcessHandle> ours = Stream.concat(root.descendants(), Stream.of(root))
                        .filter(p -> p.info().commandLine().map(cmd -> cmd.contains(home)).orElse(false))
                        .collect(Collectors.toList());
                ours.forEach(ProcessHandle::destroyForcibly);
                for (ProcessHandle handle : ours) {
                    try {
                        handle.onExit().get(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("A Keycloak left by an earlier run (pid " + handle.pid() + ") did not stop", e);
                    }
                }
            });
        } catch (NumberFormatException ignored) {
            // not ours
        }
        Files.deleteIfExists(PID_FILE);
    }

    /**
     * The unpacked distribution: {@code -Dkeycloak.home} (Maven's surefire sets it to the pom's Keycloak version),
     * else, run from an IDE, the one Maven unpacked into target/keycloak-dist.
     */
    private static Path distribution() throws IOException {
        Path dist = TARGET.resolve("keycloak-dist");
        String configured = System.getProperty("keycloak.home");
        if (configured != null) {
            Path home = Path.of(configured).toAbsolutePath();
            if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                return home;
            }
            dist = home;
        }
        if (Files.isDirectory(dist)) {
            try (Stream<Path> children = Files.list(dist)) {
                Optional<Path> home = children.filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh"))).findFirst();
                if (home.isPresent()) {
                    return home.get().toAbsolutePath();
                }
            }
        }
        throw new IllegalStateException("No Keycloak distribution in " + dist.toAbsolutePath()
                + "; run the build without -DskipTests (Maven unpacks it in process-test-resources)");
    }

    /** Leaves only the realm to import in the data directory: no database files or transaction logs of a former run. */
    private static void prepareDataDirectory(Path home) throws IOException {
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path imports = Files.createDirectories(data.resolve("import"));
        try (InputStream realm = KeycloakServer.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException("Missing test resource " + REALM_RESOURCE);
            }
            Files.copy(realm, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String logTail() {
        try {
            List<String> lines = Files.readAllLines(LOG);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + LOG.toAbsolutePath() + ")";
        }
    }
}
