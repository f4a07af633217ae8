package org.partnermatch.matching;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps a {@link CandidateIndex} in step with the database, whichever replica made a change: listens on the
 * {@code partnermatch_changes} channel (filled by triggers at commit), batches what arrives within a few
 * milliseconds and applies it. After a lost connection it listens again and reloads everything, since
 * notifications sent while it was away are gone.
 */
public class ChangeFeed implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    static final String CHANNEL = "partnermatch_changes";

    private final DataSource dataSource;
    private final CandidateIndex index;
    private final Duration reconnectDelay;
    private final CountDownLatch firstLoad = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Connection connection;
    private final Thread thread;

    public ChangeFeed(DataSource dataSource, CandidateIndex index, Duration reconnectDelay) {
        this.dataSource = dataSource;
        this.index = index;
        this.reconnectDelay = reconnectDelay;
        this.thread = new Thread(this::run, "matching-change-feed");
        this.thread.setDaemon(true);
    }

    public ChangeFeed start() {
        thread.start();
        return this;
    }

    /** Waits until the first full load is in; false if it did not finish in time. */
    public boolean awaitFirstLoad(Duration timeout) throws InterruptedException {
        return firstLoad.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        while (running) {
            try (Connection listening = dataSource.getConnection()) {
                connection = listening;
                listening.setAutoCommit(true);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Listen first, then load: a change committed in between is both loaded and announced, never lost.
                index.reloadAll();
                firstLoad.countDown();
                PGConnection pg = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications == null || notifications.length == 0) {
                        continue;
                    }
                    Set<String> changes = new LinkedHashSet<>();
                    collect(notifications, changes);
                    // a burst (an import, a transaction touching many rows) arrives together: take it in one batch
                    PGNotification[] more;
                    while ((more = pg.getNotifications(5)) != null && more.length > 0 && changes.size() < 50_000) {
                        collect(more, changes);
                    }
                    index.apply(changes);
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warnf(e, "Matching change feed stopped (%s); reconnecting and reloading in %s",
                        e.getClass().getSimpleName(), reconnectDelay);
                sleep(reconnectDelay);
            } finally {
                connection = null;
            }
        }
    }

    private static void collect(PGNotification[] notifications, Set<String> changes) {
        for (PGNotification notification : notifications) {
            changes.add(notification.getParameter());
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
