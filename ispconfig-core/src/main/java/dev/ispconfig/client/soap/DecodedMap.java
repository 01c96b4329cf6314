package dev.ispconfig.client.soap;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A PHP associative array as the decoder reads it: string keys in their order, in two arrays and an open-addressing
 * index instead of one entry object per key. A record of 91 columns is a fraction of a {@code LinkedHashMap}'s
 * objects; a list of ten thousand records, the collector's work with them. Insertion-ordered and mutable like a
 * {@code LinkedHashMap} until {@link #freeze()}: then every change throws, which lets a {@code DataRecord} hold it
 * without a copy.
 */
public final class DecodedMap extends AbstractMap<String, @Nullable Object> {

    private static final int FIRST_CAPACITY = 16;

    private String[] keys;
    private @Nullable Object[] values;
    /** Positions + 1 by the key's hash; 0 is a free slot. Its length is a power of two above twice the size. */
    private int[] index;
    private int size;
    private int changes;
    private boolean frozen;

    public DecodedMap() {
        this(FIRST_CAPACITY);
    }

    /** @param expected how many entries to make room for at once */
    public DecodedMap(int expected) {
        int capacity = Math.max(4, expected);
        keys = new String[capacity];
        values = new Object[capacity];
        index = new int[tableSize(capacity)];
    }

    /** Makes this map unmodifiable from now on, for every holder of it; returns it. */
    public DecodedMap freeze() {
        frozen = true;
        return this;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String text && position(text) >= 0;
    }

    @Override
    public @Nullable Object get(Object key) {
        if (!(key instanceof String text)) {
            return null;
        }
        int at = position(text);
        return at < 0 ? null : values[at];
    }

    @Override
    public @Nullable Object put(String key, @Nullable Object value) {
        Objects.requireNonNull(key, "key");
        checkNotFrozen();
        int at = position(key);
        if (at >= 0) {
            Object old = values[at];
            values[at] = value;
            return old;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        if ((size + 1) * 2 > index.length) {
            index = new int[index.length * 2];
            for (int i = 0; i < size; i++) {
                insert(keys[i], i);
            }
        }
        keys[size] = key;
        values[size] = value;
        insert(key, size);
        size++;
        changes++;
        return null;
    }

    @Override
    public @Nullable Object remove(Object key) {
        if (!(key instanceof String text)) {
            return null;
        }
        checkNotFrozen();
        int at = position(text);
        if (at < 0) {
            return null;
        }
        Object old = values[at];
        removeAt(at);
        return old;
    }

    @Override
    public void clear() {
        checkNotFrozen();
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        Arrays.fill(index, 0);
        size = 0;
        changes++;
    }

    @Override
    public Set<Entry<String, @Nullable Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, @Nullable Object>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The position of {@code key}, or -1. */
    private int position(String key) {
        int mask = index.length - 1;
        for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int stored = index[slot];
            if (stored == 0) {
                return -1;
            }
            String candidate = keys[stored - 1];
            if (candidate == key || candidate.equals(key)) { // decoded keys are shared Strings: mostly identical
                return stored - 1;
            }
        }
    }

    private void insert(String key, int position) {
        int mask = index.length - 1;
        int slot = spread(key.hashCode()) & mask;
        while (index[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        index[slot] = position + 1;
    }

    private void removeAt(int at) {
        System.arraycopy(keys, at + 1, keys, at, size - at - 1);
        System.arraycopy(values, at + 1, values, at, size - at - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        Arrays.fill(index, 0); // rare: rebuild rather than repair the probe chains
        for (int i = 0; i < size; i++) {
            insert(keys[i], i);
        }
        changes++;
    }

    private void checkNotFrozen() {
        if (frozen) {
            throw new UnsupportedOperationException("this record is read-only");
        }
    }

    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }

    private static int tableSize(int capacity) {
        return Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
    }

    /** Entries made as the iteration reaches them; {@code setValue} writes through. */
    private final class Entries implements Iterator<Entry<String, @Nullable Object>> {

        private int next;
        private int last = -1;
        private int expectedChanges = changes;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Entry<String, @Nullable Object> next() {
            if (changes != expectedChanges) {
                throw new ConcurrentModificationException();
            }
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            int at = last;
            return new SimpleEntry<>(keys[at], values[at]) {
                private static final long serialVersionUID = 1L;

                @Override
                public Object setValue(Object value) {
                    checkNotFrozen();
                    values[at] = value;
                    return super.setValue(value);
                }
            };
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            checkNotFrozen();
            removeAt(last);
            next = last;
            last = -1;
            expectedChanges = changes;
        }
    }
}
