package dev.ispconfig.client.soap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Strings for the names and short attribute values of one document, keyed by their UTF-8 bytes, so that a name
 * repeated thousands of times ("item", "key", "xsd:string") costs one String. Bounded: past its size, or when a probe
 * runs long (colliding names), it hands out fresh Strings instead of growing or searching further.
 */
final class NameTable {

    /** Longest byte sequence shared; longer ones are rarely repeated. */
    static final int MAX_KEY = 128;

    private static final int MAX_SLOTS = 4096;
    private static final int MAX_PROBES = 8;

    /** Names and values every PHP SOAP message uses: shared by all documents, never changed after class init. */
    private static final NameTable COMMON = new NameTable(null, 256, "Envelope", "Header", "Body", "Fault",
            "faultcode", "faultstring", "faultactor", "detail", "return", "item", "key", "value", "xml", "xmlns",
            "SOAP-ENV", "SOAP-ENC", "xsd", "xsi", "ns1", "ns2", "type", "nil", "href", "arrayType", "encodingStyle",
            "true", "xsd:string", "xsd:int", "xsd:boolean", "xsd:float", "xsd:double", "xsd:long", "ns2:Map",
            "SOAP-ENC:Array", "SOAP-ENC:Struct", "xsd:ur-type[0]", SoapNames.ENVELOPE_NS, SoapNames.ENCODING_NS,
            SoapNames.XSD_NS, SoapNames.XSI_NS, SoapNames.APACHE_NS);

    /** Null for the common table itself. */
    private final @Nullable NameTable common;
    private byte[][] keys;
    private String[] values;
    private int[] hashes;
    private int count;

    /** A table for one document, falling back on the shared common names. */
    NameTable() {
        this(COMMON, 64);
    }

    private NameTable(@Nullable NameTable common, int slots, String... seeds) {
        this.common = common;
        keys = new byte[slots][];
        values = new String[slots];
        hashes = new int[slots];
        for (String seed : seeds) { // the seeds themselves, so that callers may compare them by identity first
            byte[] key = seed.getBytes(StandardCharsets.UTF_8);
            add(key, seed, hash(key, 0, key.length));
        }
    }

    /** The hash {@link #get} expects; callers that scan the bytes anyway compute it on the way. */
    static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h;
    }

    /** The String for {@code b[from, to)}, which must be valid UTF-8. */
    String get(byte[] b, int from, int to, int hash) {
        String found = find(b, from, to, hash);
        if (found != null) {
            return found;
        }
        // A common name is copied into this table on first use, so later lookups take one probe sequence, not two.
        String value = common != null ? common.find(b, from, to, hash) : null;
        if (value == null) {
            value = new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        if (to - from <= MAX_KEY) {
            add(Arrays.copyOfRange(b, from, to), value, hash);
        }
        return value;
    }

    private @Nullable String find(byte[] b, int from, int to, int hash) {
        int mask = keys.length - 1;
        int length = to - from;
        for (int probe = 0, i = mix(hash) & mask; probe < MAX_PROBES; probe++, i = (i + 1) & mask) {
            byte[] key = keys[i];
            if (key == null) {
                return null;
            }
            if (hashes[i] == hash && key.length == length && sameBytes(key, b, from)) {
                return values[i];
            }
        }
        return null;
    }

    /** Names are short: a plain loop beats the setup of a vectorised comparison. */
    private static boolean sameBytes(byte[] key, byte[] b, int from) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    private void add(byte[] key, String value, int hash) {
        if (2 * (count + 1) > keys.length) {
            if (keys.length >= MAX_SLOTS) {
                return; // full: hostile or unusual input gets plain Strings
            }
            grow();
        }
        insert(key, value, hash);
    }

    private boolean insert(byte[] key, String value, int hash) {
        int mask = keys.length - 1;
        for (int probe = 0, i = mix(hash) & mask; probe < MAX_PROBES; probe++, i = (i + 1) & mask) {
            if (keys[i] == null) {
                keys[i] = key;
                values[i] = value;
                hashes[i] = hash;
                count++;
                return true;
            }
        }
        return false; // a long run of collisions: not shared
    }

    private void grow() {
        byte[][] oldKeys = keys;
        String[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new byte[oldKeys.length * 2][];
        values = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        count = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldValues[i], oldHashes[i]);
            }
        }
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}
