package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Db;

/**
 * A replica starts from the index's saved copy in the database: it analyses only the documents whose text changed
 * since the copy was saved, finds what a full build would find, and builds from the rows when the copy is of another
 * format or cannot be read.
 */
@QuarkusTest
class SearchIndexSnapshotTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStartAnalysesOnlyWhatChangedSinceTheSavedCopyAndFindsWhatAFullBuildFinds() {
        String word = SearchData.marker();
        String changed = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        UUID kept = SearchData.createOffering(org, SearchData.offering("name", "Chess " + word));
        UUID edited = SearchData.createOffering(org, SearchData.offering("name", "Drums " + word));
        UUID deleted = SearchData.createOffering(org, SearchData.offering("name", "Poetry " + word));
        List<SearchIndex> replicas = new ArrayList<>();
        try {
            SearchIndex first = replica(replicas);
            first.saveNow();

            SearchIndex unchanged = replica(replicas);
            assertThat(unchanged.lastLoad().fromSavedCopy()).isTrue();
            assertThat(unchanged.lastLoad().analysed()).as("nothing changed: nothing analysed").isZero();
            assertThat(unchanged.documents()).isEqualTo(first.documents());
            for (String text : List.of(word, "tutoring", "math help", "mentor black boys", "ayuda con tareas")) {
                assertThat(found(unchanged, SearchIndex.OFFERING, text)).as(text)
                        .isEqualTo(found(first, SearchIndex.OFFERING, text));
                assertThat(found(unchanged, SearchIndex.ORGANIZATION, text)).as(text)
                        .isEqualTo(found(first, SearchIndex.ORGANIZATION, text));
            }

            Db.update("UPDATE offering SET description = 'Hand drums and " + changed + "' WHERE id = '" + edited + "'");
            Db.update("DELETE FROM offering WHERE id = '" + deleted + "'");
            SearchIndex later = replica(replicas);
            assertThat(later.lastLoad().fromSavedCopy()).isTrue();
            // the edited offering and its organization (whose document holds its offerings' descriptions)
            assertThat(later.lastLoad().analysed()).isEqualTo(2);
            assertThat(later.lastLoad().removed()).isEqualTo(1);
            assertThat(found(later, SearchIndex.OFFERING, changed)).containsExactly(edited);
            assertThat(found(later, SearchIndex.ORGANIZATION, changed)).containsExactly(org);
            assertThat(found(later, SearchIndex.OFFERING, word)).containsExactlyInAnyOrder(kept, edited);
            assertThat(later.documents()).isEqualTo(first.documents() - 1);
        } finally {
            replicas.forEach(SearchIndex::close);
        }
    }

    @Test
    void aCopyOfAnotherFormatOrOneThatCannotBeReadIsBuiltAgainFromTheRows() {
        List<SearchIndex> replicas = new ArrayList<>();
        try {
            replica(replicas).saveNow();
            Db.update("UPDATE search_index_snapshot SET format = 'partnermatch-search-0'");
            SearchIndex otherFormat = replica(replicas);
            assertThat(otherFormat.lastLoad().fromSavedCopy()).isFalse();
            assertThat(otherFormat.lastLoad().analysed()).isEqualTo(otherFormat.documents());

            otherFormat.saveNow();
            Db.update("UPDATE search_index_snapshot_file SET bytes = '\\x00' WHERE name LIKE 'segments%'");
            SearchIndex unreadable = replica(replicas);
            assertThat(unreadable.lastLoad().fromSavedCopy()).isFalse();
            assertThat(unreadable.documents()).isEqualTo(otherFormat.documents());
            assertThat(found(unreadable, SearchIndex.OFFERING, "tutoring"))
                    .isEqualTo(found(otherFormat, SearchIndex.OFFERING, "tutoring"));
        } finally {
            replicas.forEach(SearchIndex::close);
        }
    }

    private SearchIndex replica(List<SearchIndex> replicas) {
        SearchIndex index = new SearchIndex(dataSource, true);
        replicas.add(index);
        index.reloadAll();
        index.awaitSaved(); // a load saves a copy itself when it found none or much had changed
        return index;
    }

    private static Set<UUID> found(SearchIndex index, String kind, String text) {
        SearchIndex.Found found = index.find(kind, index.query(SearchText.parse("q", text)));
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            ids.add(found.record(i).id());
        }
        return ids;
    }
}
