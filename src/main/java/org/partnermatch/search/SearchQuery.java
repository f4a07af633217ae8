package org.partnermatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A search's free text read into a Lucene query, and what it looks for (to mark it in highlights).
 *
 * <p>The text is cut into units: a word, or a phrase of the synonym list ("african american"). Stop words (English
 * or Spanish: "for", "con") count only when the text has nothing else. Each unit is looked for in every text field,
 * BM25-scored and weighted by field ({@link SearchIndex#FIELDS}), as itself or as one of its synonyms, English- or
 * Spanish-stemmed; the last word also as a prefix, as people type ("diap"); a word of four letters or more that no
 * record holds also as the words within one or two edits of it (typo tolerance: "tutring").
 *
 * <p>Every unit found adds {@link #COVERAGE} to a hit's score on top of its BM25 score, so hits with more of the
 * units always rank first (all words first, partial matches after). A hit must have every unit of a text of one or
 * two units, and more than half of the units of a longer one: "mentor black boys" finds what has two of the three.
 */
public final class SearchQuery {

    /** What each unit found adds: more than any BM25 score of one unit, so coverage orders first. */
    static final float COVERAGE = 1000f;
    /** Synonyms count a little less than the word itself. */
    static final float SYNONYM_WEIGHT = 0.8f;
    static final float PREFIX_WEIGHT = 0.5f;
    static final float FUZZY_WEIGHT = 0.5f;
    static final int MIN_PREFIX_LENGTH = 3;
    /** Fields of names, where typos are looked for: what people type from memory. */
    static final Set<String> NAMES = Set.of("name", "organization", "offerings");
    static final int MIN_FUZZY_LENGTH = 4;
    /** Words at least this long may be two edits off; shorter ones one. */
    static final int TWO_EDITS_LENGTH = 8;

    /** A unit of the text: a word or a phrase, with what it is looked for as. */
    record Unit(String text, Set<String> alternatives, boolean prefix, boolean fuzzy) {
    }

    private final List<Unit> units;
    private final int required;
    /** Terms looked for, by analyzer variant: what highlights mark. */
    private final Map<String, Set<String>> terms;

    private SearchQuery(List<Unit> units, Map<String, Set<String>> terms) {
        this.units = List.copyOf(units);
        this.required = units.size() <= 2 ? units.size() : units.size() / 2 + 1;
        this.terms = terms;
    }

    static SearchQuery of(SearchText text, Synonyms synonyms, IndexReader reader) throws IOException {
        List<String> words = text.words();
        List<String> kept = words.stream().filter(w -> !SearchAnalyzers.isStopWord(w)).toList();
        if (kept.isEmpty()) {
            kept = words;
        }
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            int length = phraseLength(kept, i, synonyms);
            String unit = String.join(" ", kept.subList(i, i + length));
            boolean last = i + length == kept.size();
            Set<String> alternatives = new LinkedHashSet<>(synonyms.of(unit));
            boolean single = length == 1;
            boolean prefix = single && last && unit.length() >= MIN_PREFIX_LENGTH;
            boolean fuzzy = single && alternatives.isEmpty() && unit.length() >= MIN_FUZZY_LENGTH && !known(reader, unit);
            units.add(new Unit(unit, alternatives, prefix, fuzzy));
            i += length - 1;
        }
        Map<String, Set<String>> terms = Map.of(SearchAnalyzers.ENGLISH, new HashSet<>(),
                SearchAnalyzers.SPANISH, new HashSet<>(), SearchAnalyzers.RAW, new HashSet<>());
        for (Unit unit : units) {
            for (String phrase : phrases(unit)) {
                for (String variant : SearchAnalyzers.VARIANTS) {
                    terms.get(variant).addAll(SearchAnalyzers.terms(variant, phrase));
                }
            }
        }
        return new SearchQuery(units, terms);
    }

    /** The longest phrase of the synonym list starting at word {@code i} (1 when there is none). */
    private static int phraseLength(List<String> words, int i, Synonyms synonyms) {
        for (int length = Math.min(Synonyms.MAX_PHRASE_WORDS, words.size() - i); length > 1; length--) {
            if (synonyms.has(String.join(" ", words.subList(i, i + length)))) {
                return length;
            }
        }
        return 1;
    }

    /** Whether some record holds the word, as written or stemmed. */
    private static boolean known(IndexReader reader, String word) throws IOException {
        for (String field : List.of("name", "categories", "description", "offerings", "organization", "communities")) {
            for (String variant : SearchAnalyzers.VARIANTS) {
                for (String term : SearchAnalyzers.terms(variant, word)) {
                    if (reader.docFreq(new Term(SearchAnalyzers.field(field, variant), term)) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> phrases(Unit unit) {
        List<String> phrases = new ArrayList<>();
        phrases.add(unit.text());
        phrases.addAll(unit.alternatives());
        return phrases;
    }

    public List<Unit> units() {
        return units;
    }

    /** How many units a hit must have. */
    public int required() {
        return required;
    }

    /** The Lucene query over documents of {@code kind}. */
    Query lucene(String kind) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(SearchIndex.kindTerm(kind)), Occur.FILTER);
        for (Unit unit : units) {
            query.add(new CoverageQuery(unit(unit), COVERAGE), Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(required);
        return query.build();
    }

    /**
     * A score as the API shows it, between 0 and 1: the units found, plus a fraction for how well (BM25), over one
     * more than the units searched; in steps of 0.001, so that hits scoring nearly alike go by name.
     */
    double normalise(float score) {
        int found = (int) (score / COVERAGE);
        float bm25 = score - found * COVERAGE;
        double value = (found + bm25 / (bm25 + 10.0)) / (units.size() + 1.0);
        return Math.round(value * 1000) / 1000.0;
    }

    /** One unit in any field: as itself or a synonym, stemmed either way, as a prefix or within a typo. */
    private static Query unit(Unit unit) {
        List<Query> ways = new ArrayList<>();
        ways.add(phrase(unit.text(), 1f));
        List<String> words = SearchText.wordsOf(unit.text());
        if (words.size() > 1) {
            // a phrase of the synonym list also counts when its words are apart ("after-school" and "school ... after")
            BooleanQuery.Builder apart = new BooleanQuery.Builder();
            words.forEach(word -> apart.add(phrase(word, 1f), Occur.MUST));
            ways.add(new BoostQuery(apart.build(), SYNONYM_WEIGHT));
        }
        for (String alternative : unit.alternatives()) {
            ways.add(phrase(alternative, SYNONYM_WEIGHT));
        }
        for (Map.Entry<String, Float> field : SearchIndex.FIELDS.entrySet()) {
            String raw = SearchAnalyzers.field(field.getKey(), SearchAnalyzers.RAW);
            List<String> rawTerms = SearchAnalyzers.terms(SearchAnalyzers.RAW, unit.text());
            if (rawTerms.size() != 1) {
                continue;
            }
            String term = rawTerms.get(0);
            if (unit.prefix()) {
                ways.add(new BoostQuery(new PrefixQuery(new Term(raw, term)), PREFIX_WEIGHT * field.getValue()));
            }
            if (unit.fuzzy() && NAMES.contains(field.getKey())) {
                int edits = term.length() >= TWO_EDITS_LENGTH ? 2 : 1;
                ways.add(new BoostQuery(new FuzzyQuery(new Term(raw, term), edits, 1), FUZZY_WEIGHT * field.getValue()));
            }
        }
        return new DisjunctionMaxQuery(ways, 0.1f);
    }

    /** A word or phrase in any field, English- or Spanish-analysed (the better of the two counts). */
    private static Query phrase(String text, float weight) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : SearchIndex.FIELDS.entrySet()) {
            List<Query> languages = new ArrayList<>();
            for (String variant : List.of(SearchAnalyzers.ENGLISH, SearchAnalyzers.SPANISH)) {
                List<String> terms = SearchAnalyzers.terms(variant, text);
                String name = SearchAnalyzers.field(field.getKey(), variant);
                if (terms.size() == 1) {
                    languages.add(new TermQuery(new Term(name, terms.get(0))));
                } else if (terms.size() > 1) {
                    languages.add(new PhraseQuery(1, name, terms.toArray(String[]::new)));
                }
            }
            if (!languages.isEmpty()) {
                fields.add(new BoostQuery(new DisjunctionMaxQuery(languages, 0f), field.getValue()), Occur.SHOULD);
                clauses++;
            }
        }
        Query query = clauses == 0 ? new BooleanQuery.Builder().build() : fields.build();
        return weight == 1f ? query : new BoostQuery(query, weight);
    }

    /**
     * The words of {@code text} (lower-cased, as written) that this query finds: stemmed either way, as a prefix,
     * or within the typo distance. What a highlight marks.
     */
    public String[] matchedWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String variant : List.of(SearchAnalyzers.ENGLISH, SearchAnalyzers.SPANISH)) {
            for (SearchAnalyzers.Token token : SearchAnalyzers.tokens(variant, text)) {
                if (terms.get(variant).contains(token.term())) {
                    words.add(SearchIndex.lower(text.substring(token.start(), token.end())));
                }
            }
        }
        String[] unitWords = new String[units.size()];
        for (int i = 0; i < unitWords.length; i++) {
            unitWords[i] = SearchAnalyzers.terms(SearchAnalyzers.RAW, units.get(i).text()).stream().findFirst().orElse("");
        }
        for (SearchAnalyzers.Token token : SearchAnalyzers.tokens(SearchAnalyzers.RAW, text)) {
            if (rawMatches(token.term(), unitWords)) {
                words.add(SearchIndex.lower(text.substring(token.start(), token.end())));
            }
        }
        return words.toArray(String[]::new);
    }

    /** {@code unitWords}: each unit's word, analysed raw. */
    private boolean rawMatches(String term, String[] unitWords) {
        if (terms.get(SearchAnalyzers.RAW).contains(term)) {
            return true;
        }
        for (int i = 0; i < unitWords.length; i++) {
            Unit unit = units.get(i);
            String word = unitWords[i];
            if (unit.prefix() && term.startsWith(word)) {
                return true;
            }
            if (unit.fuzzy() && term.length() > 1 && term.charAt(0) == word.charAt(0)
                    && Highlights.editDistance(term, word) <= (word.length() >= TWO_EDITS_LENGTH ? 2 : 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return units.toString();
    }
}
