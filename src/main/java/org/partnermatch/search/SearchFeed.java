package org.partnermatch.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps the {@link SearchIndex} in step with the database, whichever replica (or tool) made a change: listens on the
 * {@code partnermatch_changes} channel that the tables' triggers fill at commit (V4), batches what arrives within a
 * few milliseconds and applies it, so a change is searchable on every replica well within a second. After a lost
 * connection it listens again and reloads everything, since notifications sent meanwhile are gone.
 *
 * <p>Read-your-writes on the replica that made a change: {@link #awaitCurrent} sends a token on a second channel
 * after the change has committed and waits until the feed has applied everything announced before it. PostgreSQL
 * delivers a listener's notifications in commit order whatever their channel, so once the token is in, so is
 * the change.
 */
public class SearchFeed implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SearchFeed.class);
    static final String CHANNEL = "partnermatch_changes";
    static final String SYNC_CHANNEL = "partnermatch_search_sync";

    private final DataSource dataSource;
    private final SearchIndex index;
    private final Duration reconnectDelay;
    private final CountDownLatch firstLoad = new CountDownLatch(1);
    private final Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean live;

    public SearchFeed(DataSource dataSource, SearchIndex index, Duration reconnectDelay) {
        this.dataSource = dataSource;
        this.index = index;
        this.reconnectDelay = reconnectDelay;
        this.thread = new Thread(this::run, "search-change-feed");
        this.thread.setDaemon(true);
    }

    public synchronized SearchFeed start() {
        if (thread.getState() == Thread.State.NEW) {
            thread.start();
        }
        return this;
    }

    public boolean awaitFirstLoad(Duration timeout) throws InterruptedException {
        return firstLoad.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the index follows the database right now. */
    public boolean live() {
        return live && thread.isAlive();
    }

    /**
     * Waits until every change committed before this call is searchable here (at most {@code timeout}); false when
     * the feed is not live or did not catch up in time (the change then shows as soon as it does).
     */
    public boolean awaitCurrent(Duration timeout) {
        if (!live()) {
            return false;
        }
        String token = UUID.randomUUID().toString();
        CountDownLatch applied = new CountDownLatch(1);
        waiting.put(token, applied);
        try {
            // the connection goes back to the pool before the wait: the feed may need one to catch up
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('" + SYNC_CHANNEL + "', ?)")) {
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                notify.setString(1, token);
                notify.execute();
            }
            return applied.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.debugf("Search freshness wait failed (%s)", e.getClass().getSimpleName());
            return false;
        } finally {
            waiting.remove(token);
        }
    }

    private void run() {
        while (running) {
            try (Connection listening = dataSource.getConnection()) {
                listening.setAutoCommit(true);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                    statement.execute("LISTEN " + SYNC_CHANNEL);
                }
                // listen first, then load: a change committed in between is both loaded and announced, never lost
                index.reloadAll();
                live = true;
                firstLoad.countDown();
                PGConnection pg = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications == null || notifications.length == 0) {
                        continue;
                    }
                    Set<String> changes = new LinkedHashSet<>();
                    Set<String> tokens = new LinkedHashSet<>();
                    collect(notifications, changes, tokens);
                    PGNotification[] more;
                    while ((more = pg.getNotifications(5)) != null && more.length > 0 && changes.size() < 50_000) {
                        collect(more, changes, tokens);
                    }
                    index.apply(listening, changes);
                    for (String token : tokens) {
                        CountDownLatch latch = waiting.get(token);
                        if (latch != null) {
                            latch.countDown();
                        }
                    }
                }
            } catch (Exception | Error e) {
                live = false;
                if (!running) {
                    return;
                }
                LOG.warnf(e, "Search change feed stopped (%s); reconnecting and reloading in %s",
                        e.getClass().getSimpleName(), reconnectDelay);
                try {
                    Thread.sleep(reconnectDelay.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void collect(PGNotification[] notifications, Set<String> changes, Set<String> tokens) {
        for (PGNotification notification : notifications) {
            if (SYNC_CHANNEL.equals(notification.getName())) {
                tokens.add(notification.getParameter());
            } else {
                changes.add(notification.getParameter());
            }
        }
    }

    @Override
    public void close() {
        running = false;
        live = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
