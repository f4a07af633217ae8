package org.partnermatch.security;

import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Optional;

/**
 * The demo's signing key: an RSA key pair made for one installation on its first demo start and kept beside its data
 * ({@code <data-dir>/demo-keys}, the private key readable by its owner only). No private key ships in the artifact,
 * so a token signed for one demo is worth nothing to any other PartnerMatch. Demo mode names the directory in the
 * system property {@value #DIRECTORY_PROPERTY}; {@link DemoModeConfigSource} then trusts its public key and
 * {@link DevTokens} signs with its private key.
 */
public final class DemoKeys {

    /** The system property naming this process's demo key directory (set by the launcher in demo mode). */
    public static final String DIRECTORY_PROPERTY = "partnermatch.demo-keys";
    /** The file name every demo public key has, whatever its directory: what {@link DemoKeyGuard} recognises. */
    public static final String PUBLIC_KEY_FILE = "demo-keys/publicKey.pem";

    private static final String PRIVATE_NAME = "privateKey.pem";
    private static final String PUBLIC_NAME = "publicKey.pem";

    private DemoKeys() {
    }

    /** The demo key directory of a data directory. */
    public static Path directoryOf(Path dataDir) {
        return dataDir.resolve("demo-keys");
    }

    /** Makes the key pair in {@code directory} unless it is there, and makes it this process's demo key. */
    public static void use(Path directory) {
        ensure(directory);
        System.setProperty(DIRECTORY_PROPERTY, directory.toAbsolutePath().toString());
    }

    /** This process's demo key directory, when demo mode named one. */
    public static Optional<Path> directory() {
        return Optional.ofNullable(System.getProperty(DIRECTORY_PROPERTY)).filter(s -> !s.isBlank()).map(Path::of);
    }

    /** The location the service-token verifier reads the demo public key from ({@code mp.jwt.verify.publickey.location}). */
    public static Optional<String> publicKeyLocation() {
        return directory().map(dir -> dir.resolve(PUBLIC_NAME).toUri().toString());
    }

    /** The PEM text of the demo public key in {@code directory}, when there is one. */
    public static Optional<String> publicKeyPem(Path directory) {
        Path file = directory.resolve(PUBLIC_NAME);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The private key of this process's demo key; fails when demo mode named none or it is missing. */
    public static PrivateKey privateKey() {
        Path directory = directory().orElseThrow(() -> new IllegalStateException(
                "No demo key: demo tokens exist only for a service started with 'demo'"));
        Path file = directory.resolve(PRIVATE_NAME);
        try {
            return KeyUtils.decodePrivateKey(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("The demo key " + file + " cannot be read; start the service with 'demo' "
                    + "once to make it", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The demo key " + file + " is not an RSA private key", e);
        }
    }

    static void ensure(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_NAME);
        Path publicFile = directory.resolve(PUBLIC_NAME);
        if (Files.isRegularFile(privateFile) && Files.isRegularFile(publicFile)) {
            return;
        }
        try {
            Files.createDirectories(directory);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            // The private key last: its presence means the pair is complete.
            write(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo key to " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make RSA keys", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** Writes through a temporary file, owner-only from its creation when {@code secret}, then moves it in place. */
    private static void write(Path target, String text, boolean secret) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temporary = posix
                ? Files.createTempFile(target.getParent(), ".key", ".tmp", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--")))
                : Files.createTempFile(target.getParent(), ".key", ".tmp");
        Files.writeString(temporary, text);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
