package dev.ispconfig.client.soap;

import java.nio.charset.StandardCharsets;

/**
 * The map keys of every answer this process reads (PHP array keys: the panel's column names, the same in every
 * record), so that a key costs no new String and keeps its hash code from one answer to the next. Keys only, never
 * values: nothing a record holds lingers here.
 *
 * <p>Two-way set-associative and lock-free: a key may sit in either of its two slots, and a miss fills the first if
 * empty or replaces the second, so colliding keys cost a String each, never a search. Threads may race on a slot; a String is immutable and compared byte by
 * byte before use, so a lost write costs a String, never a wrong key. Bounded: {@link #SLOTS} keys of at most
 * {@link #MAX_KEY} bytes.
 */
final class KeyCache {

    static final int MAX_KEY = 64;
    private static final int SLOTS = 4096;
    private static final String[] KEYS = new String[SLOTS];

    private KeyCache() {
    }

    /** The String for the ASCII bytes {@code b[from, to)}, whose {@link NameTable#hash} is {@code hash}. */
    static String get(byte[] b, int from, int to, int hash) {
        int length = to - from;
        if (length > MAX_KEY) {
            return new String(b, from, length, StandardCharsets.ISO_8859_1);
        }
        // Two slots per key: with a hundred keys in a record, some pair is likely to share one slot, and the two would
        // then push each other out at every record.
        int slot = (hash ^ hash >>> 16) & (SLOTS - 2);
        String first = KEYS[slot];
        if (first != null && first.length() == length && sameAscii(first, b, from)) {
            return first;
        }
        String second = KEYS[slot + 1];
        if (second != null && second.length() == length && sameAscii(second, b, from)) {
            return second;
        }
        String key = new String(b, from, length, StandardCharsets.ISO_8859_1);
        KEYS[first == null ? slot : slot + 1] = key;
        return key;
    }

    private static boolean sameAscii(String key, byte[] b, int from) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != b[from + i]) {
                return false;
            }
        }
        return true;
    }
}
