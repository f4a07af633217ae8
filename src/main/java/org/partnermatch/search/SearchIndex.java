package org.partnermatch.search;

import static org.partnermatch.search.SavedRecords.strings;

import org.partnermatch.common.ChangeFeed;
import org.partnermatch.taxonomy.TaxonomyService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jboss.logging.Logger;

/**
 * The in-process Apache Lucene index that free-text search runs on: one document per offering and one per
 * organization, each text field indexed three ways ({@link SearchAnalyzers}). PostgreSQL stays the source of truth:
 * the index is built from it at start ({@link #reloadAll}) and follows its change notifications ({@link #apply}),
 * which its {@link ChangeFeed} delivers. Filters, visibility, ordering other than relevance, paging and facet counts stay
 * in SQL, over the ids and scores the index finds.
 *
 * <p>Held in memory ({@link ByteBuffersDirectory}) rather than in files: it is rebuilt from the database at every
 * start anyway (so a file copy could only be stale), it is small (tens of MB at 20,000 offerings, see
 * docs/benchmarks.md), and a replica keeps no state on disk to clean up or to get out of step.
 */
public class SearchIndex implements ChangeFeed.Follower {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    public static final String OFFERING = "offering";
    public static final String ORGANIZATION = "organization";

    /** Text fields and how much a word found in each counts. */
    static final Map<String, Float> FIELDS = fields();
    /** Each text field's name in every analysis variant ({@link SearchAnalyzers#VARIANTS} order). */
    private static final Map<String, String[]> VARIANT_FIELDS = variantFields();

    /**
     * A load restores the saved copy and re-reads the records changed since one by one when they are at most this
     * share of its documents (1/6); past it, reading every row is faster (at 20,000 offerings, re-reading a changed
     * record takes about 0.3 ms during a start, reading every row about 0.1 ms a row).
     */
    private static final int RESTORE_SHARE = 6;
    private static final String KEY = "key";
    private static final String KIND = "kind";
    private static final String ID_HIGH = "id_high";
    private static final String ID_LOW = "id_low";
    private static final String KIND_CODE = "kind_code";
    /** A 64-bit hash of a document's text fields: the same text, the same analysis ({@link IndexSnapshot}). */
    private static final String FINGERPRINT = "fingerprint";

    // Every array in a fixed order: the same rows make the same text, so the same fingerprint (a row updated moves,
    // and an unordered array with it). An offering's category names come from the taxonomy the index holds
    // (categoryNames): a join and a sort per row were four fifths of the statement's time in PostgreSQL.
    private static final String OFFERINGS_SQL = """
            SELECT o.id, o.organization_id, o.name, o.description, o.languages, g.name AS org_name,
                   g.description AS org_description, g.communities_served, g.leadership,
                   ARRAY(SELECT c.category_code FROM offering_category c WHERE c.offering_id = o.id
                         ORDER BY c.category_code) AS category_codes,
                   o.updated_at, o.active, o.timings, o.cost, o.modality, o.grade_low, o.grade_high,
                   o.last_verified_at
            FROM offering o JOIN organization g ON g.id = o.organization_id""";

    private static final String ORGANIZATIONS_SQL = """
            SELECT g.id, g.name, g.description, g.communities_served, g.leadership, g.staff_languages,
                   ARRAY(SELECT f.name FROM offering f WHERE f.organization_id = g.id AND f.active
                         ORDER BY f.name, f.id) AS offering_names,
                   ARRAY(SELECT f.description FROM offering f WHERE f.organization_id = g.id AND f.active
                         AND f.description IS NOT NULL ORDER BY f.name, f.id) AS offering_descriptions,
                   ARRAY(SELECT DISTINCT k.name FROM offering f JOIN offering_category c ON c.offering_id = f.id
                         JOIN category k ON k.code = c.category_code
                         WHERE f.organization_id = g.id AND f.active ORDER BY k.name) AS category_names,
                   ARRAY(SELECT DISTINCT l FROM offering f CROSS JOIN LATERAL unnest(f.languages) l
                         WHERE f.organization_id = g.id AND f.active ORDER BY l) AS offering_languages,
                   g.updated_at, g.vetting_status, g.service_regions, g.latitude, g.longitude,
                   g.service_radius_km::float8 AS service_radius_km, g.last_verified_at
            FROM organization g""";

    private final DataSource dataSource;
    private volatile Live live;
    private volatile Map<String, String> languageNames = Map.of();
    private volatile Synonyms synonyms = Synonyms.of(List.of());
    /** What searches filter, count and order by, for every indexed offering and organization ({@link Listed}). */
    private final Map<UUID, Listed.Offering> offerings = new ConcurrentHashMap<>();
    private final Map<UUID, Listed.Organization> organizations = new ConcurrentHashMap<>();
    /** Changes with every change the searches can see: what was found before it may no longer hold. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong textGeneration = new java.util.concurrent.atomic.AtomicLong();
    /** The numbered facet values of every record. */
    private final Listed.Vocabulary vocabulary = new Listed.Vocabulary();
    /** The slots of offerings and of organizations ({@link Slots}), and what is in them. */
    private final Slots offeringSlots = new Slots();
    private final Slots organizationSlots = new Slots();
    private volatile OfferingColumns offeringColumns = new OfferingColumns(1024);
    private volatile OrganizationColumns organizationColumns = new OrganizationColumns(1024);
    /**
     * For each segment of the index (by its core), the slot of each document's record (-1: none): what a search
     * reads for a hit without a look-up by id. Built on the first search that meets the segment; dropped with it.
     */
    private final Map<Object, int[]> slotsByDoc = new ConcurrentHashMap<>();
    /** The records in name order, for one generation. */
    private record ByName(long generation, NameOrder<Listed.Offering> offerings,
                          NameOrder<Listed.Organization> organizations) {
    }

    private volatile ByName byName;
    /** The taxonomy, read in one statement at a load and on a category's change. */
    private volatile Categories categories = new Categories(Map.of());

    /** A category's parent (a top-level category is its own), name and place in the taxonomy's order. */
    private record Category(String parent, String name, int order) {
    }

    private record Categories(Map<String, Category> byCode) {

        String parent(String code) {
            Category category = byCode.get(code);
            return category == null ? code : category.parent();
        }

        /** Its name (an unknown code stands for itself). */
        String name(String code) {
            Category category = byCode.get(code);
            return category == null ? code : category.name();
        }

        int order(String code) {
            Category category = byCode.get(code);
            return category == null ? Integer.MAX_VALUE : category.order();
        }
    }

    /** A writer and the searchers over what it wrote: swapped whole on a full reload. */
    private record Live(ByteBuffersDirectory directory, IndexWriter writer, SearcherManager searchers,
                        SnapshotDeletionPolicy policy) {
    }

    private final IndexSnapshot snapshot;
    private volatile Load lastLoad;
    /** The snapshot whose every transaction the index holds (a copy saved now covers it). */
    private String covers;
    /** Documents written and removed by changes since the start: what a restore had to re-analyse. */
    private long documentsWritten;
    private long documentsRemoved;
    /** The saving of a copy that the last load started, if it did. */
    private volatile CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);

    /** {@code savedCopy}: start from the saved copy in the database and save one ({@link IndexSnapshot}). */
    public SearchIndex(DataSource dataSource, boolean savedCopy) {
        this.dataSource = dataSource;
        this.snapshot = savedCopy ? new IndexSnapshot(dataSource) : null;
    }

    /**
     * The records found ({@link Listed.Offering} or {@link Listed.Organization}) and their scores, in slot order, by
     * their slots ({@link Slots}): each read as the record now held there (a change to a record's text makes the
     * engine search again; one to its other values does not).
     */
    public final class Found {
        private final boolean offerings;
        private final int[] slots;
        private final double[] scores;
        private final int size;

        Found(boolean offerings, int[] slots, double[] scores, int size) {
            this.offerings = offerings;
            this.slots = slots;
            this.scores = scores;
            this.size = size;
        }

        public int size() {
            return size;
        }

        /** The slot of the {@code i}th record found: of an offering, in {@link #offeringColumns()}. */
        public int slot(int i) {
            return slots[i];
        }

        /** The {@code i}th record found, as held now, or null when it has left the index since. */
        public Listed.Held record(int i) {
            return offerings ? offeringColumns.record(slots[i]) : organizationColumns.record(slots[i]);
        }

        public double score(int i) {
            return scores[i];
        }

        /**
         * The slots found as a set ({@link SlotSets}), with {@code ranks[w]}: how many slots found lie below word
         * {@code w}, which give a slot's place among them ({@link #indexOf}). Made on first use and kept with these
         * matches; null when the slots are not strictly ascending (a search then walks them).
         */
        private volatile SlotSet set;

        private record SlotSet(long[] words, int[] ranks) {
        }

        private SlotSet slotSet() {
            SlotSet made = set;
            if (made == null) {
                for (int i = 1; i < size; i++) {
                    if (slots[i] <= slots[i - 1]) {
                        return null;
                    }
                }
                int words = size == 0 ? 0 : SlotSets.words(slots[size - 1] + 1);
                long[] bits = new long[words];
                int[] ranks = new int[words + 1];
                for (int i = 0; i < size; i++) {
                    SlotSets.add(bits, slots[i]);
                }
                for (int w = 0; w < words; w++) {
                    ranks[w + 1] = ranks[w] + Long.bitCount(bits[w]);
                }
                made = new SlotSet(bits, ranks);
                set = made;
            }
            return made;
        }

        /** {@link #byScore}, made on first use. */
        private volatile int[] byScore;

        /**
         * The records found best score first, by their place ({@code i} of {@link #slot} and {@link #score}); null
         * when a score is negative or not a number. Scores that differ in their first 20 bits of mantissa may come in
         * either order, so a search that stops early reads {@link #atMost} of the one it stopped at.
         */
        public int[] byScore() {
            int[] made = byScore;
            if (made == null) {
                long[] keys = new long[size];
                for (int i = 0; i < size; i++) {
                    double score = scores[i];
                    if (!(score >= 0)) {
                        return null;
                    }
                    keys[i] = (long) (Integer.MAX_VALUE - (int) (Double.doubleToLongBits(score) >>> 32)) << 32 | i;
                }
                java.util.Arrays.sort(keys);
                made = new int[size];
                for (int i = 0; i < size; i++) {
                    made[i] = (int) keys[i];
                }
                byScore = made;
            }
            return made;
        }

        /** The highest score the records after the {@code i}th found can have, in {@link #byScore}'s order. */
        public double atMost(int i) {
            return Double.longBitsToDouble(Double.doubleToLongBits(scores[i]) | 0xFFFFFFFFL);
        }

        /** A copy of the slots found as a set ({@link SlotSets}) for a search to narrow; null: walk them instead. */
        public long[] slotsToNarrow() {
            SlotSet made = slotSet();
            return made == null ? null : made.words().clone();
        }

        /** The place among the records found of the one in {@code slot}, which is one of them ({@link #slotsToNarrow}). */
        public int indexOf(int slot) {
            SlotSet made = set;
            int w = slot >>> 6;
            return made.ranks()[w] + Long.bitCount(made.words()[w] & ((1L << slot) - 1));
        }
    }

    public boolean ready() {
        return live != null;
    }

    public Synonyms synonyms() {
        return synonyms;
    }

    /**
     * Every indexed offering, as searches see it, in name order ({@link SearchHits#BY_NAME}), with each one's place
     * by slot (what settles ties between hits).
     */
    public NameOrder<Listed.Offering> offeringNames() {
        return byName().offerings();
    }

    public Listed.Offering offering(UUID id) {
        return offerings.get(id);
    }

    /** Every indexed organization in name order, with each one's place by slot (as {@link #offeringNames()}). */
    public NameOrder<Listed.Organization> organizationNames() {
        return byName().organizations();
    }

    /**
     * The records in name order as of the current generation, sorted on the first listing after a change: a listing
     * then walks them in the order it shows them.
     */
    private ByName byName() {
        ByName current = byName;
        long now = generation.get(); // read first: records changed meanwhile come with a later generation
        if (current == null || current.generation() != now) {
            Listed.Offering[] sortedOfferings = offerings.values().toArray(new Listed.Offering[0]);
            Arrays.sort(sortedOfferings, SearchHits.BY_NAME);
            Listed.Organization[] sortedOrganizations = organizations.values().toArray(new Listed.Organization[0]);
            Arrays.sort(sortedOrganizations, SearchHits.BY_NAME);
            current = new ByName(now, new NameOrder<>(sortedOfferings), new NameOrder<>(sortedOrganizations));
            ByName stored = byName;
            if (stored == null || stored.generation() < now) {
                byName = current;
            }
        }
        return current;
    }

    /** {@code before}'s records patched as the method below says; {@code before} itself when none was touched. */
    private static <T extends Listed.Held> NameOrder<T> patched(NameOrder<T> before, java.util.Set<UUID> touched,
                                                              Map<UUID, T> now,
                                                              java.util.function.IntFunction<T[]> array) {
        T[] records = patched(before.records(), touched, now, array);
        return records == before.records() ? before : new NameOrder<>(records);
    }

    /**
     * {@code before} in name order with the {@code touched} records taken out and their current versions (those
     * still indexed) merged in: linear in the records, where sorting them all again is n log n comparisons of names.
     */
    static <T extends Listed.Record> T[] patched(T[] before, java.util.Set<UUID> touched, Map<UUID, T> now,
                                                 java.util.function.IntFunction<T[]> array) {
        if (touched.isEmpty()) {
            return before;
        }
        T[] inPlace = renamedNone(before, touched, now);
        if (inPlace != null) {
            return inPlace;
        }
        List<T> fresh = new ArrayList<>(touched.size());
        for (UUID id : touched) {
            T record = now.get(id);
            if (record != null) {
                fresh.add(record);
            }
        }
        fresh.sort(SearchHits.BY_NAME);
        List<T> merged = new ArrayList<>(before.length + fresh.size());
        int f = 0;
        for (T record : before) {
            if (touched.contains(record.id())) {
                continue;
            }
            while (f < fresh.size() && SearchHits.BY_NAME.compare(fresh.get(f), record) < 0) {
                merged.add(fresh.get(f++));
            }
            merged.add(record);
        }
        while (f < fresh.size()) {
            merged.add(fresh.get(f++));
        }
        return merged.toArray(array.apply(0));
    }

    /**
     * {@code before} with the {@code touched} records replaced where they stand, when every one is still there under
     * the same name (most changes: a capacity, a date, a status); null when one was renamed, added or removed.
     */
    private static <T extends Listed.Record> T[] renamedNone(T[] before, java.util.Set<UUID> touched, Map<UUID, T> now) {
        T[] patched = before.clone();
        for (UUID id : touched) {
            T record = now.get(id);
            if (record == null) {
                return null;
            }
            // the name order is total (name, then id): the record stands where one of its id and name stood
            int at = java.util.Arrays.binarySearch(before, record, SearchHits.BY_NAME);
            if (at < 0 || !before[at].id().equals(id)) {
                return null;
            }
            patched[at] = record;
        }
        return patched;
    }

    public Listed.Organization organization(UUID id) {
        return organizations.get(id);
    }

    /** The organization's offerings, active or not (none when it has none or is unknown). */
    /** Changes with every change the searches can see (a load, applied changes, synonyms). */
    public long generation() {
        return generation.get();
    }

    /**
     * Changes with each change to the documents (what texts find); not with changes to the records' other values,
     * which searches read from the records as they are.
     */
    public long textGeneration() {
        return textGeneration.get();
    }

    /**
     * The category {@code code} and, for a top-level one, its children, as the taxonomy this index holds has them
     * ({@link TaxonomyService#withChildren}); null when it holds no such category.
     */
    public Set<String> categoryAndChildren(String code) {
        return TaxonomyService.withChildren(code, categories.byCode(), Category::parent);
    }

    public Listed.Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Reads {@code text} into a query: which words, synonyms, stems, prefixes and typo corrections it looks for.
     */
    public SearchQuery query(SearchText text) {
        Live current = requireLive();
        try {
            IndexSearcher searcher = current.searchers().acquire();
            try {
                return SearchQuery.of(text, synonyms, searcher.getIndexReader());
            } finally {
                current.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every offering or organization ({@code kind}) that {@code query} finds, with its score. */
    public Found find(String kind, SearchQuery query) {
        Live current = requireLive();
        boolean ofOfferings = OFFERING.equals(kind);
        int[][] slots = {new int[256]};
        double[][] scores = {new double[256]};
        int[] size = {0};
        try {
            IndexSearcher searcher = current.searchers().acquire();
            try {
                searcher.search(query.lucene(kind), new SimpleCollector() {
                    private int[] segment;
                    private Scorable scorer;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) throws IOException {
                        segment = slots(context.reader());
                    }

                    @Override
                    public void setScorer(Scorable scorer) {
                        this.scorer = scorer;
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        int slot = segment[doc];
                        Listed.Held held = slot < 0 ? null
                                : ofOfferings ? offeringColumns.record(slot) : organizationColumns.record(slot);
                        if (held == null) {
                            return; // not held by this replica, or gone
                        }
                        int n = size[0];
                        if (n == slots[0].length) {
                            slots[0] = java.util.Arrays.copyOf(slots[0], n * 2);
                            scores[0] = java.util.Arrays.copyOf(scores[0], n * 2);
                        }
                        slots[0][n] = slot;
                        scores[0][n] = query.normalise(scorer.score());
                        size[0] = n + 1;
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE;
                    }
                });
            } finally {
                current.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bySlot(ofOfferings, slots[0], scores[0], size[0]);
    }

    /**
     * The records found, in the order of their slots: a search reads each hit's numbers from the columns by slot, and
     * in slot order it reads them side by side instead of a cache line per hit wherever the document order (load
     * order, then updates at the end) puts them. Sorting runs once per text and generation (the engine keeps what a
     * text found): the hits come in document order, for offerings slot order in long runs (which the sort merges), for
     * organizations in no relation to it (their slots are given as their records are put), about 3 ms for 57,000.
     */
    private Found bySlot(boolean ofOfferings, int[] slots, double[] scores, int size) {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (long) slots[i] << 32 | i;
        }
        java.util.Arrays.sort(keys);
        int[] sortedSlots = new int[size];
        double[] sortedScores = new double[size];
        for (int i = 0; i < size; i++) {
            sortedSlots[i] = (int) (keys[i] >>> 32);
            sortedScores[i] = scores[(int) keys[i]];
        }
        return new Found(ofOfferings, sortedSlots, sortedScores, size);
    }

    /**
     * What the offering search tests of every offering, by slot: read once per search, after the text's matches (see
     * {@link OfferingColumns}).
     */
    public OfferingColumns offeringColumns() {
        return offeringColumns;
    }

    /** What the organization search tests of every organization, by slot (see {@link OrganizationColumns}). */
    public OrganizationColumns organizationColumns() {
        return organizationColumns;
    }

    /** The slot of each document's record in this segment (-1 for one this replica has never held). */
    private int[] slots(org.apache.lucene.index.LeafReader reader) throws IOException {
        org.apache.lucene.index.IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        Object key = helper == null ? null : helper.getKey();
        int[] cached = key == null ? null : slotsByDoc.get(key);
        if (cached != null) {
            return cached;
        }
        int[] slots = new int[reader.maxDoc()];
        java.util.Arrays.fill(slots, -1);
        eachDocument(reader, (doc, kind, id) ->
                slots[doc] = OFFERING.equals(kind) ? offeringSlots.slotOf(id) : organizationSlots.slotOf(id));
        if (key != null) {
            slotsByDoc.put(key, slots);
            helper.addClosedListener(slotsByDoc::remove);
        }
        return slots;
    }

    /** Hands every record held to {@code each}: an offering as (offering, null), an organization as (null, it). */
    synchronized void records(java.util.function.BiConsumer<Listed.Offering, Listed.Organization> each) {
        offerings.values().forEach(offering -> each.accept(offering, null));
        organizations.values().forEach(organization -> each.accept(null, organization));
    }

    /** Bytes the index holds in memory. */
    public long memoryBytes() {
        Live current = live;
        if (current == null) {
            return 0;
        }
        long bytes = 0;
        try {
            for (String file : current.directory().listAll()) {
                bytes += current.directory().fileLength(file);
            }
        } catch (IOException e) {
            // a file merged away while being counted: the figure is approximate anyway
        }
        return bytes;
    }

    /** Documents in the index (offerings and organizations). */
    public int documents() {
        Live current = live;
        if (current == null) {
            return 0;
        }
        try {
            IndexSearcher searcher = current.searchers().acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                current.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Live requireLive() {
        Live current = live;
        if (current == null) {
            throw new IllegalStateException("The search index is not loaded yet");
        }
        return current;
    }

    /**
     * Builds a new index from the database and swaps it in whole; readers keep the old one until then. Starts from
     * the saved copy ({@link IndexSnapshot}) when there is one. On a replica's first load, a copy that holds its
     * records and says which transactions they cover is restored as it is, and only the records changed since
     * ({@code search_change}) are read again, as the change feed would ({@link #apply}). Otherwise every row is
     * read: one whose document text is what the copy holds (the same {@link #FINGERPRINT}) is not analysed again,
     * changed rows replace their documents and rows gone leave. Saves a new copy afterwards, beside the searches,
     * when there was none, it could not be restored, or much had changed.
     */
    public synchronized void reloadAll() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            languageNames = languageNames(connection);
            synonyms = loadSynonyms(connection);
            this.categories = categories(connection);
            IndexSnapshot.Saved saved = snapshot == null ? null : snapshot.load();
            // many changes are cheaper to find by reading every row than to re-read one by one
            if (saved != null && live == null && saved.restorable(languagesHash())
                    && saved.changes().size() <= saved.documents() / RESTORE_SHARE) {
                if (restore(connection, saved, started)) {
                    return;
                }
                saved = snapshot.load(); // the restore closed what it had opened
            }
            // every transaction this snapshot sees, the rows read below see too: what a copy of this load covers
            String covering = IndexSnapshot.now(connection);
            Opened opened = open(saved);
            IndexWriter writer = opened.writer();
            Map<String, Long> savedText = opened.savedText();
            java.util.concurrent.atomic.AtomicInteger analysed = new java.util.concurrent.atomic.AtomicInteger();
            List<Listed.Offering> offeringRecords = new ArrayList<>();
            Map<UUID, Listed.Organization> loadedOrganizations = new ConcurrentHashMap<>();
            // organizations on a second thread and connection: the writer takes documents from both at once
            CompletableFuture<Void> organizationDocs = CompletableFuture.runAsync(() -> {
                try (Connection second = dataSource.getConnection()) {
                    query(second, ORGANIZATIONS_SQL, null, rs -> {
                        DocText text = organization(rs);
                        Listed.Organization listed =
                                listedOrganization(SavedRecords.OrganizationRow.of(rs, text.fingerprint()));
                        if (write(writer, text, savedText)) {
                            analysed.incrementAndGet();
                        }
                        loadedOrganizations.put(listed.id(), listed);
                    });
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not load the organizations into the search index", e);
                }
            });
            query(connection, OFFERINGS_SQL, null, rs -> {
                String[] codes = held(rs.getArray("category_codes"));
                DocText text = offering(rs, codes);
                Listed.Offering listed =
                        listedOffering(SavedRecords.OfferingRow.of(rs, codes, text.fingerprint()), null);
                if (write(writer, text, savedText)) {
                    analysed.incrementAndGet();
                }
                offeringRecords.add(listed);
            });
            try {
                organizationDocs.join();
            } catch (java.util.concurrent.CompletionException e) {
                writer.rollback();
                throw new IllegalStateException("Could not load the search index", e.getCause());
            }
            for (String gone : savedText.keySet()) { // saved, but no longer in the database
                writer.deleteDocuments(new Term(KEY, gone));
            }
            // the records first, then the searchers that read them
            loadedOrganizations.values().forEach(this::putOrganization);
            for (UUID gone : new ArrayList<>(organizations.keySet())) {
                if (!loadedOrganizations.containsKey(gone)) {
                    removeOrganization(gone);
                }
            }
            Set<UUID> loadedOfferings = new HashSet<>();
            for (Listed.Offering record : offeringRecords) {
                Listed.Organization organization = loadedOrganizations.get(record.organizationId());
                if (organization != null) { // else registered since: its change is on its way
                    putOffering(record.of(organization));
                    loadedOfferings.add(record.id());
                }
            }
            for (UUID gone : new ArrayList<>(offerings.keySet())) {
                if (!loadedOfferings.contains(gone)) {
                    removeOffering(gone);
                }
            }
            Live loaded = swapIn(opened.directory(), writer, opened.policy(), covering);
            int documents = documents();
            Load load = new Load(opened.fromSavedCopy(), false, analysed.get(), savedText.size(),
                    (System.nanoTime() - started) / 1_000_000);
            loaded(load, documents, opened.fromSavedCopy()
                    ? "from the saved copy, every row read: " + load.analysed() + " documents analysed, "
                            + load.removed() + " removed"
                    : "no saved copy: every document analysed");
            if (snapshot != null && (!load.fromSavedCopy() || load.analysed() + load.removed() > documents / 100
                    || !saved.restorable(languagesHash()))) {
                saving = CompletableFuture.runAsync(() -> save(loaded));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not load the search index", e);
        }
    }

    /**
     * Restores the saved copy's documents and records as they are, then re-reads the records changed since the
     * snapshot they cover, as {@link #apply} does for the change feed: no row is read that did not change. False,
     * having touched nothing, when the copy's records do not fit together (the caller then reads every row).
     */
    private boolean restore(Connection connection, IndexSnapshot.Saved saved, long started) throws IOException {
        SnapshotDeletionPolicy policy = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
        Map<UUID, Listed.Organization> restored = new HashMap<>();
        List<SavedRecords.OfferingRow> offeringRows = new ArrayList<>();
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(saved.directory(), writerConfig(policy, IndexWriterConfig.OpenMode.APPEND));
            if (!SavedRecords.decode(saved.records(), row -> {
                Listed.Organization organization = listedOrganization(row);
                restored.put(organization.id(), organization);
            }, offeringRows::add) || !offeringRows.stream().allMatch(row -> restored.containsKey(row.organizationId()))) {
                throw new IOException("Saved records of another version or without their organizations");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The search index's saved copy could not be restored (%s); reading every row",
                    e.getClass().getSimpleName());
            if (writer != null) {
                writer.rollback();
            }
            saved.directory().close();
            return false;
        }
        restored.values().forEach(this::putOrganization);
        for (SavedRecords.OfferingRow row : offeringRows) {
            putOffering(listedOffering(row, restored));
        }
        Live loaded = swapIn(saved.directory(), writer, policy, saved.readAt());
        long written = documentsWritten;
        long removed = documentsRemoved;
        apply(connection, saved.changes());
        int documents = documents();
        Load load = new Load(true, true, (int) (documentsWritten - written), (int) (documentsRemoved - removed),
                (System.nanoTime() - started) / 1_000_000);
        loaded(load, documents, "restored from the saved copy, " + saved.changes().size()
                + " records changed since read again: " + load.analysed() + " documents analysed, " + load.removed()
                + " removed");
        if (saved.changes().size() > documents / 100) {
            saving = CompletableFuture.runAsync(() -> save(loaded));
        }
        return true;
    }

    /** Makes a loaded writer the live index, whose state holds every transaction {@code covering} sees. */
    private Live swapIn(ByteBuffersDirectory directory, IndexWriter writer, SnapshotDeletionPolicy policy,
                        String covering) throws IOException {
        SearcherManager searchers = new SearcherManager(writer, null);
        Live previous = live;
        Live loaded = new Live(directory, writer, searchers, policy);
        live = loaded;
        covers = covering;
        generation.incrementAndGet();
        textGeneration.incrementAndGet();
        if (previous != null) {
            // searches still running hold their own reader; the old directory goes with the last of them
            previous.searchers().close();
            previous.writer().close();
        }
        return loaded;
    }

    private void loaded(Load load, int documents, String how) {
        lastLoad = load;
        LOG.infof("Search index loaded: %d offerings and organizations in %d ms, %d KB, offerings' sets of slots"
                + " %d KB (%s)", documents, load.millis(), memoryBytes() / 1024, offeringColumns.setBytes() / 1024, how);
    }

    /**
     * A hash of the language names, which documents hold and no trigger announces: a copy written with other names is
     * not restored.
     */
    private long languagesHash() {
        long hash = 1125899906842597L;
        for (Map.Entry<String, String> name : new java.util.TreeMap<>(languageNames).entrySet()) {
            hash = 31 * hash + name.getKey().hashCode();
            hash = 31 * hash + name.getValue().hashCode();
        }
        return hash;
    }

    /** A writer to load into, and what the saved copy it starts from holds ({@code kind:id} → text fingerprint). */
    private record Opened(ByteBuffersDirectory directory, IndexWriter writer, SnapshotDeletionPolicy policy,
                          Map<String, Long> savedText, boolean fromSavedCopy) {
    }

    /** A writer over the saved copy's files when there are some that open, else over an empty directory. */
    private Opened open(IndexSnapshot.Saved copy) throws IOException {
        ByteBuffersDirectory saved = copy == null ? null : copy.directory();
        if (saved != null) {
            try {
                Map<String, Long> savedText = fingerprints(saved);
                SnapshotDeletionPolicy policy = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
                IndexWriter writer = new IndexWriter(saved, writerConfig(policy, IndexWriterConfig.OpenMode.APPEND));
                return new Opened(saved, writer, policy, savedText, true);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("The search index's saved copy could not be opened (%s); building the index from the "
                        + "database", e.getClass().getSimpleName());
            }
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        SnapshotDeletionPolicy policy = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
        IndexWriter writer = new IndexWriter(directory, writerConfig(policy, IndexWriterConfig.OpenMode.CREATE));
        return new Opened(directory, writer, policy, new ConcurrentHashMap<>(), false);
    }

    private static IndexWriterConfig writerConfig(SnapshotDeletionPolicy policy, IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField(List.copyOf(FIELDS.keySet())))
                .setOpenMode(mode)
                .setIndexDeletionPolicy(policy)
                .setCommitOnClose(false);
        config.setRAMBufferSizeMB(32);
        return config;
    }

    /**
     * What the last full load did: whether it started from the saved copy, whether it restored the copy's records
     * and read only the rows changed since ({@code restored}; else it read every row), how many documents it then had
     * to analyse (new or changed text) and remove (gone from the database), and how long it took.
     */
    public record Load(boolean fromSavedCopy, boolean restored, int analysed, int removed, long millis) {
    }

    public Load lastLoad() {
        return lastLoad;
    }

    /** Waits for the saving of a copy that the last load started, if any. */
    void awaitSaved() {
        saving.join();
    }

    /** Saves the index as it is now as the saved copy (a load saves one itself when there was none or much changed). */
    void saveNow() {
        save(requireLive());
    }

    /** Saves {@code loaded} as the index's copy, unless a later load has replaced it meanwhile. */
    private void save(Live loaded) {
        try {
            IndexSnapshot.Capture capture = capture(loaded);
            if (capture != null) {
                snapshot.save(capture, loaded.writer(), loaded.policy());
            }
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            LOG.debug("The search index was reloaded while being saved; the next load saves it", e);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warnf("The search index could not be saved (%s); the next start analyses every changed document",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * The records and a commit of the documents, taken together while no change is applied (both are read as one
     * state when restored), and the snapshot that state covers; null when a later load has replaced {@code loaded}.
     */
    private synchronized IndexSnapshot.Capture capture(Live loaded) throws IOException {
        if (live != loaded) {
            return null;
        }
        byte[] records = SavedRecords.encode(organizations.values(), offerings.values());
        loaded.writer().commit();
        return new IndexSnapshot.Capture(loaded.policy().snapshot(), records, covers, languagesHash());
    }

    /**
     * Writes {@code doc} under {@code key} unless the saved copy holds it with the same text: true when it had to be
     * analysed. Takes the key out of {@code savedText}, which ends holding what the database no longer has.
     */
    private static boolean write(IndexWriter writer, DocText text, Map<String, Long> savedText) throws IOException {
        Long saved = savedText.remove(text.key());
        if (saved != null && saved == text.fingerprint()) {
            return false;
        }
        if (saved == null) {
            writer.addDocument(text.document());
        } else {
            writer.updateDocument(new Term(KEY, text.key()), text.document());
        }
        return true;
    }

    /** Each document's key ({@code kind:id}) and the fingerprint of its text, as the saved copy holds them. */
    private static Map<String, Long> fingerprints(ByteBuffersDirectory directory) throws IOException {
        Map<String, Long> fingerprints = new ConcurrentHashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                NumericDocValues text = DocValues.getNumeric(leaf.reader(), FINGERPRINT);
                eachDocument(leaf.reader(), (doc, kind, id) -> {
                    if ((live == null || live.get(doc)) && text.advanceExact(doc)) {
                        fingerprints.put(key(kind, id), text.longValue());
                    }
                });
            }
        }
        return fingerprints;
    }

    /**
     * Applies announced changes ({@code kind:id} payloads): re-reads just those records (and what embeds their
     * text: an organization's offerings hold its name, an organization's document its active offerings) and
     * replaces their documents; a record no longer in the database leaves the index.
     * Reads through {@code connection}: the change feed passes its listening one, so keeping the index current never
     * waits for the pool that requests use.
     */
    public synchronized void apply(Connection connection, Collection<String> changes) {
        Live current = requireLive();
        Set<UUID> offerings = new HashSet<>();
        Set<UUID> organizations = new HashSet<>();
        Set<String> categories = new HashSet<>();
        boolean synonymsChanged = false;
        for (String change : changes) {
            int colon = change.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String id = change.substring(colon + 1);
            try {
                switch (change.substring(0, colon)) {
                    case "offering" -> offerings.add(UUID.fromString(id));
                    case "organization" -> organizations.add(UUID.fromString(id));
                    case "category" -> categories.add(id);
                    case "search_synonym" -> synonymsChanged = true;
                    default -> {
                        // a kind search does not hold
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // not an id: nothing to re-read
            }
        }
        if (offerings.isEmpty() && organizations.isEmpty() && categories.isEmpty() && !synonymsChanged) {
            return;
        }
        try {
            if (synonymsChanged) {
                synonyms = loadSynonyms(connection);
            }
            if (!categories.isEmpty()) {
                this.categories = categories(connection);
                query(connection, "SELECT offering_id FROM offering_category WHERE category_code = ANY(?)",
                        connection.createArrayOf("varchar", categories.toArray()),
                        rs -> offerings.add(rs.getObject("offering_id", UUID.class)));
            }
            for (UUID offering : offerings) {
                Listed.Offering listed = this.offerings.get(offering);
                if (listed != null) {
                    organizations.add(listed.organizationId());
                }
            }
            if (!offerings.isEmpty()) {
                // an offering moved to another organization changes both
                query(connection, "SELECT organization_id FROM offering WHERE id = ANY(?)",
                        connection.createArrayOf("uuid", offerings.toArray()),
                        rs -> organizations.add(rs.getObject("organization_id", UUID.class)));
            }
            if (!organizations.isEmpty()) {
                // an organization's offerings carry its name and description
                query(connection, "SELECT id FROM offering WHERE organization_id = ANY(?)",
                        connection.createArrayOf("uuid", organizations.toArray()),
                        rs -> offerings.add(rs.getObject("id", UUID.class)));
            }
            IndexWriter writer = current.writer();
            Set<UUID> seen = new HashSet<>();
            // a record whose text is as it was is replaced without touching its document (a capacity taken, a date)
            boolean[] textChanged = {synonymsChanged};
            // organizations first: an offering's record refers to its organization's
            if (!organizations.isEmpty()) {
                query(connection, ORGANIZATIONS_SQL + " WHERE g.id = ANY(?)",
                        connection.createArrayOf("uuid", organizations.toArray()), rs -> {
                            DocText text = organization(rs);
                            Listed.Organization listed =
                                listedOrganization(SavedRecords.OrganizationRow.of(rs, text.fingerprint()));
                            seen.add(listed.id());
                            textChanged[0] |= update(writer, this.organizations.get(listed.id()), listed, text);
                            putOrganization(listed);
                        });
            }
            for (UUID gone : organizations) {
                if (!seen.contains(gone)) {
                    writer.deleteDocuments(keyTerm(ORGANIZATION, gone));
                    if (this.organizations.containsKey(gone)) {
                        documentsRemoved++;
                    }
                    removeOrganization(gone);
                    textChanged[0] = true;
                }
            }
            seen.clear();
            if (!offerings.isEmpty()) {
                query(connection, OFFERINGS_SQL + " WHERE o.id = ANY(?)", connection.createArrayOf("uuid", offerings.toArray()),
                        rs -> {
                            String[] codes = held(rs.getArray("category_codes"));
                            DocText text = offering(rs, codes);
                            Listed.Offering listed = listedOffering(
                                    SavedRecords.OfferingRow.of(rs, codes, text.fingerprint()), this.organizations);
                            if (listed != null) {
                                seen.add(listed.id());
                                textChanged[0] |= update(writer, this.offerings.get(listed.id()), listed, text);
                                putOffering(listed);
                            }
                        });
            }
            for (UUID gone : offerings) {
                if (!seen.contains(gone)) {
                    writer.deleteDocuments(keyTerm(OFFERING, gone));
                    if (this.offerings.containsKey(gone)) {
                        documentsRemoved++;
                    }
                    removeOffering(gone);
                    textChanged[0] = true;
                }
            }
            if (textChanged[0]) {
                current.searchers().maybeRefreshBlocking();
            }
            // the name order, patched where records changed, so listings after a write do not sort everything again
            ByName before = byName;
            long was = generation.get();
            if (before != null && before.generation() == was) {
                byName = new ByName(was + 1, patched(before.offerings(), offerings, this.offerings, Listed.Offering[]::new),
                        patched(before.organizations(), organizations, this.organizations, Listed.Organization[]::new));
            }
            generation.incrementAndGet();
            if (textChanged[0]) {
                textGeneration.incrementAndGet();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not refresh the search index", e);
        }
    }

    public synchronized void close() {
        Live current = live;
        live = null;
        if (current != null) {
            try {
                current.searchers().close();
                current.writer().close();
            } catch (IOException e) {
                LOG.debug("Closing the search index", e);
            }
        }
    }

    private void putOffering(Listed.Offering offering) {
        int slot = offeringSlots.assign(offering.id());
        offering.slot(slot);
        OfferingColumns columns = offeringColumns.withRoomFor(slot + 1);
        columns.write(slot, offering);
        offeringColumns = columns;
        Listed.Offering previous = offerings.put(offering.id(), offering);
        if (previous != null && previous.organization().shelf() != offering.organization().shelf()) {
            previous.organization().shelf().remove(offering.id());
            shelfChanged(previous.organization());
        }
        offering.organization().shelf().put(offering);
        shelfChanged(offering.organization());
    }

    /** Writes the columns of the organization now in the slot of {@code organization}, whose shelf changed. */
    private void shelfChanged(Listed.Organization organization) {
        OrganizationColumns columns = organizationColumns;
        int slot = organization.slot();
        Listed.Organization current = slot < 0 ? null : columns.record(slot);
        if (current != null) {
            columns.write(slot, current);
        }
    }

    /** Replaces the document of {@code listed} unless {@code previous} has the same text: true when it did. */
    private boolean update(IndexWriter writer, Listed.Held previous, Listed.Held listed, DocText text)
            throws IOException {
        if (previous != null && previous.text() == listed.text()) {
            return false;
        }
        writer.updateDocument(new Term(KEY, text.key()), text.document());
        documentsWritten++;
        return true;
    }

    private void putOrganization(Listed.Organization organization) {
        int slot = organizationSlots.assign(organization.id());
        organization.slot(slot);
        OrganizationColumns columns = organizationColumns.withRoomFor(slot + 1);
        columns.write(slot, organization);
        organizationColumns = columns;
        organizations.put(organization.id(), organization);
    }

    private void removeOrganization(UUID id) {
        Listed.Organization previous = organizations.remove(id);
        if (previous != null) {
            organizationColumns.write(previous.slot(), null);
        }
    }

    private void removeOffering(UUID id) {
        Listed.Offering previous = offerings.remove(id);
        if (previous != null) {
            previous.organization().shelf().remove(id);
            shelfChanged(previous.organization());
            offeringColumns.write(previous.slot(), null);
        }
    }

    /**
     * An offering's record, with its organization's from {@code organizations} (null: set later with
     * {@link Listed.Offering#of}); null when its organization is not there.
     */
    private Listed.Offering listedOffering(SavedRecords.OfferingRow row, Map<UUID, Listed.Organization> organizations) {
        Listed.Organization organization = organizations == null ? null : organizations.get(row.organizationId());
        if (organizations != null && organization == null) {
            return null;
        }
        String[] codes = held(row.codes());
        Set<String> categoryFacets = new java.util.LinkedHashSet<>();
        Categories taxonomy = categories;
        for (String code : codes) {
            categoryFacets.add(code);
            categoryFacets.add(taxonomy.parent(code));
        }
        String[] languages = held(row.languages());
        String[] timings = held(row.timings());
        String cost = row.cost();
        Listed.FacetIds facets = new Listed.FacetIds(
                vocabulary.facet(Facets.CATEGORY).ids(categoryFacets.toArray(String[]::new)),
                vocabulary.facet(Facets.LANGUAGE).ids(languages), vocabulary.facet(Facets.TIMING).ids(timings),
                vocabulary.facet(Facets.COST).id(cost));
        return new Listed.Offering(row.id(), row.organizationId(), organization, row.name(), row.updatedAt(),
                row.active(), codes, languages, timings, cost.intern(), row.modality().intern(), row.gradeLow(),
                row.gradeHigh(), row.lastVerified(), facets, vocabulary.facet(Facets.CATEGORY).ids(codes), row.text());
    }

    /** An organization's record, on the shelf of its previous one (its offerings stay with it). */
    private Listed.Organization listedOrganization(SavedRecords.OrganizationRow row) {
        UUID id = row.id();
        Set<String> communities = new HashSet<>();
        for (String community : row.communities()) {
            communities.add(lower(community).intern());
        }
        String[] staffLanguages = held(row.staffLanguages());
        String[] regions = held(row.regions());
        Listed.Organization previous = organizations.get(id);
        String name = row.name();
        return new Listed.Organization(id, name, Listed.sortName(name), row.updatedAt(),
                row.vettingStatus().intern(), held(row.leadership()), staffLanguages, Set.copyOf(communities), regions,
                row.latitude(), row.longitude(), row.serviceRadiusKm(), row.lastVerified(),
                vocabulary.facet(Facets.LANGUAGE).ids(staffLanguages), vocabulary.regions().ids(regions),
                previous == null ? new Listed.Shelf() : previous.shelf(), row.text());
    }

    /**
     * The names of the languages {@code codes} (each code once; one the index does not know is left out), by name,
     * joined with ", ": what a hit's highlight shows of its languages, read from the index rather than by the page's
     * statement (a look-up per row that cost it a third of its time).
     */
    public String languageNames(String[] codes) {
        Map<String, String> known = languageNames;
        return java.util.Arrays.stream(codes).distinct().map(known::get).filter(java.util.Objects::nonNull).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The names of the categories {@code codes}, in the taxonomy's order, joined with ", " (as an offering's text). */
    public String categoryNames(String[] codes) {
        return categoryNames(codes, ", ");
    }

    /** The names of the categories {@code codes} in the taxonomy's order (its sort order, then code), joined. */
    private String categoryNames(String[] codes, String separator) {
        Categories taxonomy = categories;
        String[] sorted = codes.clone();
        java.util.Arrays.sort(sorted, java.util.Comparator.comparingInt(taxonomy::order)
                .thenComparing(java.util.Comparator.naturalOrder()));
        String[] names = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            names[i] = taxonomy.name(sorted[i]);
        }
        return String.join(separator, names);
    }

    /**
     * The names of the categories the organization's active offerings are filed under, each once, by name, joined
     * with ", " (as an organization's text; empty when it is not indexed or files none).
     */
    public String activeCategoryNames(UUID organizationId) {
        Listed.Organization organization = organizations.get(organizationId);
        if (organization == null) {
            return "";
        }
        Categories taxonomy = categories;
        java.util.TreeSet<String> filed = new java.util.TreeSet<>();
        for (Listed.Offering offering : organization.shelf().offerings()) {
            if (offering.active()) {
                for (String code : offering.categories()) {
                    filed.add(taxonomy.name(code));
                }
            }
        }
        return String.join(", ", filed);
    }

    private static Categories categories(Connection connection) throws SQLException {
        Map<String, Category> byCode = new HashMap<>();
        query(connection, "SELECT code, coalesce(parent_code, code) AS parent, name, sort_order FROM category", null,
                rs -> byCode.put(rs.getString("code"),
                        new Category(rs.getString("parent"), rs.getString("name"), rs.getInt("sort_order"))));
        return new Categories(Map.copyOf(byCode));
    }

    /** An offering's text; {@code codes} are its categories' (held), read once for its text and its record. */
    private DocText offering(ResultSet rs, String[] codes) throws SQLException {
        DocText doc = new DocText(OFFERING, rs.getObject("id", UUID.class));
        doc.text("name", rs.getString("name"));
        doc.text("categories", categoryNames(codes, " · "));
        doc.text("description", rs.getString("description"));
        doc.text("organization", rs.getString("org_name"));
        doc.text("about", rs.getString("org_description"));
        doc.text("communities", String.join(" · ", strings(rs.getArray("communities_served"))));
        doc.text("leadership", leadership(strings(rs.getArray("leadership"))));
        doc.text("languages", languages(strings(rs.getArray("languages"))));
        return doc;
    }

    private DocText organization(ResultSet rs) throws SQLException {
        DocText doc = new DocText(ORGANIZATION, rs.getObject("id", UUID.class));
        doc.text("name", rs.getString("name"));
        doc.text("description", rs.getString("description"));
        doc.text("communities", String.join(" · ", strings(rs.getArray("communities_served"))));
        doc.text("leadership", leadership(strings(rs.getArray("leadership"))));
        doc.text("offerings", String.join(" · ", strings(rs.getArray("offering_names"))));
        doc.text("categories", String.join(" · ", strings(rs.getArray("category_names"))));
        doc.text("about", String.join(" · ", strings(rs.getArray("offering_descriptions"))));
        Set<String> languages = new java.util.LinkedHashSet<>(List.of(strings(rs.getArray("staff_languages"))));
        languages.addAll(List.of(strings(rs.getArray("offering_languages"))));
        doc.text("languages", languages(languages.toArray(String[]::new)));
        return doc;
    }

    /** A document's key: {@code kind:id}. */
    private static String key(String kind, UUID id) {
        return kind + ":" + id;
    }

    private static Term keyTerm(String kind, UUID id) {
        return new Term(KEY, key(kind, id));
    }

    @FunctionalInterface
    private interface EachDocument {
        void accept(int doc, String kind, UUID id) throws IOException;
    }

    /** Every document of the segment, in order, with its kind and id (deleted ones too). */
    private static void eachDocument(org.apache.lucene.index.LeafReader reader, EachDocument action)
            throws IOException {
        NumericDocValues high = DocValues.getNumeric(reader, ID_HIGH);
        NumericDocValues low = DocValues.getNumeric(reader, ID_LOW);
        NumericDocValues kinds = DocValues.getNumeric(reader, KIND_CODE);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (high.advanceExact(doc) && low.advanceExact(doc) && kinds.advanceExact(doc)) {
                action.accept(doc, kinds.longValue() == 0 ? OFFERING : ORGANIZATION,
                        new UUID(high.longValue(), low.longValue()));
            }
        }
    }

    private static Document document(String kind, UUID id) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key(kind, id), Field.Store.NO));
        doc.add(new StringField(KIND, kind, Field.Store.NO));
        doc.add(new NumericDocValuesField(ID_HIGH, id.getMostSignificantBits()));
        doc.add(new NumericDocValuesField(ID_LOW, id.getLeastSignificantBits()));
        doc.add(new NumericDocValuesField(KIND_CODE, OFFERING.equals(kind) ? 0 : 1));
        return doc;
    }

    /**
     * A document's text before it becomes a Lucene document: its key and text fields in order. Its
     * {@link #fingerprint} (64-bit FNV-1a over the key and each field's name and text, one analysis variant: the others
     * hold the same text) says whether the index already holds this text, so a row whose text is unchanged (most rows
     * at a load from the saved copy, a capacity taken) never builds its document.
     */
    static final class DocText {

        private final String kind;
        private final UUID id;
        private final String key;
        private final List<String> fields = new ArrayList<>(8);
        private final List<String> values = new ArrayList<>(8);
        private long fingerprint;
        private boolean fingerprinted;

        DocText(String kind, UUID id) {
            this.kind = kind;
            this.id = id;
            this.key = SearchIndex.key(kind, id);
        }

        String key() {
            return key;
        }

        /** Adds a text field (each analysis variant of it); blank text adds nothing. */
        DocText text(String field, String value) {
            if (value != null && !value.isBlank()) {
                fields.add(field);
                values.add(value);
                fingerprinted = false;
            }
            return this;
        }

        long fingerprint() {
            if (!fingerprinted) {
                long hash = fnv(fnv(0xcbf29ce484222325L, KEY), key);
                for (int i = 0; i < fields.size(); i++) {
                    hash = fnv(fnv(hash, VARIANT_FIELDS.get(fields.get(i))[0]), values.get(i));
                }
                fingerprint = hash;
                fingerprinted = true;
            }
            return fingerprint;
        }

        Document document() {
            Document doc = SearchIndex.document(kind, id);
            for (int i = 0; i < fields.size(); i++) {
                for (String name : VARIANT_FIELDS.get(fields.get(i))) {
                    doc.add(new TextField(name, values.get(i), Field.Store.NO));
                }
            }
            doc.add(new NumericDocValuesField(FINGERPRINT, fingerprint()));
            return doc;
        }
    }

    private static long fnv(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return (hash ^ (0x10000L + text.length())) * 0x100000001b3L; // the end, as no char could write it
    }

    /** "black_led" reads "black led": a search for "black" or "youth led" finds what an organization declared. */
    static String leadership(String[] values) {
        List<String> words = new ArrayList<>();
        for (String value : values) {
            words.add(value.replace('_', ' '));
        }
        return String.join(" · ", words);
    }

    private String languages(String[] codes) {
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            names.add(languageNames.getOrDefault(code, code));
        }
        return String.join(" · ", names);
    }

    /** The shared term statistics key of a kind: the kind's documents are filtered by it. */
    static Term kindTerm(String kind) {
        return new Term(KIND, kind);
    }

    private static Map<String, String> languageNames(Connection connection) throws SQLException {
        Map<String, String> names = new HashMap<>();
        query(connection, "SELECT code, name FROM language_name", null, rs -> names.put(rs.getString("code"), rs.getString("name")));
        return Map.copyOf(names);
    }

    private static Synonyms loadSynonyms(Connection connection) throws SQLException {
        List<List<String>> groups = new ArrayList<>();
        query(connection, "SELECT terms FROM search_synonym ORDER BY position, id", null,
                rs -> groups.add(List.of(strings(rs.getArray("terms")))));
        return Synonyms.of(groups);
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException, IOException;
    }

    private static void query(Connection connection, String sql, Array ids, RowHandler handler)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (ids != null) {
                statement.setArray(1, ids);
            }
            statement.setFetchSize(2000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An array the records keep: its values (codes and phrases from small vocabularies, repeated on thousands of
     * records) are interned, so each is held once rather than once per record.
     */
    private static String[] held(Array array) throws SQLException {
        return held(strings(array));
    }

    private static String[] held(String[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] == null ? null : values[i].intern();
        }
        return values;
    }

    private static Map<String, Float> fields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put("name", 3.0f);
        fields.put("categories", 2.0f);
        fields.put("offerings", 1.5f);
        fields.put("communities", 1.2f);
        fields.put("description", 1.0f);
        fields.put("leadership", 1.0f);
        fields.put("organization", 0.8f);
        fields.put("languages", 0.6f);
        fields.put("about", 0.4f);
        return Map.copyOf(fields);
    }

    private static Map<String, String[]> variantFields() {
        Map<String, String[]> names = new HashMap<>();
        for (String field : FIELDS.keySet()) {
            names.put(field, SearchAnalyzers.VARIANTS.stream().map(v -> SearchAnalyzers.field(field, v)).toArray(String[]::new));
        }
        return Map.copyOf(names);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
