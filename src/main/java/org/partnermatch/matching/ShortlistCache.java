package org.partnermatch.matching;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.partnermatch.matching.CandidateIndex.Snapshot;
import org.partnermatch.matching.core.MatchWeights;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.matching.core.SchoolShortlist;

/**
 * Remembers a school's matches for as long as the read model they were scored against is current, in two layers:
 * the shortlist (the scoring half: which organizations, and their best offering per need) and, within a budget, the
 * explained form built from it (the response, reasons and factors, as JSON bytes in production). Both are pure
 * functions of the snapshot, the school's profile, its open needs as stated (their ids and versions), the weights and
 * the limit, so the key holds all of them but the snapshot, and a new snapshot (any change to schools,
 * organizations, offerings, needs or ratings, or a listing becoming overdue) starts an empty cache.
 *
 * <p>Bounded twice: when {@code maxEntries} shortlists are kept the cache is emptied rather than tracked entry by
 * entry (0 turns it off); explained forms are kept only while their weights (bytes, in production) add up to at most
 * {@code maxExplainedWeight}, past which a remembered shortlist is explained again on each request.
 *
 * @param <E> the explained form of a shortlist
 */
final class ShortlistCache<E> {

    /**
     * @param openNeeds what identifies the school's open needs as stated right now (in production their ids, versions
     *                  and the organizations that recently declined them), in the order the response lists them
     */
    record Key(SchoolProfile school, List<?> openNeeds, MatchWeights weights, int limit) {
    }

    /** How much of the budget an explained form takes. */
    @FunctionalInterface
    interface Weigher<E> {
        long weigh(SchoolShortlist shortlist, E explained);
    }

    /** A shortlist, and its explanation when the budget allowed keeping it. */
    private record Remembered<E>(SchoolShortlist shortlist, E explained) {
    }

    private record Generation<E>(Snapshot snapshot, Map<Key, Remembered<E>> entries, AtomicLong explainedWeight) {

        Generation(Snapshot snapshot) {
            this(snapshot, new ConcurrentHashMap<>(), new AtomicLong());
        }
    }

    private final int maxEntries;
    private final long maxExplainedWeight;
    private final Weigher<E> weigher;
    private volatile Generation<E> current = new Generation<>(null);

    /** Explained forms weighed by the needs they cover (their picks). */
    ShortlistCache(int maxEntries, int maxExplainedNeeds) {
        this(maxEntries, maxExplainedNeeds, (shortlist, explained) -> shortlist.picks().size());
    }

    ShortlistCache(int maxEntries, long maxExplainedWeight, Weigher<E> weigher) {
        this.maxEntries = maxEntries;
        this.maxExplainedWeight = maxExplainedWeight;
        this.weigher = weigher;
    }

    /**
     * The explained matches for the key under this snapshot: remembered, or explained from a remembered shortlist,
     * or scored and explained now (and remembered).
     *
     * @param score   computes the shortlist
     * @param explain turns a shortlist into its explained form
     */
    E get(Snapshot snapshot, Key key, Supplier<SchoolShortlist> score, Function<SchoolShortlist, E> explain) {
        if (maxEntries <= 0) {
            return explain.apply(score.get());
        }
        Generation<E> generation = current;
        if (generation.snapshot() != snapshot) { // identity: a snapshot is immutable and replaced on every change
            generation = new Generation<>(snapshot);
            current = generation;
        }
        Remembered<E> remembered = generation.entries().get(key);
        if (remembered != null && remembered.explained() != null) {
            return remembered.explained();
        }
        SchoolShortlist shortlist = remembered != null ? remembered.shortlist() : score.get();
        E explained = explain.apply(shortlist);
        long weight = weigher.weigh(shortlist, explained);
        boolean keepExplained = generation.explainedWeight().addAndGet(weight) <= maxExplainedWeight;
        if (!keepExplained) {
            generation.explainedWeight().addAndGet(-weight);
        }
        if (remembered == null && generation.entries().size() >= maxEntries) {
            generation.entries().clear();
            generation.explainedWeight().set(keepExplained ? weight : 0);
        }
        if (remembered == null || keepExplained) {
            generation.entries().put(key, new Remembered<>(shortlist, keepExplained ? explained : null));
        }
        return explained;
    }
}
