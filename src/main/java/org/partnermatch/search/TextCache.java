package org.partnermatch.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * What texts found, kept for the index's current text generation: at most {@code maxEntries} texts and about
 * {@code maxHits} hits between them. A hit held costs about 20 bytes (its slot, score, rank and bit), so a text that
 * finds most of a 100,000-offering directory holds a megabyte or more, and a bound on texts alone would let a few
 * hundred broad texts hold hundreds of megabytes. Past either bound the cache is emptied rather than tracked entry by
 * entry (few texts are asked between two changes of the index's text); a text that finds more than {@code maxHits} on
 * its own is not kept. {@code maxEntries} 0 turns it off. The count is kept beside a concurrent map without a lock, so
 * a search racing an emptying may leave it a little off until the next one: the bound is approximate by that much.
 *
 * @param <V> what a text found
 */
final class TextCache<V> {

    private final Map<String, V> entries = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final int maxEntries;
    private final long maxHits;
    private final ToIntFunction<V> hitsOf;
    private volatile long generation = -1;

    TextCache(int maxEntries, long maxHits, ToIntFunction<V> hitsOf) {
        this.maxEntries = maxEntries;
        this.maxHits = maxHits;
        this.hitsOf = hitsOf;
    }

    /** What the text found in this generation of the index's text, if kept; a new generation empties the cache. */
    V get(String key, long generation) {
        if (maxEntries <= 0) {
            return null;
        }
        if (generation != this.generation) {
            empty();
            this.generation = generation;
        }
        return entries.get(key);
    }

    /** Keeps what the text found, unless the generation has moved on since it was looked up or it is too large. */
    void put(String key, long generation, V found) {
        int size = hitsOf.applyAsInt(found);
        if (maxEntries <= 0 || generation != this.generation || size > maxHits) {
            return;
        }
        if (entries.size() >= maxEntries || hits.get() + size > maxHits) {
            empty(); // rare: more distinct or broader texts than the bounds between two changes
        }
        if (entries.put(key, found) == null) {
            hits.addAndGet(size);
        }
    }

    /** Texts kept (tests). */
    int size() {
        return entries.size();
    }

    /** Hits counted for the texts kept (tests, and the bound). */
    long hits() {
        return hits.get();
    }

    private void empty() {
        entries.clear();
        hits.set(0);
    }
}
