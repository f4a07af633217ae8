package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Db;

/**
 * The relevance set (src/test/resources/search/relevance-set.tsv): searches written as principals, partner staff
 * and families type them, English and Spanish, each with the organizations a person would expect among the first
 * five. Measures nDCG@5 (binary gains) and the share of searches that find nothing, for the organization search
 * through the API (the search index) and for the PostgreSQL full-text search it replaced
 * ({@link LegacyFullTextSearch}), over the demo directory's organizations only (other tests add their own records
 * to the shared database). Fails when the new search falls below the levels it reached, less a small margin; the
 * figures of every search go to target/search-relevance.txt.
 */
@QuarkusTest
class SearchRelevanceTest {

    static final String DEMO = DemoSearchTest.DEMO;
    /**
     * The levels the search index reached on this set (nDCG@5 0.880 run alone and 0.864 in the full suite, 1 search
     * of 62 finding nothing; the full-text search it replaced: 0.734 and 10), less a margin of about one search. The
     * two figures differ because BM25's statistics (how rare a word is, how long a field) cover every record in the
     * index, and the other tests' records change them.
     */
    static final double NDCG_FLOOR = 0.85;
    static final double ZERO_RESULT_CEILING = 0.04;

    record Judged(String who, String query, Set<String> expected) {
    }

    @Test
    void theSearchIndexFindsWhatPeopleMean() throws Exception {
        List<Judged> set = relevanceSet();
        assertThat(set).hasSizeGreaterThanOrEqualTo(40);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%-36s %-10s %8s %8s  %s%n",
                "query", "who", "new", "old", "new top five | old top five"));
        double newSum = 0;
        double oldSum = 0;
        int newZero = 0;
        int oldZero = 0;
        try (Connection connection = Db.connect()) {
            for (Judged judged : set) {
                List<String> found = indexSearch(judged.query());
                List<String> legacy = LegacyFullTextSearch.organizations(connection, judged.query(), DEMO, 5).stream()
                        .map(SearchRelevanceTest::suffix).toList();
                double newScore = ndcgAt5(found, judged.expected());
                double oldScore = ndcgAt5(legacy, judged.expected());
                newSum += newScore;
                oldSum += oldScore;
                newZero += found.isEmpty() ? 1 : 0;
                oldZero += legacy.isEmpty() ? 1 : 0;
                report.append(String.format(Locale.ROOT, "%-36s %-10s %8.3f %8.3f  %s | %s%n", judged.query(),
                        judged.who(), newScore, oldScore, found, legacy));
            }
        }
        int n = set.size();
        double newNdcg = newSum / n;
        double oldNdcg = oldSum / n;
        double newZeroRate = (double) newZero / n;
        double oldZeroRate = (double) oldZero / n;
        report.append(String.format(Locale.ROOT, "%n%d searches: nDCG@5 new %.3f, old %.3f; zero results new %.3f"
                + " (%d), old %.3f (%d)%n", n, newNdcg, oldNdcg, newZeroRate, newZero, oldZeroRate, oldZero));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-relevance.txt"), report);
        System.out.print(report);

        assertThat(newNdcg).as("nDCG@5 of the search index (see target/search-relevance.txt)")
                .isGreaterThanOrEqualTo(NDCG_FLOOR).isGreaterThan(oldNdcg);
        assertThat(newZeroRate).as("share of searches finding nothing").isLessThanOrEqualTo(ZERO_RESULT_CEILING)
                .isLessThan(oldZeroRate);
    }

    /** The first five demo organizations the organization search finds (id suffixes), as an anonymous visitor. */
    private static List<String> indexSearch(String q) {
        JsonPath json = anonymous().queryParam("q", q).queryParam("size", 100).get("/api/v1/organizations").then()
                .statusCode(200).extract().jsonPath();
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> item : json.<Map<String, Object>>getList("items")) {
            String id = (String) item.get("id");
            if (id.startsWith(DEMO) && ids.size() < 5) {
                ids.add(suffix(id));
            }
        }
        return ids;
    }

    /** nDCG at 5 with gain 1 for an expected organization: 1 when the expected ones fill the first places. */
    static double ndcgAt5(List<String> found, Set<String> expected) {
        double dcg = 0;
        for (int i = 0; i < Math.min(5, found.size()); i++) {
            if (expected.contains(found.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(5, expected.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static String suffix(String id) {
        return id.substring(id.length() - 2);
    }

    static List<Judged> relevanceSet() throws IOException {
        List<Judged> set = new ArrayList<>();
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/search/relevance-set.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                set.add(new Judged(cells[0], cells[1], Set.of(cells[2].split(","))));
            }
        }
        return set;
    }
}
