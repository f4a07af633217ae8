package org.partnermatch.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One real SMTP server (GreenMail) for the whole suite, on a free port of 127.0.0.1: the service's mailer points at it.
 * Tests read what arrived for their own (unique) addresses, and may stop and start it to play an outage.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;
    private static int port;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            startServer();
            Runtime.getRuntime().addShutdownHook(new Thread(MailServer::down));
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.mock", "false");
    }

    private static void startServer() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Stops the SMTP server: connections are refused until {@link #up()}. */
    public static synchronized void down() {
        if (server != null) {
            server.stop();
        }
    }

    /** Starts the SMTP server again on the same port (what it received before is gone). */
    public static synchronized void up() {
        down();
        startServer();
    }

    /** Everything received since the server last started. */
    public static List<MimeMessage> all() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Everything received for this address so far. */
    public static List<MimeMessage> receivedFor(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Override
    public void stop() {
        // Kept running across Quarkus restarts (test profiles); stopped by the JVM shutdown hook.
    }
}
