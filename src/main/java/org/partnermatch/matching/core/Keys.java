package org.partnermatch.matching.core;

import java.util.Arrays;
import java.util.Collection;

/**
 * 64-bit keys for short strings (term stems, language codes), so the hot loop compares primitives in small sorted
 * arrays instead of chasing HashMap nodes and String objects through memory.
 *
 * <p>FNV-1a over the UTF-16 chars. Two different strings could in theory share a key; with 64 bits and the few
 * hundred thousand distinct terms a district has, the chance is about 10⁻⁹, and the only effect would be a
 * slightly higher text score. Language codes and category codes never rely on it alone: the known language codes
 * are checked for collisions by a test (also with the low flag bits masked), and categories (a hard constraint)
 * are compared as strings.
 */
final class Keys {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Keys() {
    }

    static long of(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /** A key with its low {@code bits} bits cleared, leaving room for flags packed beside it. */
    static long masked(String s, int bits) {
        return of(s) & -(1L << bits);
    }

    /**
     * The one bit of a 64-bit signature (a one-hash Bloom filter) that stands for a key: chosen by the key's top six
     * bits, which FNV's multiplications mix well (the low bits are masked for flags anyway). A set of keys ORs its
     * bits; a key whose bit is missing from a set's signature is certainly not in the set.
     */
    static long signatureBit(long key) {
        return 1L << (key >>> 58);
    }

    /** Sorted, distinct keys of the strings. */
    static long[] sorted(Collection<String> strings) {
        long[] keys = new long[strings.size()];
        int i = 0;
        for (String s : strings) {
            keys[i++] = of(s);
        }
        Arrays.sort(keys);
        return distinct(keys);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** Whether a sorted key array holds the key: a linear scan for the usual handful, binary search beyond. */
    static boolean contains(long[] sorted, long key) {
        if (sorted.length <= 8) {
            for (long k : sorted) {
                if (k == key) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.binarySearch(sorted, key) >= 0;
    }
}
