package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Db;

/**
 * A replica starts from the index's saved copy in the database: it restores the copy's documents and records, reads
 * again only the records changed since, finds what a full build would find and holds the same records; it reads every
 * row (analysing only changed text) when the copy cannot say what changed, and builds from the rows when the copy is
 * of another format or cannot be read.
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
            assertThat(unchanged.lastLoad().restored()).isTrue();
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
            assertThat(later.lastLoad().restored()).isTrue();
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
    void aRestoredIndexHoldsWhatAFullLoadHoldsAfterEveryKindOfChange() {
        String word = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization("name", "Lantern " + word), true);
        UUID other = SearchData.createOrganization(SearchData.organization("name", "Harbor " + word), true);
        UUID gone = SearchData.createOrganization(SearchData.organization("name", "Ember " + word), true);
        UUID renamedWith = SearchData.createOffering(org, SearchData.offering("name", "Chess " + word));
        UUID moved = SearchData.createOffering(org, SearchData.offering("name", "Robotics " + word));
        UUID recategorised = SearchData.createOffering(other, SearchData.offering("name", "Choir " + word));
        UUID taken = SearchData.createOffering(other, SearchData.offering("name", "Soccer " + word));
        UUID goneWith = SearchData.createOffering(gone, SearchData.offering("name", "Pottery " + word));
        List<SearchIndex> replicas = new ArrayList<>();
        try {
            replica(replicas).saveNow();

            String renamed = SearchData.marker();
            Db.update("UPDATE organization SET name = 'Beacon " + renamed + "' WHERE id = '" + org + "'");
            Db.update("UPDATE offering SET organization_id = '" + other + "' WHERE id = '" + moved + "'");
            Db.update("DELETE FROM offering_category WHERE offering_id = '" + recategorised + "'");
            Db.update("INSERT INTO offering_category (offering_id, category_code) VALUES ('" + recategorised
                    + "', 'music')");
            Db.update("UPDATE offering SET capacity = capacity + 3, cost = 'sliding_scale' WHERE id = '" + taken + "'");
            Db.update("UPDATE organization SET vetting_status = 'suspended' WHERE id = '" + other + "'");
            Db.update("DELETE FROM organization WHERE id = '" + gone + "'");
            UUID added = SearchData.createOffering(org, SearchData.offering("name", "Debate " + word));

            SearchIndex restored = replica(replicas);
            assertThat(restored.lastLoad().restored()).isTrue();
            SearchIndex full = new SearchIndex(dataSource, false);
            replicas.add(full);
            full.reloadAll();
            assertThat(full.lastLoad().fromSavedCopy()).isFalse();

            assertThat(records(restored)).isEqualTo(records(full));
            assertThat(restored.documents()).isEqualTo(full.documents());
            for (String text : List.of(word, renamed, "Lantern " + word, "music " + word, "choir", "tutoring",
                    "mentor black boys", "ayuda con tareas")) {
                for (String kind : List.of(SearchIndex.OFFERING, SearchIndex.ORGANIZATION)) {
                    assertThat(found(restored, kind, text)).as(kind + " " + text).isEqualTo(found(full, kind, text));
                }
            }
            assertThat(found(restored, SearchIndex.OFFERING, renamed)).contains(renamedWith, added)
                    .doesNotContain(moved);
            assertThat(found(restored, SearchIndex.OFFERING, word)).doesNotContain(goneWith);
            assertThat(restored.offering(taken).cost()).isEqualTo("sliding_scale");
            assertThat(restored.offering(moved).organizationId()).isEqualTo(other);
            assertThat(restored.offering(recategorised).categories()).containsExactly("music");
        } finally {
            replicas.forEach(SearchIndex::close);
        }
    }

    @Test
    void aCopyThatCannotSayWhatChangedIsCheckedRowByRow() {
        String word = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        UUID edited = SearchData.createOffering(org, SearchData.offering("name", "Drums " + word,
                "languages", List.of("so")));
        List<SearchIndex> replicas = new ArrayList<>();
        String somali = Db.text("SELECT name FROM language_name WHERE code = 'so'");
        try {
            replica(replicas).saveNow();
            // what no trigger announces: the copy's records may be stale, so every row is read
            Db.update("UPDATE search_index_snapshot SET covers = NULL");
            Db.update("UPDATE offering SET name = 'Flutes " + word + "' WHERE id = '" + edited + "'");
            SearchIndex unsaid = replica(replicas);
            assertThat(unsaid.lastLoad().fromSavedCopy()).isTrue();
            assertThat(unsaid.lastLoad().restored()).isFalse();
            assertThat(found(unsaid, SearchIndex.OFFERING, "flutes " + word)).containsExactly(edited);

            // the load saved a copy that says what it covers again
            SearchIndex again = replica(replicas);
            assertThat(again.lastLoad().restored()).isTrue();
            assertThat(again.lastLoad().analysed()).isZero();

            // a snapshot ahead of the database's transactions (a dump restored into another cluster) says nothing
            Db.update("UPDATE search_index_snapshot SET covers = '4000000000:4000000000:'");
            SearchIndex restoredElsewhere = replica(replicas);
            assertThat(restoredElsewhere.lastLoad().restored()).isFalse();
            assertThat(restoredElsewhere.lastLoad().fromSavedCopy()).isTrue();
            SearchIndex afterThat = replica(replicas); // which saved a copy that does
            assertThat(afterThat.lastLoad().restored()).isTrue();

            // language names are in the documents and no trigger announces them
            Db.update("UPDATE language_name SET name = 'Af-Soomaali' WHERE code = 'so'");
            SearchIndex renamed = replica(replicas);
            assertThat(renamed.lastLoad().restored()).isFalse();
            assertThat(renamed.lastLoad().analysed()).isPositive();
            assertThat(found(renamed, SearchIndex.OFFERING, "soomaali " + word)).containsExactly(edited);
        } finally {
            Db.update("UPDATE language_name SET name = '" + somali.replace("'", "''") + "' WHERE code = 'so'");
            replicas.forEach(SearchIndex::close);
        }
    }

    @Test
    void aTruncateFiresNoRowTriggersSoTheCopyNoLongerSaysWhatItCovers() throws Exception {
        List<SearchIndex> replicas = new ArrayList<>();
        try {
            replica(replicas).saveNow();
            assertThat(Db.text("SELECT covers FROM search_index_snapshot")).isNotNull();
            try (java.sql.Connection c = Db.connect()) {
                c.setAutoCommit(false);
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("TRUNCATE offering_category");
                    try (java.sql.ResultSet rs = st.executeQuery("SELECT covers FROM search_index_snapshot")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isNull();
                    }
                } finally {
                    c.rollback(); // the other tests' categories stay
                }
            }
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

    /** Every record the index holds, each as the values it was built from. */
    private static Map<UUID, List<Object>> records(SearchIndex index) {
        Map<UUID, List<Object>> records = new HashMap<>();
        index.records((offering, organization) -> {
            Record row = offering != null ? SavedRecords.OfferingRow.of(offering)
                    : SavedRecords.OrganizationRow.of(organization);
            List<Object> values = new ArrayList<>();
            for (RecordComponent component : row.getClass().getRecordComponents()) {
                try {
                    Object value = component.getAccessor().invoke(row);
                    values.add(value instanceof Object[] array ? List.of(array) : value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (organization != null) { // a set's order is its own
                values.set(6, new HashSet<>((List<?>) values.get(6)));
            }
            records.put(offering != null ? offering.id() : organization.id(), values);
        });
        return records;
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
