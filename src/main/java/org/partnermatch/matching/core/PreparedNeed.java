package org.partnermatch.matching.core;

import org.partnermatch.vocabulary.Grades;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A need together with its school, with everything the hot scoring loop needs computed once: grades, the category
 * codes that match under the taxonomy, key-word stems as sorted 64-bit keys with their weights, language keys,
 * timings as a bit mask, the school's location in radians, need index and non-English home languages.
 *
 * <p>Built by {@link MatchScorer#prepare} (or {@link #of}); immutable and safe to share between threads. Not a
 * record on purpose: its derived fields must always agree with the need, so only the factory can build one.
 */
public final class PreparedNeed {

    /** The district's common language: not counted as a home language to share in cultural fit. */
    static final String DISTRICT_LANGUAGE = "en";
    /** Title words count this many times a description word in text relevance. */
    static final double TITLE_TERM_WEIGHT = 2.0;

    private final NeedProfile need;
    private final SchoolProfile school;
    private final Taxonomy taxonomy;
    private final double needIndex;

    private final int gradeLow;
    private final int gradeHigh;
    private final int gradeCount;
    private final String[] matchCodes;
    private final int[] matchHashes;
    private final CategoryRelation[] matchRelations;
    private final long matchBits;
    private final String regionLower;
    private final double latRad;
    private final double lonRad;
    private final double cosLat;

    /** Key words in order of appearance (title first), their first surface form, and weights: for reasons. */
    private final String[] terms;
    private final String[] termSurfaces;
    private final long[] termKeysInOrder;
    /** The same key words as sorted (masked) keys with aligned weights: for the lookups in the hot loop. */
    private final long[] termKeys;
    private final double[] termKeyWeights;
    /** {@link Keys#signatureBit} of each key in {@link #termKeys}, and all of them ORed. */
    private final long[] termKeyBits;
    private final long termSignature;
    private final double termWeightSum;

    private final String[] languages;
    private final long[] languageKeys;
    /** Keys of the requested languages other than the district's (English). */
    private final long[] otherLanguageKeys;
    private final int timingMask;
    private final int timingCount;
    private final String[] homeLanguages;
    private final long[] homeLanguageKeys;
    private final String[][] homeLanguageCommunityWords;
    private final boolean costMattersLess;
    /** Organizations that turned this need down recently; empty for most needs. */
    private final Set<UUID> declinedBy;
    private final boolean hasDeclines;

    private PreparedNeed(NeedProfile need, SchoolProfile school, Taxonomy taxonomy) {
        this.need = need;
        this.school = school;
        this.taxonomy = taxonomy;
        this.needIndex = school.needIndex();

        this.gradeLow = need.gradeLow();
        this.gradeHigh = need.gradeHigh();
        this.gradeCount = Grades.count(gradeLow, gradeHigh);
        Map<String, CategoryRelation> matching = taxonomy.matchingCodes(need.categoryCode());
        this.matchCodes = matching.keySet().toArray(new String[0]);
        for (int i = 0; i < matchCodes.length; i++) {
            matchCodes[i] = matchCodes[i].intern(); // compared by reference in the candidate pool's scan
        }
        this.matchHashes = new int[matchCodes.length];
        this.matchRelations = new CategoryRelation[matchCodes.length];
        long bits = 0;
        for (int i = 0; i < matchCodes.length; i++) {
            matchHashes[i] = matchCodes[i].hashCode();
            matchRelations[i] = matching.get(matchCodes[i]);
            bits |= MatchCandidate.categoryBit(matchHashes[i]);
        }
        this.matchBits = bits;
        this.regionLower = Normalize.lowerOrNull(school.region());
        // An unknown location makes every distance to the school unknown, as an organization without one does.
        this.latRad = school.hasLocation() ? Math.toRadians(school.latitude()) : Double.NaN;
        this.lonRad = school.hasLocation() ? Math.toRadians(school.longitude()) : Double.NaN;
        this.cosLat = Math.cos(latRad);

        // key words: title words weigh double; the first surface form of each stem is kept for the reasons
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, String> surfaces = new LinkedHashMap<>();
        collect(need.title(), TITLE_TERM_WEIGHT, weights, surfaces);
        collect(need.description(), 1.0, weights, surfaces);
        this.terms = weights.keySet().toArray(new String[0]);
        this.termSurfaces = new String[terms.length];
        this.termKeysInOrder = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            termSurfaces[i] = surfaces.get(terms[i]);
            termKeysInOrder[i] = termKey(terms[i]);
        }
        String[] byKey = terms.clone();
        Arrays.sort(byKey, (a, b) -> Long.compare(termKey(a), termKey(b)));
        this.termKeys = new long[byKey.length];
        this.termKeyWeights = new double[byKey.length];
        this.termKeyBits = new long[byKey.length];
        double sum = 0;
        long signature = 0;
        for (int i = 0; i < byKey.length; i++) {
            termKeys[i] = termKey(byKey[i]);
            termKeyWeights[i] = weights.get(byKey[i]);
            termKeyBits[i] = Keys.signatureBit(termKeys[i]);
            signature |= termKeyBits[i];
            sum += termKeyWeights[i];
        }
        this.termSignature = signature;
        this.termWeightSum = sum;

        this.languages = Normalize.sorted(need.languages());
        this.languageKeys = keysOf(languages);
        this.otherLanguageKeys = keysOf(java.util.Arrays.stream(languages)
                .filter(l -> !DISTRICT_LANGUAGE.equals(l)).toArray(String[]::new));
        this.timingMask = Normalize.mask(need.timings());
        this.timingCount = need.timings().size();

        Set<String> home = new TreeSet<>(school.homeLanguages());
        home.remove(DISTRICT_LANGUAGE);
        this.homeLanguages = home.toArray(new String[0]);
        this.homeLanguageKeys = keysOf(homeLanguages);
        this.homeLanguageCommunityWords = new String[homeLanguages.length][];
        for (int i = 0; i < homeLanguages.length; i++) {
            homeLanguageCommunityWords[i] = CommunityWords.forLanguage(homeLanguages[i]);
        }
        // Only when both are known: an unknown Title I status or FRL share never makes cost matter less.
        this.declinedBy = need.declinedBy();
        this.hasDeclines = !declinedBy.isEmpty();
        this.costMattersLess = Boolean.FALSE.equals(school.titleI()) && school.frlPercent() != null
                && school.frlPercent() < FactorFormulas.COST_RELIEF_FRL_BELOW;
    }

    /**
     * Prepares a need of a school for scoring under a taxonomy.
     *
     * @throws IllegalArgumentException when the need belongs to another school
     */
    public static PreparedNeed of(NeedProfile need, SchoolProfile school, Taxonomy taxonomy) {
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(taxonomy, "taxonomy");
        if (!need.schoolId().equals(school.id())) {
            throw new IllegalArgumentException("need " + need.id() + " belongs to school " + need.schoolId()
                    + ", not to " + school.id());
        }
        return new PreparedNeed(need, school, taxonomy);
    }

    private static void collect(String text, double weight, Map<String, Double> weights,
            Map<String, String> surfaces) {
        for (String word : Terms.words(text)) {
            String stem = Terms.stem(word);
            if (stem.length() >= 2 && !Terms.isStopWord(word)) {
                weights.merge(stem, weight, Math::max);
                surfaces.putIfAbsent(stem, word);
            }
        }
    }

    private static long termKey(String stem) {
        return Keys.masked(stem, MatchCandidate.TERM_FLAG_BITS);
    }

    private static long[] keysOf(String[] codes) {
        long[] keys = new long[codes.length];
        for (int i = 0; i < codes.length; i++) {
            keys[i] = Keys.masked(codes[i], MatchCandidate.LANGUAGE_FLAG_BITS);
        }
        return keys;
    }

    public NeedProfile need() {
        return need;
    }

    public SchoolProfile school() {
        return school;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The school's need index, 0–100. */
    public double needIndex() {
        return needIndex;
    }

    /** Distinct key-word stems of the need, title first. */
    public List<String> terms() {
        return List.of(terms);
    }

    int gradeLow() {
        return gradeLow;
    }

    int gradeHigh() {
        return gradeHigh;
    }

    int gradeCount() {
        return gradeCount;
    }

    long matchBits() {
        return matchBits;
    }

    /** Relation of an interned offering category code to the need's category, by reference comparison. */
    CategoryRelation categoryRelationInterned(String internedCode) {
        for (int j = 0; j < matchCodes.length; j++) {
            if (matchCodes[j] == internedCode) {
                return matchRelations[j];
            }
        }
        return CategoryRelation.NONE;
    }

    /** Relation of one offering category (lower case, with its hash) to the need's category. */
    CategoryRelation categoryRelation(String offeringCategory, int hash) {
        for (int j = 0; j < matchHashes.length; j++) {
            if (matchHashes[j] == hash && matchCodes[j].equals(offeringCategory)) {
                return matchRelations[j];
            }
        }
        return CategoryRelation.NONE;
    }

    String regionLower() {
        return regionLower;
    }

    double latRad() {
        return latRad;
    }

    double lonRad() {
        return lonRad;
    }

    double cosLat() {
        return cosLat;
    }

    String[] termArray() {
        return terms;
    }

    String[] termSurfaces() {
        return termSurfaces;
    }

    /** Keys of {@link #termArray()}, same order. */
    long[] termKeysInOrder() {
        return termKeysInOrder;
    }

    long[] termKeys() {
        return termKeys;
    }

    double[] termKeyWeights() {
        return termKeyWeights;
    }

    long[] termKeyBits() {
        return termKeyBits;
    }

    long termSignature() {
        return termSignature;
    }

    double termWeightSum() {
        return termWeightSum;
    }

    String[] languageArray() {
        return languages;
    }

    long[] languageKeys() {
        return languageKeys;
    }

    long[] otherLanguageKeys() {
        return otherLanguageKeys;
    }

    int timingMask() {
        return timingMask;
    }

    int timingCount() {
        return timingCount;
    }

    String[] homeLanguageArray() {
        return homeLanguages;
    }

    long[] homeLanguageKeys() {
        return homeLanguageKeys;
    }

    String[][] homeLanguageCommunityWords() {
        return homeLanguageCommunityWords;
    }

    boolean costMattersLess() {
        return costMattersLess;
    }

    /** Whether any organization declined or cancelled a request for this need recently. */
    boolean hasDeclines() {
        return hasDeclines;
    }

    /** Whether the organization declined or cancelled a request for this need recently. */
    boolean declinedBy(UUID organizationId) {
        return hasDeclines && declinedBy.contains(organizationId);
    }
}
