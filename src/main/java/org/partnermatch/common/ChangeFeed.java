package org.partnermatch.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps one of this replica's in-memory read models (the matching index, the search index: a {@link Follower}) in
 * step with the database, whichever replica or tool made a change: listens on the {@code partnermatch_changes}
 * channel that the tables' triggers fill at commit, batches what arrives within a few milliseconds and applies it.
 * After a lost connection it listens again and reloads everything, since notifications sent while it was away are
 * gone. Each read model has its own feed (and listening connection), so a slow one never holds up another.
 *
 * <p>The feed is its model's only way of hearing about changes, so it must not die quietly. Any failure, including
 * an {@link Error} such as an {@link OutOfMemoryError} while building the model, drops what was being built (a
 * follower publishes a new state only once it is complete), and the feed reconnects and reloads everything after the
 * reconnect delay: changes announced in the meantime are lost, only a full reload brings the model back in step.
 * Lost connections are retried at that delay; failures while loading or applying (which would repeat an expensive
 * reload) back off, doubling up to the maximum delay. {@link #status()} says whether the feed is live, which
 * readiness reports ({@link #report}); a thread that has ended anyway shows as {@link State#DEAD}.
 *
 * <p>Read-your-writes on the replica that made a change: {@link #awaitCurrent} sends a token on the feed's own sync
 * channel after the change has committed and waits until the feed has applied everything announced before it.
 * PostgreSQL delivers a listener's notifications in commit order whatever their channel, so once the token is in,
 * so is the change.
 */
public class ChangeFeed implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    /** The channel the tables' triggers announce changes on. */
    public static final String CHANNEL = "partnermatch_changes";

    /** What a feed keeps current. Both methods run on the feed's thread only. */
    public interface Follower {
        /** Loads everything afresh (at start and after every reconnect). */
        void reloadAll();

        /** Applies announced changes, reading what it needs through the feed's listening connection. */
        void apply(Connection listening, Collection<String> changes);
    }

    /** Where the feed is. Only {@link #LIVE} means the index follows the database. */
    public enum State {
        /** The first load is not in yet. */
        STARTING,
        /** Listening, with everything loaded since the connection was made. */
        LIVE,
        /** Failed and is reconnecting and reloading: changes may have been missed, the index may be stale. */
        RECOVERING,
        /** Closed (the service is shutting down). */
        STOPPED,
        /** The thread ended although nobody closed the feed: the index is no longer kept current. */
        DEAD
    }

    /**
     * What the feed reports: its state, why it is not live (null when it is), and how many attempts in a row have
     * failed since it was last live for a while.
     */
    public record Status(State state, String reason, int failures) {
        public boolean live() {
            return state == State.LIVE;
        }
    }

    /** What the feed was doing when it failed: says whether the failure is worth backing off from. */
    private enum Step {
        CONNECTING("connecting to the database", false),
        LOADING("loading the index", true),
        LISTENING("listening for changes", false),
        APPLYING("applying changes", true);

        final String doing;
        /** The failure was in the index's own work, which would repeat at full cost on every retry. */
        final boolean costly;

        Step(String doing, boolean costly) {
            this.doing = doing;
            this.costly = costly;
        }
    }

    private final String name;
    private final String syncChannel;
    private final DataSource dataSource;
    private final Follower follower;
    private final Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();
    private final Duration reconnectDelay;
    private final Duration maxReconnectDelay;
    private final Duration applyInterval;
    private final CountDownLatch firstLoad = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean startedAtMigration;
    private volatile boolean running = true;
    private volatile Status status = new Status(State.STARTING, "the change feed is loading the index", 0);
    private volatile Throwable death;
    // only the feed's thread touches these
    private int failures;
    private int costlyFailures;
    private long liveSince;

    /** A feed whose backoff stops at 30 times the reconnect delay, applying changes as soon as they arrive. */
    public ChangeFeed(String name, DataSource dataSource, Follower follower, Duration reconnectDelay) {
        this(name, dataSource, follower, reconnectDelay, reconnectDelay.multipliedBy(30), Duration.ZERO);
    }

    /**
     * @param name          what the feed keeps current ("matching", "search"): names its thread, sync channel and
     *                      log lines
     * @param applyInterval the least time between the starts of two applications: changes arriving sooner gather
     *                      and go in together. When each application is dear (the matching index publishes a whole
     *                      new snapshot and empties its caches), this bounds the work under a steady stream of
     *                      writes to a few applications a second instead of one per write.
     */
    public ChangeFeed(String name, DataSource dataSource, Follower follower, Duration reconnectDelay,
                      Duration maxReconnectDelay, Duration applyInterval) {
        this.name = name;
        this.syncChannel = "partnermatch_" + name + "_sync";
        this.dataSource = dataSource;
        this.follower = follower;
        this.reconnectDelay = reconnectDelay;
        this.maxReconnectDelay = maxReconnectDelay.compareTo(reconnectDelay) < 0 ? reconnectDelay : maxReconnectDelay;
        this.applyInterval = applyInterval.isNegative() ? Duration.ZERO : applyInterval;
        this.thread = new Thread(this::run, name + "-change-feed");
        this.thread.setDaemon(true);
        this.thread.setUncaughtExceptionHandler((t, e) -> {
            death = e;
            LOG.errorf(e, "%s change feed thread ended (%s): this replica's %s index is no longer kept current, and "
                    + "readiness reports DOWN", title(), e.getClass().getSimpleName(), name);
        });
    }

    /** Starts the feed's thread right after the schema migrated ({@link IndexLoadAfterMigration}). */
    public ChangeFeed startAtMigration() {
        startedAtMigration = true;
        return start();
    }

    /** Whether this start began the feed (and its first load) right after migration, not at the start-up event. */
    public boolean startedAtMigration() {
        return startedAtMigration;
    }

    /** Starts the feed's thread; calling it again (start-up starts it from two places) does nothing. */
    public synchronized ChangeFeed start() {
        if (thread.getState() == Thread.State.NEW) {
            thread.start();
        }
        return this;
    }

    /** Waits until the first full load is in; false if it did not finish in time. */
    public boolean awaitFirstLoad(Duration timeout) throws InterruptedException {
        return firstLoad.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the index is following the database right now, and if not, why. */
    public Status status() {
        if (thread.getState() == Thread.State.NEW) {
            return new Status(State.STARTING, "the change feed has not started", 0);
        }
        if (!thread.isAlive()) {
            if (!running) {
                return new Status(State.STOPPED, "the change feed is stopped", status.failures());
            }
            Throwable cause = death;
            return new Status(State.DEAD, "the change feed thread has ended"
                    + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")")
                    + "; the index is no longer kept current", status.failures());
        }
        return status;
    }

    /** Whether the model follows the database right now. */
    public boolean live() {
        return status().live();
    }

    /**
     * Waits until every change committed before this call has been applied here (at most {@code timeout}); false
     * when the feed is not live or did not catch up in time (the change then shows as soon as it does).
     */
    public boolean awaitCurrent(Duration timeout) {
        if (!live()) {
            return false;
        }
        String token = UUID.randomUUID().toString();
        CountDownLatch applied = new CountDownLatch(1);
        waiting.put(token, applied);
        try {
            // the connection goes back to the pool before the wait: others may need one for the feed to catch up
            try (Connection c = dataSource.getConnection();
                 PreparedStatement notify = c.prepareStatement("SELECT pg_notify('" + syncChannel + "', ?)")) {
                if (!c.getAutoCommit()) {
                    c.setAutoCommit(true);
                }
                notify.setString(1, token);
                notify.execute();
            }
            return applied.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.debugf("%s freshness wait failed (%s)", title(), e.getClass().getSimpleName());
            return false;
        } finally {
            waiting.remove(token);
        }
    }

    /**
     * Adds the feed's state to a readiness response ({@code feed}), and when it is not live why ({@code reason}) and
     * how many attempts in a row have failed ({@code failures}).
     */
    public static void report(Status feed, HealthCheckResponseBuilder response) {
        response.withData("feed", feed.state().name().toLowerCase(Locale.ROOT));
        if (!feed.live()) {
            response.withData("reason", feed.reason());
            if (feed.failures() > 0) {
                response.withData("failures", feed.failures());
            }
        }
    }

    private void run() {
        while (running) {
            Step step = Step.CONNECTING;
            try (Connection listening = dataSource.getConnection()) {
                listening.setAutoCommit(true);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                    statement.execute("LISTEN " + syncChannel);
                }
                // Listen first, then load: a change committed in between is both loaded and announced, never lost.
                step = Step.LOADING;
                follower.reloadAll();
                becameLive();
                PGConnection pg = listening.unwrap(PGConnection.class);
                long lastApplied = System.nanoTime() - applyInterval.toNanos();
                while (running) {
                    step = Step.LISTENING;
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications == null || notifications.length == 0) {
                        continue;
                    }
                    Set<String> changes = new LinkedHashSet<>();
                    Set<String> tokens = new LinkedHashSet<>();
                    collect(notifications, changes, tokens);
                    // the last application was a moment ago: let what follows gather for the rest of the interval
                    long gather = lastApplied + applyInterval.toNanos() - System.nanoTime();
                    if (gather > 0) {
                        TimeUnit.NANOSECONDS.sleep(gather);
                    }
                    // a burst (an import, a transaction touching many rows) arrives together: take it in one batch
                    PGNotification[] more;
                    while ((more = pg.getNotifications(5)) != null && more.length > 0 && changes.size() < 50_000) {
                        collect(more, changes, tokens);
                    }
                    step = Step.APPLYING;
                    lastApplied = System.nanoTime();
                    if (!changes.isEmpty()) {
                        follower.apply(listening, changes);
                    }
                    release(tokens);
                }
            } catch (Exception | Error e) {
                // An Error is caught too: this thread is the index's only source of changes, and what it was
                // building is dropped with the stack, so a retry starts from a clean slate.
                if (!running) {
                    return;
                }
                sleep(failed(step, e));
            }
        }
    }

    private void becameLive() {
        boolean recovered = status.state() == State.RECOVERING;
        liveSince = System.nanoTime();
        status = new Status(State.LIVE, null, failures);
        firstLoad.countDown();
        if (recovered) {
            LOG.infof("%s change feed is live again after %d failed attempt(s); the index is reloaded", title(), failures);
        }
    }

    /** Records the failure (readiness goes DOWN at once), logs it and says how long to wait before retrying. */
    private Duration failed(Step step, Throwable e) {
        boolean wasLive = status.state() == State.LIVE;
        // live for a good while before failing again: this is a new incident, not the same one continuing
        if (wasLive && System.nanoTime() - liveSince >= maxReconnectDelay.toNanos()) {
            failures = 0;
            costlyFailures = 0;
        }
        failures++;
        if (step.costly) {
            costlyFailures++;
        }
        String what = e.getClass().getSimpleName();
        status = new Status(State.RECOVERING, "the change feed failed while " + step.doing + " (" + what
                + ") and is reconnecting and reloading; changes may have been missed", failures);
        Duration delay = step.costly ? backoff(costlyFailures) : reconnectDelay;
        if (e instanceof Error) {
            LOG.errorf(e, "%s change feed failed while %s (%s, %d in a row); readiness is DOWN; "
                    + "reconnecting and reloading in %s", title(), step.doing, what, failures, delay);
        } else {
            LOG.warnf(e, "%s change feed stopped while %s (%s, %d in a row); readiness is DOWN; "
                    + "reconnecting and reloading in %s", title(), step.doing, what, failures, delay);
        }
        return delay;
    }

    /** The reconnect delay, doubled for each costly failure after the first, capped at the maximum. */
    private Duration backoff(int costly) {
        Duration delay = reconnectDelay;
        for (int i = 1; i < costly && delay.compareTo(maxReconnectDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxReconnectDelay) > 0 ? maxReconnectDelay : delay;
    }

    private void collect(PGNotification[] notifications, Set<String> changes, Set<String> tokens) {
        for (PGNotification notification : notifications) {
            (syncChannel.equals(notification.getName()) ? tokens : changes).add(notification.getParameter());
        }
    }

    /** Wakes the writers waiting for these tokens: everything announced before them is applied. */
    private void release(Set<String> tokens) {
        for (String token : tokens) {
            CountDownLatch latch = waiting.get(token);
            if (latch != null) {
                latch.countDown();
            }
        }
    }

    private String title() {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
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
