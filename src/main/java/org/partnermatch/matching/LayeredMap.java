package org.partnermatch.matching;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A snapshot's map made from the previous snapshot's by a few changes, without copying it: the previous map's entries
 * (the base, never changed) under a layer holding the entries put since and the keys removed since. The
 * {@link CandidateIndex} applies changes several times a second, each a handful of rows; a copy of a map of every
 * offering would cost 20,000 entries at that size every time, a layer costs what changed. When the layer outgrows
 * {@link #limit} (about four times the square root of the map's size) it is folded into a new base, so a read stays
 * at most two lookups and each change's share of the folding stays small.
 *
 * <p>Made by one thread ({@link #over}, then puts and removes) and then {@link #seal sealed}: read-only from then on,
 * and safe to hand to readers once published. Values are never null.
 */
final class LayeredMap<K, V> extends AbstractMap<K, V> {

    /** Bits of {@link #shadowed}: enough that a full layer marks about one base entry in eight. */
    private static final int SHADOW_BITS = 4096;

    private final Map<K, V> base;
    private final HashMap<K, V> puts;
    private final HashSet<K> removed;
    /**
     * A bit for each key put or removed since the base, by its hash: a base entry whose bit is clear is read as it is
     * when iterating, without looking in the layer (every open need is walked for each organization's
     * opportunities).
     */
    private final long[] shadowed;
    private int size;
    private boolean sealed;

    private LayeredMap(Map<K, V> base, HashMap<K, V> puts, HashSet<K> removed, long[] shadowed, int size) {
        this.base = base;
        this.puts = puts;
        this.removed = removed;
        this.shadowed = shadowed;
        this.size = size;
    }

    /**
     * A map to change that starts as {@code previous}, which must never change again (a published snapshot's map):
     * over its base and a copy of its layer when it is a sealed layered map, over it as it is otherwise.
     */
    static <K, V> LayeredMap<K, V> over(Map<K, V> previous) {
        if (previous instanceof LayeredMap<K, V> layered) {
            if (!layered.sealed) {
                throw new IllegalStateException("a layered map is built on only once it is sealed");
            }
            return new LayeredMap<>(layered.base, new HashMap<>(layered.puts), new HashSet<>(layered.removed),
                    layered.shadowed.clone(), layered.size);
        }
        return new LayeredMap<>(previous, new HashMap<>(), new HashSet<>(), new long[SHADOW_BITS / 64],
                previous.size());
    }

    /**
     * This map, read-only from now on; or, when its layer has grown past {@link #limit}, the same entries in a new
     * base under an empty layer (a later {@link #over} starts from it).
     */
    Map<K, V> seal() {
        sealed = true;
        if (puts.size() + removed.size() > limit(size)) {
            return sealedOver(new HashMap<>(this));
        }
        return this;
    }

    /**
     * {@code map} read-only, as a sealed layered map with an empty layer (its walks read the map's own entries); the
     * caller hands the map over and never changes it again.
     */
    static <K, V> Map<K, V> sealedOver(Map<K, V> map) {
        LayeredMap<K, V> sealed = new LayeredMap<>(map, new HashMap<>(), new HashSet<>(), new long[SHADOW_BITS / 64],
                map.size());
        sealed.sealed = true;
        return sealed;
    }

    /** The largest layer kept over a base for a map of {@code size} entries. */
    static int limit(int size) {
        return Math.max(64, (int) (4 * Math.sqrt(size)));
    }

    /** Entries put or removed since the base (tests). */
    int layerSize() {
        return puts.size() + removed.size();
    }

    @Override
    public V get(Object key) {
        V v = puts.get(key);
        if (v != null || removed.contains(key)) {
            return v;
        }
        return base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public V put(K key, V value) {
        writable();
        Objects.requireNonNull(value, "value");
        V old = get(key);
        puts.put(key, value);
        removed.remove(key);
        shadow(key);
        if (old == null) {
            size++;
        }
        return old;
    }

    @Override
    public V remove(Object key) {
        writable();
        V old = get(key);
        if (old == null) {
            return null;
        }
        puts.remove(key);
        if (base.containsKey(key)) {
            @SuppressWarnings("unchecked")
            K k = (K) key; // it is a key of the base, so a K
            removed.add(k);
            shadow(k);
        }
        size--;
        return old;
    }

    private void shadow(Object key) {
        int bit = bitOf(key);
        shadowed[bit >>> 6] |= 1L << bit;
    }

    /** Whether the base's entry for {@code key} is current: neither put nor removed since. */
    private boolean current(K key) {
        int bit = bitOf(key);
        return (shadowed[bit >>> 6] & (1L << bit)) == 0 || !puts.containsKey(key) && !removed.contains(key);
    }

    private static int bitOf(Object key) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (SHADOW_BITS - 1);
    }

    private void writable() {
        if (sealed) {
            throw new UnsupportedOperationException("a sealed layered map is read-only");
        }
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (puts.isEmpty() && removed.isEmpty()) {
            base.forEach(action);
            return;
        }
        base.forEach((k, v) -> {
            if (current(k)) {
                action.accept(k, v);
            }
        });
        puts.forEach(action);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Walk<Entry<K, V>>() {
                    @Override
                    Entry<K, V> of(Entry<K, V> e) {
                        return new SimpleImmutableEntry<>(e);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The values, read without making an entry for each (the base's own entries are read as they are). */
    @Override
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return new Walk<V>() {
                    @Override
                    V of(Entry<K, V> e) {
                        return e.getValue();
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The base's entries not put or removed since, then the layer's, each as {@link #of} gives it. */
    private abstract class Walk<T> implements Iterator<T> {
        private final Iterator<Entry<K, V>> fromBase = base.entrySet().iterator();
        private final Iterator<Entry<K, V>> fromLayer = puts.entrySet().iterator();
        private final boolean layered = !puts.isEmpty() || !removed.isEmpty();
        private Entry<K, V> next = advance();

        /** What the walk gives for an entry (never the entry itself: that would let a caller change the base). */
        abstract T of(Entry<K, V> e);

        private Entry<K, V> advance() {
            while (fromBase.hasNext()) {
                Entry<K, V> e = fromBase.next();
                if (!layered || current(e.getKey())) {
                    return e;
                }
            }
            return fromLayer.hasNext() ? fromLayer.next() : null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public T next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            T t = of(next);
            next = advance();
            return t;
        }
    }
}
