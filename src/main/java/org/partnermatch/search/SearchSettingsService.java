package org.partnermatch.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ProblemException;
import org.partnermatch.search.SearchDtos.QueryCount;
import org.partnermatch.search.SearchDtos.SearchWeek;
import org.partnermatch.search.SearchDtos.SynonymGroupRequest;
import org.partnermatch.search.SearchDtos.SynonymGroupResponse;

/**
 * The district's search settings and figures: the synonym list (read by every search, see {@link Synonyms}) and
 * the weekly search analytics ({@link SearchAnalytics}). District staff only; the resource checks the role.
 */
@ApplicationScoped
public class SearchSettingsService {

    /** A term: letters and digits, words separated by spaces, hyphens or apostrophes. */
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+([ '’-]+[\\p{L}\\p{M}\\p{N}]+)*");
    static final int MAX_WEEKS = 52;

    private final AgroalDataSource dataSource;
    private final AuditService audit;
    private final SearchAnalytics analytics;

    public SearchSettingsService(AgroalDataSource dataSource, AuditService audit, SearchAnalytics analytics) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.analytics = analytics;
    }

    /** Every group of the synonym list, in the order they were added. */
    public List<SynonymGroupResponse> synonyms() {
        List<SynonymGroupResponse> groups = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id, terms FROM search_synonym ORDER BY position, id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                groups.add(new SynonymGroupResponse(rows.getObject("id", UUID.class),
                        List.of((String[]) rows.getArray("terms").getArray())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the synonym list", e);
        }
        return groups;
    }

    /**
     * Adds a group. Every replica's searches use it within a second (the table's trigger announces the change on
     * the change feed); nothing is re-indexed. Terms are stored as searches read them (lower-case words).
     */
    @Transactional
    public SynonymGroupResponse addSynonyms(SynonymGroupRequest request) {
        SynonymGroupResponse group = new SynonymGroupResponse(UUID.randomUUID(), terms(request));
        try (Connection connection = dataSource.getConnection(); // enlisted in this method's transaction
             PreparedStatement insert = connection.prepareStatement("INSERT INTO search_synonym (id, position, terms)"
                     + " VALUES (?, (SELECT coalesce(max(position), 0) + 10 FROM search_synonym), ?)")) {
            insert.setObject(1, group.id());
            insert.setArray(2, connection.createArrayOf("varchar", group.terms().toArray()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add a synonym group", e);
        }
        audit.record("search.synonyms.created", "search_synonym", group.id(), null, group);
        return group;
    }

    @Transactional
    public SynonymGroupResponse replaceSynonyms(UUID id, SynonymGroupRequest request) {
        SynonymGroupResponse before = synonymGroup(id);
        SynonymGroupResponse group = new SynonymGroupResponse(id, terms(request));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE search_synonym SET terms = ?, updated_at = now() WHERE id = ?")) {
            update.setArray(1, connection.createArrayOf("varchar", group.terms().toArray()));
            update.setObject(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not replace a synonym group", e);
        }
        audit.record("search.synonyms.updated", "search_synonym", id, before, group);
        return group;
    }

    @Transactional
    public void deleteSynonyms(UUID id) {
        SynonymGroupResponse before = synonymGroup(id);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM search_synonym WHERE id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete a synonym group", e);
        }
        audit.record("search.synonyms.deleted", "search_synonym", id, before, null);
    }

    public SynonymGroupResponse synonymGroup(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT terms FROM search_synonym WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw ProblemException.notFound("Synonym group", id);
                }
                return new SynonymGroupResponse(id, List.of((String[]) rows.getArray("terms").getArray()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a synonym group", e);
        }
    }

    /** The request's terms as searches read them; 400 naming the term when one is not words or too long. */
    private static List<String> terms(SynonymGroupRequest request) {
        List<String> terms = new ArrayList<>();
        for (int t = 0; t < request.terms().size(); t++) {
            String raw = request.terms().get(t).strip();
            String field = "terms[" + t + "]";
            if (!TERM.matcher(raw).matches()) {
                throw ProblemException.badRequest(field, "must be words of letters or digits");
            }
            String term = Synonyms.normalise(raw);
            if (term.split(" ").length > Synonyms.MAX_PHRASE_WORDS) {
                throw ProblemException.badRequest(field, "must be at most " + Synonyms.MAX_PHRASE_WORDS + " words");
            }
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        if (terms.size() < 2) {
            throw ProblemException.badRequest("terms", "must hold at least two different terms");
        }
        return terms;
    }

    /** The last {@code weeks} weeks with searches, newest first (this replica's latest counts included). */
    public List<SearchWeek> analytics(int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw ProblemException.badRequest("weeks", "must be between 1 and " + MAX_WEEKS);
        }
        analytics.flush();
        LocalDate from = SearchAnalytics.weekOf(LocalDate.now(ZoneOffset.UTC)).minusWeeks(weeks - 1L);
        Map<LocalDate, long[]> totals = new LinkedHashMap<>();
        Map<LocalDate, List<QueryCount>> top = new LinkedHashMap<>();
        Map<LocalDate, List<QueryCount>> zero = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT week, sum(searches) AS searches, sum(zero_results) AS zero_results,
                           count(DISTINCT query) AS texts
                    FROM search_query_week WHERE week >= ? GROUP BY week ORDER BY week DESC""")) {
                statement.setDate(1, Date.valueOf(from));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        totals.put(rows.getDate("week").toLocalDate(), new long[] {rows.getLong("searches"),
                            rows.getLong("zero_results"), rows.getLong("texts")});
                    }
                }
            }
            ranked(connection, from, "searches", "TRUE", 20, top);
            ranked(connection, from, "zero_results", "zero_results > 0", 50, zero);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the search analytics", e);
        }
        List<SearchWeek> result = new ArrayList<>();
        totals.forEach((week, t) -> result.add(new SearchWeek(week, t[0], t[1], t[2],
                top.getOrDefault(week, List.of()), zero.getOrDefault(week, List.of()))));
        return result;
    }

    /** Per week, the rows with the largest {@code column}, up to {@code limit}. */
    private static void ranked(Connection connection, LocalDate from, String column, String where, int limit,
                               Map<LocalDate, List<QueryCount>> into) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT week, query, kind, searches, zero_results
                FROM (SELECT *, row_number() OVER (PARTITION BY week ORDER BY %s DESC, query, kind) AS n
                      FROM search_query_week WHERE week >= ? AND %s) r
                WHERE n <= ? ORDER BY week DESC, n""".formatted(column, where))) {
            statement.setDate(1, Date.valueOf(from));
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    into.computeIfAbsent(rows.getDate("week").toLocalDate(), w -> new ArrayList<>()).add(new QueryCount(
                            rows.getString("query"), rows.getString("kind"), rows.getLong("searches"),
                            rows.getLong("zero_results")));
                }
            }
        }
    }
}
