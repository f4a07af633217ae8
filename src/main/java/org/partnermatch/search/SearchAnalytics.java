package org.partnermatch.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Counts searches with text per week (Monday, UTC), kind and text, and how many found nothing — no user identity,
 * no filters. Counted in memory and added to {@code search_query_week} every few seconds, so a search costs no
 * database write; a replica that dies loses at most those seconds of counts. Only the first page of a search counts
 * (paging through results is one search). A run of five or more digits (a phone or id number someone pasted) is
 * kept as {@code #}.
 */
@ApplicationScoped
public class SearchAnalytics {

    private static final Logger LOG = Logger.getLogger(SearchAnalytics.class);
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");

    record Key(LocalDate week, String kind, String query) {
    }

    private record Counts(LongAdder searches, LongAdder zeroResults) {
        Counts() {
            this(new LongAdder(), new LongAdder());
        }
    }

    private final AgroalDataSource dataSource;
    private final Map<Key, Counts> pending = new ConcurrentHashMap<>();

    public SearchAnalytics(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counts a search of {@code kind} ({@code offering} or {@code organization}) that found {@code total} hits. */
    public void record(String kind, SearchText text, int page, long total) {
        if (text == null || page != 0) {
            return;
        }
        String query = LONG_NUMBER.matcher(text.plain()).replaceAll("#");
        Counts counts = pending.computeIfAbsent(new Key(weekOf(LocalDate.now(ZoneOffset.UTC)), kind, query),
                k -> new Counts());
        counts.searches().increment();
        if (total == 0) {
            counts.zeroResults().increment();
        }
    }

    /** The Monday starting the week of {@code day}. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Scheduled(identity = "search-analytics-flush", every = "${partnermatch.search.analytics-flush-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledFlush() {
        flush();
    }

    void onStop(@Observes ShutdownEvent event) {
        flush();
    }

    /** Adds what was counted since the last flush to the table; what fails to be written is counted again later. */
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Key, long[]> taken = new java.util.HashMap<>();
        for (Key key : pending.keySet()) {
            Counts counts = pending.remove(key);
            if (counts != null) {
                taken.put(key, new long[] {counts.searches().sum(), counts.zeroResults().sum()});
            }
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO search_query_week"
                     + " (week, kind, query, searches, zero_results) VALUES (?, ?, ?, ?, ?) ON CONFLICT (week, kind, query)"
                     + " DO UPDATE SET searches = search_query_week.searches + EXCLUDED.searches,"
                     + " zero_results = search_query_week.zero_results + EXCLUDED.zero_results")) {
            for (Map.Entry<Key, long[]> entry : taken.entrySet()) {
                upsert.setDate(1, Date.valueOf(entry.getKey().week()));
                upsert.setString(2, entry.getKey().kind());
                upsert.setString(3, entry.getKey().query());
                upsert.setLong(4, entry.getValue()[0]);
                upsert.setLong(5, entry.getValue()[1]);
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            LOG.warnf("Search analytics not written this time (%s); the counts are kept for the next flush",
                    e.getClass().getSimpleName());
            taken.forEach((key, values) -> {
                Counts counts = pending.computeIfAbsent(key, k -> new Counts());
                counts.searches().add(values[0]);
                counts.zeroResults().add(values[1]);
            });
        }
    }
}
