package dev.ispconfig.client.soap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.NullUnmarked;

/**
 * A namespace-aware XML pull scanner over UTF-8 bytes: just what {@link SoapReader} needs, without the fixed setup
 * cost and per-event garbage of StAX.
 *
 * <p>It streams through its own buffer, which grows only to hold one tag (at most {@link SoapReader#MAX_TAG_BYTES}).
 * Text, CDATA sections and character references are coalesced into one {@link #CHARACTERS} event per run of text
 * (comments and processing instructions inside it are skipped). A DTD, any entity other than the five predefined ones,
 * an encoding other than UTF-8, and anything not well-formed end in an {@link XmlException}; an {@link IOException}
 * from the stream passes through unchanged.
 *
 * <p>Names, namespace URIs and short attribute values come from a per-document {@link NameTable}, so repeated ones
 * cost no new String; text becomes a String only when asked for.
 *
 * <p>Besides events, {@link #nextEntry} reads one PHP map entry whole when it is exactly as PHP writes it: most of an
 * answer, at less than half the cost.
 */
@NullUnmarked // buffers and event fields are null between events by design; fuzzed against StAX instead
final class XmlScanner {

    static final int START_ELEMENT = 1;
    static final int END_ELEMENT = 2;
    static final int CHARACTERS = 4;
    static final int END_DOCUMENT = 8;

    /** Deepest element nesting; the reader bounds values far lower, this bounds the scanner's own stack. */
    static final int MAX_ELEMENT_DEPTH = 1024;

    /** Namespace declarations in scope at once; each prefix lookup scans them. PHP declares six. */
    static final int MAX_NAMESPACES = 256;

    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

    private static final int PROLOG = 0;
    private static final int CONTENT = 1;
    private static final int EPILOG = 2;

    /** Attributes sorted to find duplicates past this many; fewer are compared pairwise. */
    private static final int PAIRWISE_ATTRIBUTES = 16;

    /** Longest entity or character reference read, "&#x10FFFF;" with some leading zeros. */
    private static final int MAX_REFERENCE = 32;

    private static final byte[] COMMENT = {'<', '!', '-', '-'};
    private static final byte[] CDATA = {'<', '!', '[', 'C', 'D', 'A', 'T', 'A', '['};
    private static final byte[] DOCTYPE = {'<', '!', 'D', 'O', 'C', 'T', 'Y', 'P', 'E'};
    private static final byte[] DECLARATION = {'<', '?', 'x', 'm', 'l'};

    private static final boolean[] NAME_START = new boolean[128];
    private static final boolean[] NAME_CHAR = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            NAME_START[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            NAME_CHAR[c] = NAME_START[c] || c >= '0' && c <= '9' || c == '-' || c == '.';
        }
    }

    /** Longest run of text held in one piece (2 GiB of chars); far past any sensible maximum response size. */
    private static final int MAX_TEXT_CHARS = 1 << 30;
    private static final int MAX_EMPTY_READS = 1000;

    /** Longest text looked up in the shared texts, and the number of slots for them. */
    private static final int SHARED_TEXT = 24;
    private static final int SHARED_TEXT_SLOTS = 512;

    private final InputStream in;
    private final NameTable names = new NameTable();

    private byte[] buf = new byte[8192];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private int state = PROLOG;

    // The current event.
    private String localName;
    private String namespaceUri;
    private char[] text = new char[512];
    private int textLength;
    private String[] sharedTexts;
    private boolean emptyPending;
    private boolean popPending;

    // Open elements.
    private String[] openPrefixes = new String[16];
    private String[] openLocals = new String[16];
    private String[] openUris = new String[16];
    private int[] openMarks = new int[16];
    private int depth;

    // Namespace declarations in scope; the default namespace is declared under the prefix "".
    private String[] nsPrefixes = new String[16];
    private String[] nsUris = new String[16];
    private int nsCount;
    /** Changes whenever a declaration enters or leaves the scope. */
    private int nsVersion;
    /** The scope version for which lookupPrefixes/lookupUris (compared by identity) hold. */
    private int lookupVersion = -1;
    private final String[] lookupPrefixes = new String[2];
    private final String[] lookupUris = new String[2];

    // Attributes of the current start tag; a plain value is a span of buf, another one a span of attributeChars.
    private String[] attributePrefixes = new String[8];
    private String[] attributeLocals = new String[8];
    private String[] attributeUris = new String[8];
    private int[] attributeStarts = new int[8];
    private int[] attributeEnds = new int[8];
    private boolean[] attributePlain = new boolean[8];
    private String[] attributeLastValues = new String[8];
    private int attributeCount;
    private char[] attributeChars = new char[64];
    private int attributeCharsLength;

    // Results of scanQName and decodeUtf8.
    private String qPrefix;
    private String qLocal;
    private int sequenceLength;

    XmlScanner(InputStream in) {
        this.in = in;
    }

    // --- the events ---------------------------------------------------------------------------------------------

    /** Moves to the next event: {@link #START_ELEMENT}, {@link #END_ELEMENT}, {@link #CHARACTERS}, or the end. */
    int next() throws IOException, XmlException {
        if (!started) {
            started = true;
            prolog();
        }
        if (popPending) {
            pop();
        }
        if (emptyPending) {
            emptyPending = false;
            popPending = true;
            return END_ELEMENT;
        }
        return state == CONTENT ? content() : outside();
    }

    /** Leaves the element whose end tag was the last event. */
    private void pop() {
        popPending = false;
        depth--;
        if (nsCount != openMarks[depth]) {
            nsCount = openMarks[depth];
            nsVersion++;
        }
        if (depth == 0) {
            state = EPILOG;
        }
    }

    /** The local name of the element at a start or end tag. */
    String getLocalName() {
        return localName;
    }

    /** The namespace of the element at a start or end tag, or null. */
    String getNamespaceURI() {
        return namespaceUri;
    }

    /** The namespace bound to {@code prefix} ("" for the default namespace) in the current scope, or null. */
    String getNamespaceURI(String prefix) {
        switch (prefix) {
            case "xml":
                return XML_NS;
            case "xmlns":
                return XMLNS_NS;
            default:
                return lookup(prefix);
        }
    }

    /**
     * The value of the current start tag's attribute {@code local} in {@code namespace} (null: no namespace), or null.
     */
    String getAttributeValue(String namespace, String local) {
        // Called three times per value: names and namespaces are mostly the very Strings asked for, so identity first.
        for (int i = 0; i < attributeCount; i++) {
            String name = attributeLocals[i];
            String uri = attributeUris[i];
            if ((name == local || name.length() == local.length() && name.equals(local))
                    && (uri == namespace || uri != null && uri.equals(namespace))) {
                return attributeValue(i);
            }
        }
        return null;
    }

    /** Changes whenever a namespace declaration enters or leaves the scope: resolutions made before still hold. */
    int scopeVersion() {
        return nsVersion;
    }

    /**
     * The text of a {@link #CHARACTERS} event. A short text is shared with an equal one read before in this document
     * when it is still in a small direct-mapped cache: map keys and flags ("y", "n", "0") repeat in every record.
     */
    String getText() {
        int n = textLength;
        if (n > SHARED_TEXT) {
            return new String(text, 0, n);
        }
        if (sharedTexts == null) {
            sharedTexts = new String[SHARED_TEXT_SLOTS];
        }
        char[] t = text;
        int hash = 0; // NameTable.hash over chars: the same slot as the same ASCII text read by sharedText
        for (int i = 0; i < n; i++) {
            hash = 31 * hash + t[i];
        }
        int slot = sharedSlot(hash);
        String shared = sharedTexts[slot];
        if (shared != null && shared.length() == n) {
            int i = 0;
            while (i < n && shared.charAt(i) == t[i]) {
                i++;
            }
            if (i == n) {
                return shared;
            }
        }
        shared = new String(t, 0, n);
        sharedTexts[slot] = shared; // a miss replaces the slot: bounded, and no probing to attack
        return shared;
    }

    /** Appends the text of a {@link #CHARACTERS} event without making a String of it first. */
    void appendText(StringBuilder out) {
        out.append(text, 0, textLength);
    }

    // --- PHP's map entries, whole --------------------------------------------------------------------------------

    private static final byte[] ITEM_KEY = ascii("<item><key ");
    private static final byte[] TYPE = ascii(":type=\"");
    private static final byte[] TYPE_END = ascii("\">");
    private static final byte[] KEY_VALUE = ascii("</key><value ");
    private static final byte[] NIL_ITEM = ascii(":nil=\"true\"/></item>");
    private static final byte[] VALUE_ITEM = ascii("</value></item>");

    // The entry read by the last nextEntry() that returned true.
    private String entryKeyType;
    private String entryKey;
    private String entryValueType;
    private String entryValue;

    /** The prefix bound to the XSI namespace, found for the scope version xsiVersion; null if none is. */
    private String xsiPrefix;
    private int xsiVersion = -1;

    /**
     * Reads one whole map entry as PHP writes it, if that is what comes next: {@code <item><key xsi:type="T">k</key>
     * <value xsi:type="T">v</value></item>} or with {@code <value xsi:nil="true"/>}, nothing between the tags, all of
     * it in the buffer, the text plain ASCII (no reference, CR, control character or {@code ]}) and the types plain
     * ASCII (a type up to {@link NameTable#MAX_KEY} bytes). Returns false and consumes no input otherwise (it may have
     * left the element whose end tag was the last event, as {@link #next} would first): the caller then reads the entry
     * event by event, to the same result. To be called inside a map, where its next child's start tag would be the next
     * event. After true, the next event is what follows the entry; the name, namespace and attributes of the last event
     * are not the entry's.
     *
     * <p>Why: those six tags and six events are nearly all of a PHP answer (a web domain record is 91 entries), and
     * matched as one template they cost less than half of reading them one by one.
     */
    boolean nextEntry() {
        // The entry's <item> and <key> take two more levels (counted before a pending pop: one too careful at most).
        if (emptyPending || depth + 2 > MAX_ELEMENT_DEPTH) {
            return false;
        }
        if (popPending) {
            pop(); // what next() would do first; the state is the same either way
        }
        String xsi = xsiPrefix();
        if (state != CONTENT || xsi == null) {
            return false;
        }
        byte[] b = buf;
        int p = expect(pos, ITEM_KEY);
        p = expect(matchAscii(p, xsi), TYPE);
        int keyTypeStart = p;
        p = attributeEnd(p);
        int keyTypeEnd = p;
        p = expect(p, TYPE_END);
        int keyStart = p;
        p = textEnd(p);
        int keyEnd = p;
        p = matchAscii(expect(p, KEY_VALUE), xsi);
        int valueTypeStart = expect(p, TYPE);
        int valueTypeEnd = -1;
        int valueStart = -1;
        int valueEnd = -1;
        int end;
        if (valueTypeStart < 0) {
            end = expect(p, NIL_ITEM);
        } else {
            valueTypeEnd = attributeEnd(valueTypeStart);
            valueStart = expect(valueTypeEnd, TYPE_END);
            valueEnd = textEnd(valueStart);
            end = expect(valueEnd, VALUE_ITEM);
        }
        if (end < 0) {
            return false;
        }
        entryKeyType = attributeText(b, keyTypeStart, keyTypeEnd, entryKeyType);
        entryKey = KeyCache.get(b, keyStart, keyEnd, NameTable.hash(b, keyStart, keyEnd));
        if (valueTypeEnd < 0) {
            entryValueType = null;
            entryValue = null;
        } else {
            entryValueType = attributeText(b, valueTypeStart, valueTypeEnd, entryValueType);
            entryValue = sharedText(b, valueStart, valueEnd);
        }
        pos = end;
        return true;
    }

    /** The {@code xsi:type} of the entry's key. */
    String entryKeyType() {
        return entryKeyType;
    }

    /** The text of the entry's key. */
    String entryKey() {
        return entryKey;
    }

    /** The {@code xsi:type} of the entry's value, or null if it was {@code xsi:nil}. */
    String entryValueType() {
        return entryValueType;
    }

    /** The text of the entry's value, or null if it was {@code xsi:nil}. */
    String entryValue() {
        return entryValue;
    }

    private String xsiPrefix() {
        if (xsiVersion != nsVersion) {
            xsiVersion = nsVersion;
            xsiPrefix = null;
            for (int i = nsCount - 1; i >= 0; i--) {
                String prefix = nsPrefixes[i];
                // The innermost declaration of a prefix wins: it must be this one.
                if (!prefix.isEmpty() && SoapNames.XSI_NS.equals(nsUris[i])
                        && SoapNames.XSI_NS.equals(lookup(prefix))) {
                    xsiPrefix = prefix;
                    break;
                }
            }
        }
        return xsiPrefix;
    }

    /** {@code p + s.length} if the buffer holds {@code s} at {@code p} (which may be -1: no match before), else -1. */
    private int expect(int p, byte[] s) {
        if (p < 0 || p + s.length > limit) {
            return -1;
        }
        byte[] b = buf;
        for (int i = 0; i < s.length; i++) {
            if (b[p + i] != s[i]) {
                return -1;
            }
        }
        return p + s.length;
    }

    /** The index of the closing {@code "} of a plain ASCII attribute value starting at {@code p}, or -1. */
    private int attributeEnd(int p) {
        if (p < 0) {
            return -1;
        }
        byte[] b = buf;
        int end = Math.min(limit, p + NameTable.MAX_KEY);
        for (int i = p; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c < 0x20 || c == '<' || c == '&') {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the {@code <} after plain ASCII text starting at {@code p}, or -1. */
    private int textEnd(int p) {
        if (p < 0) {
            return -1;
        }
        byte[] b = buf;
        int end = limit;
        for (int i = p; i < end; i++) {
            byte c = b[i];
            if (c == '<') {
                return i;
            }
            if (c < 0x20 ? c != '\n' && c != '\t' : c == '&' || c == ']') {
                return -1; // CR, control characters, non-ASCII (negative), references, a possible "]]>"
            }
        }
        return -1;
    }

    /** A type attribute's value: most likely the same as the last one, else from the name table. */
    private String attributeText(byte[] b, int from, int to, String last) {
        if (last != null && last.length() == to - from && matchAscii(from, last) == to) {
            return last;
        }
        return names.get(b, from, to, NameTable.hash(b, from, to));
    }

    /** Plain ASCII text as a String, shared like {@link #getText} when short. */
    private String sharedText(byte[] b, int from, int to) {
        int n = to - from;
        if (n > SHARED_TEXT) {
            return new String(b, from, n, StandardCharsets.ISO_8859_1);
        }
        if (sharedTexts == null) {
            sharedTexts = new String[SHARED_TEXT_SLOTS];
        }
        int slot = sharedSlot(NameTable.hash(b, from, to));
        String shared = sharedTexts[slot];
        if (shared != null && shared.length() == n && matchAscii(from, shared) == to) {
            return shared;
        }
        shared = new String(b, from, n, StandardCharsets.ISO_8859_1);
        sharedTexts[slot] = shared;
        return shared;
    }

    private static int sharedSlot(int hash) {
        return (hash ^ hash >>> 12) & (SHARED_TEXT_SLOTS - 1);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Lets go of the buffers; the stream is the caller's to close. */
    void close() {
        buf = null;
        text = null;
    }

    // --- outside the root element -----------------------------------------------------------------------------

    /** An optional UTF-8 byte order mark, then an optional XML declaration. */
    private void prolog() throws IOException, XmlException {
        ensure(4);
        int available = limit - pos;
        if (available >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        } else if (available >= 2 && ((buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF
                || (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE)) {
            throw new XmlException("UTF-16 is not supported, only UTF-8");
        } else if (available >= 4 && buf[0] == 0 && buf[1] == 0) {
            throw new XmlException("UTF-32 is not supported, only UTF-8");
        }
        if (lookingAt(DECLARATION) && ensure(DECLARATION.length + 1) && isSpace(buf[pos + DECLARATION.length])) {
            declaration();
        }
    }

    /** {@code <?xml version="1.0" encoding="UTF-8"?>}: only the encoding matters, and it must be UTF-8. */
    private void declaration() throws IOException, XmlException {
        int end = tagEnd();
        if (buf[end - 1] != '?') {
            throw new XmlException("malformed XML declaration");
        }
        int p = pos + DECLARATION.length;
        int last = end - 1;
        int step = 0; // version (1), then encoding (2), then standalone (3): each at most once, in this order
        while (true) {
            int space = p;
            while (p < last && isSpace(buf[p])) {
                p++;
            }
            if (p == last) {
                break;
            }
            if (p == space) {
                throw new XmlException("malformed XML declaration");
            }
            int nameStart = p;
            while (p < last && buf[p] >= 'a' && buf[p] <= 'z') {
                p++;
            }
            int nameEnd = p;
            while (p < last && isSpace(buf[p])) {
                p++;
            }
            if (p == last || buf[p] != '=') {
                throw new XmlException("malformed XML declaration");
            }
            p++;
            while (p < last && isSpace(buf[p])) {
                p++;
            }
            if (p == last || buf[p] != '"' && buf[p] != '\'') {
                throw new XmlException("malformed XML declaration");
            }
            byte quote = buf[p++];
            int valueStart = p;
            while (p < last && buf[p] != quote) {
                if (buf[p] < 0x20) {
                    throw new XmlException("malformed XML declaration");
                }
                p++;
            }
            if (p == last) {
                throw new XmlException("malformed XML declaration");
            }
            int valueEnd = p++;
            if (asciiEquals(nameStart, nameEnd, "version") && step == 0) {
                if (!isVersion(valueStart, valueEnd)) {
                    throw new XmlException("malformed XML declaration");
                }
                step = 1;
            } else if (asciiEquals(nameStart, nameEnd, "encoding") && step == 1) {
                if (!asciiEqualsIgnoreCase(valueStart, valueEnd, "UTF-8")
                        && !asciiEqualsIgnoreCase(valueStart, valueEnd, "US-ASCII")) {
                    throw new XmlException("the encoding \"" + shorten(new String(buf, valueStart,
                            valueEnd - valueStart, StandardCharsets.ISO_8859_1)) + "\" is not supported, only UTF-8");
                }
                step = 2;
            } else if (asciiEquals(nameStart, nameEnd, "standalone") && (step == 1 || step == 2)
                    && (asciiEquals(valueStart, valueEnd, "yes") || asciiEquals(valueStart, valueEnd, "no"))) {
                step = 3;
            } else {
                throw new XmlException("malformed XML declaration");
            }
        }
        if (step == 0) {
            throw new XmlException("malformed XML declaration");
        }
        pos = end + 1;
    }

    private boolean asciiEquals(int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (buf[i] != s.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    private boolean asciiEqualsIgnoreCase(int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.toUpperCase((char) buf[i]) != s.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    /** "1." and digits: XML 1.0 readers take any 1.x document as 1.0. */
    private boolean isVersion(int from, int to) {
        if (to - from < 3 || buf[from] != '1' || buf[from + 1] != '.') {
            return false;
        }
        for (int i = from + 2; i < to; i++) {
            if (buf[i] < '0' || buf[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** Before or after the root element: whitespace, comments and processing instructions only. */
    private int outside() throws IOException, XmlException {
        while (true) {
            if (pos >= limit && !fill()) {
                return END_DOCUMENT;
            }
            byte c = buf[pos];
            if (isSpace(c)) {
                pos++;
                continue;
            }
            if (c != '<') {
                throw new XmlException(state == PROLOG ? "content is not allowed before the root element"
                        : "content is not allowed after the root element");
            }
            if (!ensure(2)) {
                throw unexpectedEnd();
            }
            byte d = buf[pos + 1];
            if (d == '?') {
                skipProcessingInstruction();
            } else if (d == '!') {
                if (lookingAt(COMMENT)) {
                    skipComment();
                } else {
                    throw lookingAt(DOCTYPE) ? dtd() : new XmlException("markup not allowed outside the root element");
                }
            } else if (state == EPILOG) {
                throw new XmlException("more than one root element");
            } else if (d == '/') {
                throw new XmlException("end tag without a start tag");
            } else {
                state = CONTENT;
                startTag();
                return START_ELEMENT;
            }
        }
    }

    // --- inside the root element ------------------------------------------------------------------------------

    private int content() throws IOException, XmlException {
        textLength = 0;
        while (true) {
            if (pos >= limit && !fill()) {
                throw unexpectedEnd();
            }
            if (buf[pos] != '<') {
                readText();
                continue;
            }
            if (!ensure(2)) {
                throw unexpectedEnd();
            }
            byte d = buf[pos + 1];
            if (d == '!') {
                if (lookingAt(COMMENT)) {
                    skipComment();
                } else if (lookingAt(CDATA)) {
                    readCdata();
                } else {
                    throw lookingAt(DOCTYPE) ? dtd() : new XmlException("markup not allowed in content");
                }
            } else if (d == '?') {
                skipProcessingInstruction();
            } else if (textLength > 0) {
                return CHARACTERS;
            } else if (d == '/') {
                endTag();
                return END_ELEMENT;
            } else {
                startTag();
                return START_ELEMENT;
            }
        }
    }

    /** Character data up to the next {@code <} or the end of input, appended to the text. */
    private void readText() throws IOException, XmlException {
        while (true) {
            int p = pos;
            // No byte makes more than one char (a 4-byte sequence makes two): decode as many bytes as there is room
            // for chars, so the text buffer grows with the text, not with the input buffer.
            if (text.length - textLength < 64) {
                ensureTextCapacity(text.length);
            }
            int end = Math.min(limit, p + text.length - textLength);
            byte[] b = buf;
            char[] t = text;
            int n = textLength;
            while (p < end) {
                byte c = b[p];
                if (c >= 0x20 && c != '<' && c != '&' && c != ']') {
                    t[n++] = (char) c;
                    p++;
                } else if (c == '\n' || c == '\t') {
                    t[n++] = (char) c;
                    p++;
                } else if (c < 0) {
                    int length = utf8Length(c);
                    if (p + length > end) {
                        break; // a sequence across the end of the buffer
                    }
                    int cp = decodeUtf8(b, p);
                    p += length;
                    n = appendCodePoint(t, n, cp);
                } else {
                    break; // '<', '&', ']', CR, or a control character
                }
            }
            pos = p;
            textLength = n;
            if (p == end) {
                if (end == limit && !fill()) {
                    return;
                }
                continue;
            }
            byte c = b[p];
            if (c == '<') {
                return;
            }
            if (c == '&') {
                appendCodePoint(reference(true));
            } else if (c == ']') {
                if (ensure(3) && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                    throw new XmlException("\"]]>\" is not allowed in text");
                }
                pos++;
                appendCodePoint(']');
            } else if (c == '\r') {
                pos++;
                if ((pos < limit || fill()) && buf[pos] == '\n') {
                    pos++;
                }
                appendCodePoint('\n');
            } else if (c < 0) {
                if (!ensure(utf8Length(c))) {
                    throw unexpectedEnd();
                }
                appendCodePoint(decodeUtf8(buf, pos));
                pos += sequenceLength;
            } else {
                throw notAllowed(c);
            }
        }
    }

    /** {@code <![CDATA[…]]>}, appended to the text as it is. */
    private void readCdata() throws IOException, XmlException {
        pos += CDATA.length;
        while (true) {
            if (pos >= limit && !fill()) {
                throw unexpectedEnd();
            }
            byte c = buf[pos];
            if (c == ']' && ensure(3) && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                pos += 3;
                return;
            }
            int cp = readChar();
            if (cp == '\r') {
                if ((pos < limit || fill()) && buf[pos] == '\n') {
                    pos++;
                }
                cp = '\n';
            }
            appendCodePoint(cp);
        }
    }

    private void skipComment() throws IOException, XmlException {
        pos += COMMENT.length;
        while (true) {
            if (pos >= limit && !fill()) {
                throw unexpectedEnd();
            }
            if (buf[pos] == '-' && ensure(2) && buf[pos + 1] == '-') {
                if (!ensure(3)) {
                    throw unexpectedEnd();
                }
                if (buf[pos + 2] != '>') {
                    throw new XmlException("\"--\" is not allowed in a comment");
                }
                pos += 3;
                return;
            }
            readChar();
        }
    }

    private void skipProcessingInstruction() throws IOException, XmlException {
        // The target is scanned at an offset from pos, so a refill (which keeps the bytes from pos on) cannot lose it.
        int i = 2;
        while (true) {
            if (pos + i >= limit && !fill()) {
                throw unexpectedEnd();
            }
            byte c = buf[pos + i];
            if (c < 0 || !NAME_CHAR[c] && c != ':') {
                break;
            }
            if (++i > SoapReader.MAX_TAG_BYTES) {
                throw tagTooLong();
            }
        }
        int length = i - 2;
        if (length == 0 || !NAME_START[buf[pos + 2]]) {
            throw new XmlException("processing instruction without a target");
        }
        if (length == 3 && (buf[pos + 2] | 0x20) == 'x' && (buf[pos + 3] | 0x20) == 'm'
                && (buf[pos + 4] | 0x20) == 'l') {
            throw new XmlException("an XML declaration is only allowed at the start of the document");
        }
        pos += i;
        if (buf[pos] == '?') { // no data: "?>" must follow the target at once
            if (!ensure(2)) {
                throw unexpectedEnd();
            }
            if (buf[pos + 1] != '>') {
                throw new XmlException("malformed processing instruction");
            }
            pos += 2;
            return;
        }
        if (!isSpace(buf[pos])) {
            throw new XmlException("malformed processing instruction");
        }
        while (true) {
            if (pos >= limit && !fill()) {
                throw unexpectedEnd();
            }
            if (buf[pos] == '?' && ensure(2) && buf[pos + 1] == '>') {
                pos += 2;
                return;
            }
            readChar();
        }
    }

    /** One character, validated, from the buffer (refilled as needed); for the rarely used sections. */
    private int readChar() throws IOException, XmlException {
        byte c = buf[pos];
        if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            pos++;
            return c;
        }
        if (c >= 0) {
            throw notAllowed(c);
        }
        if (!ensure(utf8Length(c))) {
            throw unexpectedEnd();
        }
        int cp = decodeUtf8(buf, pos);
        pos += sequenceLength;
        return cp;
    }

    // --- tags ---------------------------------------------------------------------------------------------------

    /**
     * Makes the whole tag at {@code pos} (its {@code <}) available in the buffer and returns the index of its
     * {@code >}, outside quotes. Refuses a tag longer than {@link SoapReader#MAX_TAG_BYTES} as soon as it gets there.
     */
    private int tagEnd() throws IOException, XmlException {
        int scanned = 1;
        byte quote = 0;
        while (true) {
            byte[] b = buf;
            int end = limit;
            for (int i = pos + scanned; i < end; i++) {
                byte c = b[i];
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '>') {
                    if (i - pos - 1 > SoapReader.MAX_TAG_BYTES) {
                        throw tagTooLong();
                    }
                    return i;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                }
            }
            scanned = end - pos;
            if (scanned - 1 > SoapReader.MAX_TAG_BYTES) {
                throw tagTooLong();
            }
            if (!fill()) {
                throw unexpectedEnd();
            }
        }
    }

    /**
     * The start tag at {@code pos}. Parsed straight from the buffer when it is all there (almost always); only when
     * the buffer ends inside it (or it is malformed) is it located with {@link #tagEnd} and parsed again, so a normal
     * tag is read once, not twice.
     */
    private void startTag() throws IOException, XmlException {
        int mark = nsCount;
        try {
            if (parseStartTag(limit, mark)) {
                return;
            }
        } catch (XmlException e) {
            // Perhaps only cut by the end of the buffer: the definitive parse below tells.
        }
        if (nsCount != mark) {
            nsCount = mark;
            nsVersion++;
        }
        int end = tagEnd();
        if (!parseStartTag(end + 1, mark)) {
            throw new XmlException("malformed start tag");
        }
    }

    /** Parses the start tag at {@code pos} if it ends before {@code bound}; false if it does not. */
    private boolean parseStartTag(int bound, int mark) throws XmlException {
        byte[] b = buf;
        // Siblings repeat names (item, item, …): the element that last stood at this depth left its name behind.
        int p = depth < openLocals.length && openLocals[depth] != null
                ? matchName(pos + 1, openPrefixes[depth], openLocals[depth]) : -1;
        String prefix;
        String local;
        if (p >= 0) {
            prefix = openPrefixes[depth];
            local = openLocals[depth];
        } else {
            p = scanQName(pos + 1, bound);
            prefix = qPrefix;
            local = qLocal;
        }
        attributeCount = 0;
        attributeCharsLength = 0;
        boolean empty = false;
        while (true) {
            if (p >= bound) {
                return false;
            }
            byte c = b[p];
            if (c == '>') {
                break;
            }
            if (c == '/') {
                if (p + 1 >= bound) {
                    return false;
                }
                if (b[p + 1] != '>') {
                    throw new XmlException("malformed start tag <" + local + ">");
                }
                empty = true;
                p++;
                break;
            }
            if (!isSpace(c)) {
                throw new XmlException("malformed start tag <" + local + ">");
            }
            while (p < bound && isSpace(b[p])) {
                p++;
            }
            if (p < bound && b[p] != '>' && b[p] != '/') {
                p = attribute(p, bound);
            }
        }
        if (p - pos - 1 > SoapReader.MAX_TAG_BYTES) {
            throw tagTooLong();
        }
        if (depth == MAX_ELEMENT_DEPTH) {
            throw new XmlException("elements nested deeper than " + MAX_ELEMENT_DEPTH + " levels");
        }
        declareNamespaces();
        String uri = prefix == null ? lookup("") : resolve(prefix);
        resolveAttributes();
        push(prefix, local, uri, mark);
        localName = local;
        namespaceUri = uri;
        emptyPending = empty;
        pos = p + 1;
        return true;
    }

    /** One {@code name="value"} at {@code p}; returns the index after its closing quote. */
    private int attribute(int p, int end) throws XmlException {
        byte[] b = buf;
        int i = attributeCount;
        if (i == attributeLocals.length) {
            growAttributes();
        }
        // Like element names: the previous tag's attribute in this place most likely had the same name (xsi:type).
        int matched = attributeLocals[i] != null ? matchName(p, attributePrefixes[i], attributeLocals[i]) : -1;
        String prefix;
        String local;
        if (matched >= 0) {
            p = matched;
            prefix = attributePrefixes[i];
            local = attributeLocals[i];
        } else {
            p = scanQName(p, end);
            prefix = qPrefix;
            local = qLocal;
        }
        while (p < end && isSpace(b[p])) {
            p++;
        }
        if (p == end || b[p] != '=') {
            throw new XmlException("attribute " + local + " without a value");
        }
        p++;
        while (p < end && isSpace(b[p])) {
            p++;
        }
        if (p == end || b[p] != '"' && b[p] != '\'') {
            throw new XmlException("attribute " + local + " without a quoted value");
        }
        byte quote = b[p++];
        int start = p;
        while (p < end) {
            byte c = b[p];
            if (c == quote || c < 0x20 || c == '<' || c == '&') {
                break;
            }
            p++;
        }
        attributePrefixes[i] = prefix;
        attributeLocals[i] = local;
        if (p < end && b[p] == quote) {
            attributePlain[i] = true; // ASCII without references or whitespace to normalise: a span of buf
            attributeStarts[i] = start;
            attributeEnds[i] = p;
        } else {
            attributePlain[i] = false;
            attributeStarts[i] = attributeCharsLength;
            p = decodeAttribute(start, end, quote);
            attributeEnds[i] = attributeCharsLength;
        }
        attributeCount++;
        return p + 1;
    }

    /** An attribute value with references, whitespace or non-ASCII, decoded into attributeChars. */
    private int decodeAttribute(int p, int end, byte quote) throws XmlException {
        byte[] b = buf;
        while (true) {
            if (p >= end) {
                throw new XmlException("unterminated attribute value");
            }
            if (attributeChars.length - attributeCharsLength < 2) {
                attributeChars = Arrays.copyOf(attributeChars, attributeChars.length * 2);
            }
            byte c = b[p];
            if (c == quote) {
                return p;
            }
            int cp;
            if (c == '<') {
                throw new XmlException("'<' is not allowed in an attribute value");
            } else if (c == '&') {
                cp = reference(b, p, Math.min(end, p + MAX_REFERENCE), false);
                p += sequenceLength;
            } else if (c == '\r') {
                cp = ' ';
                p += p + 1 < end && b[p + 1] == '\n' ? 2 : 1;
            } else if (c == '\n' || c == '\t') {
                cp = ' ';
                p++;
            } else if (c >= 0x20) {
                cp = c;
                p++;
            } else if (c >= 0) {
                throw notAllowed(c);
            } else {
                if (p + utf8Length(c) > end) {
                    throw new XmlException("invalid UTF-8");
                }
                cp = decodeUtf8(b, p);
                p += sequenceLength;
            }
            attributeCharsLength = appendCodePoint(attributeChars, attributeCharsLength, cp);
        }
    }

    private String attributeValue(int i) {
        int start = attributeStarts[i];
        int end = attributeEnds[i];
        if (!attributePlain[i]) {
            return new String(attributeChars, start, end - start);
        }
        if (end - start > NameTable.MAX_KEY) {
            return new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
        }
        // The value last read in this place ("xsd:string" again) is checked before hashing for the name table.
        String last = attributeLastValues[i];
        if (last != null && last.length() == end - start && matchAscii(start, last) == end) {
            return last;
        }
        last = names.get(buf, start, end, NameTable.hash(buf, start, end));
        attributeLastValues[i] = last;
        return last;
    }

    private void declareNamespaces() throws XmlException {
        for (int i = 0; i < attributeCount; i++) {
            String prefix = attributePrefixes[i];
            String local = attributeLocals[i];
            if (prefix == null && "xmlns".equals(local)) {
                String uri = attributeValue(i);
                if (uri.equals(XML_NS) || uri.equals(XMLNS_NS)) {
                    throw new XmlException("the namespace " + uri + " cannot be the default namespace");
                }
                declare("", uri.isEmpty() ? null : uri);
            } else if ("xmlns".equals(prefix)) {
                String uri = attributeValue(i);
                if (local.equals("xmlns")) {
                    throw new XmlException("the prefix xmlns cannot be declared");
                }
                if (local.equals("xml") != uri.equals(XML_NS) || uri.equals(XMLNS_NS)) {
                    throw new XmlException("the prefix xml is bound to " + XML_NS + " only");
                }
                if (uri.isEmpty()) {
                    throw new XmlException("the prefix " + local + " is bound to an empty namespace");
                }
                declare(local, uri);
            }
        }
    }

    private void declare(String prefix, String uri) throws XmlException {
        if (nsCount == MAX_NAMESPACES) {
            throw new XmlException("more than " + MAX_NAMESPACES + " namespace declarations in scope");
        }
        if (nsCount == nsPrefixes.length) {
            nsPrefixes = Arrays.copyOf(nsPrefixes, nsCount * 2);
            nsUris = Arrays.copyOf(nsUris, nsCount * 2);
        }
        nsPrefixes[nsCount] = prefix;
        nsUris[nsCount] = uri;
        nsCount++;
        nsVersion++;
    }

    /** The URI bound to prefix (not xml, xmlns), or null; the innermost declaration wins. */
    private String lookup(String prefix) {
        // Every element looks up its prefix and every value its xsi:type prefix, while the scope rarely changes:
        // remember the last two answers until it does.
        if (lookupVersion == nsVersion) {
            if (prefix == lookupPrefixes[0]) {
                return lookupUris[0];
            }
            if (prefix == lookupPrefixes[1]) {
                return lookupUris[1];
            }
        } else {
            lookupVersion = nsVersion;
            lookupPrefixes[0] = null;
            lookupPrefixes[1] = null;
        }
        String uri = null;
        for (int i = nsCount - 1; i >= 0; i--) {
            String declared = nsPrefixes[i];
            if (declared == prefix || declared.equals(prefix)) {
                uri = nsUris[i];
                break;
            }
        }
        lookupPrefixes[1] = lookupPrefixes[0];
        lookupUris[1] = lookupUris[0];
        lookupPrefixes[0] = prefix;
        lookupUris[0] = uri;
        return uri;
    }

    private String resolve(String prefix) throws XmlException {
        String uri = getNamespaceURI(prefix);
        if (uri == null || uri == XMLNS_NS) {
            throw new XmlException("the prefix " + prefix + " is not bound to a namespace");
        }
        return uri;
    }

    private void resolveAttributes() throws XmlException {
        for (int i = 0; i < attributeCount; i++) {
            String prefix = attributePrefixes[i];
            if (prefix == null) {
                attributeUris[i] = "xmlns".equals(attributeLocals[i]) ? XMLNS_NS : null;
            } else if ("xmlns".equals(prefix)) {
                attributeUris[i] = XMLNS_NS;
            } else {
                attributeUris[i] = resolve(prefix);
            }
        }
        if (attributeCount <= PAIRWISE_ATTRIBUTES) {
            for (int i = 1; i < attributeCount; i++) {
                for (int j = 0; j < i; j++) {
                    if (sameName(i, j)) {
                        throw duplicate(i);
                    }
                }
            }
        } else {
            // Sorted, not hashed: colliding names chosen by an attacker cannot make this quadratic.
            Integer[] order = new Integer[attributeCount];
            for (int i = 0; i < attributeCount; i++) {
                order[i] = i;
            }
            Comparator<Integer> byName = Comparator.comparing((Integer i) -> attributeLocals[i])
                    .thenComparing(i -> attributeUris[i], Comparator.nullsFirst(Comparator.naturalOrder()));
            Arrays.sort(order, byName);
            for (int k = 1; k < attributeCount; k++) {
                if (sameName(order[k], order[k - 1])) {
                    throw duplicate(order[k]);
                }
            }
        }
    }

    private boolean sameName(int i, int j) {
        return attributeLocals[i].equals(attributeLocals[j]) && Objects.equals(attributeUris[i], attributeUris[j]);
    }

    private XmlException duplicate(int i) {
        return new XmlException("attribute " + shorten(attributeLocals[i]) + " appears twice in a tag");
    }

    private void push(String prefix, String local, String uri, int mark) {
        if (depth == openLocals.length) {
            int size = depth * 2;
            openPrefixes = Arrays.copyOf(openPrefixes, size);
            openLocals = Arrays.copyOf(openLocals, size);
            openUris = Arrays.copyOf(openUris, size);
            openMarks = Arrays.copyOf(openMarks, size);
        }
        openPrefixes[depth] = prefix;
        openLocals[depth] = local;
        openUris[depth] = uri;
        openMarks[depth] = mark;
        depth++;
    }

    /** The end tag at {@code pos}; like {@link #startTag}, read from the buffer directly when it is all there. */
    private void endTag() throws IOException, XmlException {
        int top = depth - 1;
        // Almost always </name> of the open element: compared as it stands, neither hashed nor looked up.
        int gt = matchName(pos + 2, openPrefixes[top], openLocals[top]);
        if (gt >= 0 && gt < limit && buf[gt] == '>') {
            localName = openLocals[top];
            namespaceUri = openUris[top];
            popPending = true;
            pos = gt + 1;
            return;
        }
        try {
            gt = endTagEnd(limit);
        } catch (XmlException e) {
            gt = -1; // perhaps only cut by the end of the buffer
        }
        if (gt < 0) {
            int end = tagEnd();
            gt = endTagEnd(end + 1);
            if (gt != end) {
                throw new XmlException("malformed end tag </" + qLocal + ">");
            }
        }
        if (!Objects.equals(qPrefix, openPrefixes[top]) || !qLocal.equals(openLocals[top])) {
            throw new XmlException("end tag </" + qualified(qPrefix, qLocal) + "> does not match start tag <"
                    + qualified(openPrefixes[top], openLocals[top]) + ">");
        }
        localName = openLocals[top];
        namespaceUri = openUris[top];
        popPending = true;
        pos = gt + 1;
    }

    /**
     * The index after {@code prefix:local} (or {@code local} without a prefix) if the buffer holds exactly that name
     * (ASCII only) at {@code p}, followed by a byte that cannot continue a name; else -1.
     */
    private int matchName(int p, String prefix, String local) {
        if (prefix != null) {
            p = matchAscii(p, prefix);
            if (p < 0 || p >= limit || buf[p] != ':') {
                return -1;
            }
            p++;
        }
        p = matchAscii(p, local);
        if (p < 0 || p >= limit) {
            return -1;
        }
        byte c = buf[p];
        return c < 0 || NAME_CHAR[c] || c == ':' ? -1 : p;
    }

    private int matchAscii(int p, String s) {
        int n = s.length();
        if (p < 0 || p + n > limit) {
            return -1;
        }
        byte[] b = buf;
        for (int i = 0; i < n; i++) {
            if (b[p + i] != s.charAt(i)) {
                return -1;
            }
        }
        return p + n;
    }

    /** The index of the {@code >} of the end tag at {@code pos} if it is before {@code bound}, else -1. */
    private int endTagEnd(int bound) throws XmlException {
        int p = scanQName(pos + 2, bound);
        while (p < bound && isSpace(buf[p])) {
            p++;
        }
        if (p >= bound || buf[p] != '>') {
            return -1;
        }
        if (p - pos - 1 > SoapReader.MAX_TAG_BYTES) {
            throw tagTooLong();
        }
        return p;
    }

    /**
     * A qualified name at {@code p} (before {@code end}) into qPrefix (null without one) and qLocal; returns the index
     * after it.
     */
    private int scanQName(int p, int end) throws XmlException {
        byte[] b = buf;
        int start = p;
        int colon = -1;
        int hash = 0;
        int prefixHash = 0;
        boolean first = true;
        while (p < end) {
            byte c = b[p];
            if (c >= 0) {
                if (c == ':') {
                    if (colon >= 0 || first) {
                        throw new XmlException("malformed name");
                    }
                    colon = p;
                    prefixHash = hash;
                    hash = 0;
                    first = true;
                    p++;
                    continue;
                }
                if (!(first ? NAME_START[c] : NAME_CHAR[c])) {
                    break;
                }
                hash = 31 * hash + c;
                p++;
            } else {
                if (utf8Length(c) > end - p) {
                    throw new XmlException("invalid UTF-8");
                }
                int cp = decodeUtf8(b, p);
                if (!(first ? isNameStart(cp) : isNameChar(cp))) {
                    break;
                }
                for (int k = 0; k < sequenceLength; k++) {
                    hash = 31 * hash + b[p + k];
                }
                p += sequenceLength;
            }
            first = false;
        }
        if (first) {
            throw new XmlException(p == start ? "a tag without a name" : "malformed name");
        }
        if (colon < 0) {
            qPrefix = null;
            qLocal = names.get(b, start, p, hash);
        } else {
            qPrefix = names.get(b, start, colon, prefixHash);
            qLocal = names.get(b, colon + 1, p, hash);
        }
        return p;
    }

    // --- references and characters ------------------------------------------------------------------------------

    /** A reference at {@code pos} in text, made available first; advances past it. */
    private int reference(boolean inText) throws IOException, XmlException {
        ensure(MAX_REFERENCE);
        int end = Math.min(limit, pos + MAX_REFERENCE);
        int cp = reference(buf, pos, end, inText);
        pos += sequenceLength;
        return cp;
    }

    /** The reference at {@code b[p]} ({@code &}), which must end before {@code end}; sets sequenceLength. */
    private int reference(byte[] b, int p, int end, boolean inText) throws XmlException {
        int semicolon = -1;
        int i = p + 1;
        for (; i < end; i++) {
            byte c = b[i];
            if (c == ';') {
                semicolon = i;
                break;
            }
            if (c < 0 || !NAME_CHAR[c] && c != '#') {
                break;
            }
        }
        if (semicolon < 0) {
            if (inText && i == limit && eof) {
                throw unexpectedEnd(); // cut inside the reference
            }
            throw new XmlException("malformed entity reference");
        }
        sequenceLength = semicolon + 1 - p;
        int from = p + 1;
        int length = semicolon - from;
        if (length > 1 && b[from] == '#') {
            int cp = 0;
            boolean hex = b[from + 1] == 'x';
            i = hex ? from + 2 : from + 1;
            if (i == semicolon) {
                throw new XmlException("malformed character reference");
            }
            for (; i < semicolon; i++) {
                int digit = Character.digit(b[i], hex ? 16 : 10);
                if (digit < 0) {
                    throw new XmlException("malformed character reference");
                }
                cp = cp * (hex ? 16 : 10) + digit;
                if (cp > Character.MAX_CODE_POINT) {
                    throw new XmlException("character reference beyond U+10FFFF");
                }
            }
            if (!isXmlChar(cp)) {
                throw new XmlException(String.format("character reference to U+%04X, not allowed in XML", cp));
            }
            return cp;
        }
        if (length == 2 && b[from + 1] == 't') {
            if (b[from] == 'l') {
                return '<';
            }
            if (b[from] == 'g') {
                return '>';
            }
        } else if (length == 3 && b[from] == 'a' && b[from + 1] == 'm' && b[from + 2] == 'p') {
            return '&';
        } else if (length == 4 && b[from] == 'q' && b[from + 1] == 'u' && b[from + 2] == 'o' && b[from + 3] == 't') {
            return '"';
        } else if (length == 4 && b[from] == 'a' && b[from + 1] == 'p' && b[from + 2] == 'o' && b[from + 3] == 's') {
            return '\'';
        }
        if (length > 0 && b[from] >= 0 && NAME_START[b[from]]) {
            throw new XmlException("entity references are not allowed");
        }
        throw new XmlException("malformed entity reference");
    }

    /** The length of the UTF-8 sequence led by {@code c}, a byte with the high bit set. */
    private static int utf8Length(byte c) throws XmlException {
        int b0 = c & 0xFF;
        if (b0 < 0xC2) {
            throw new XmlException("invalid UTF-8"); // a continuation byte, or an overlong two-byte form
        }
        if (b0 < 0xE0) {
            return 2;
        }
        if (b0 < 0xF0) {
            return 3;
        }
        if (b0 < 0xF5) {
            return 4;
        }
        throw new XmlException("invalid UTF-8");
    }

    /** Decodes the multi-byte sequence at {@code p}, all of it available; sets sequenceLength. */
    private int decodeUtf8(byte[] b, int p) throws XmlException {
        int b0 = b[p] & 0xFF;
        int b1 = b[p + 1] & 0xFF;
        if ((b1 & 0xC0) != 0x80) {
            throw new XmlException("invalid UTF-8");
        }
        if (b0 < 0xE0) {
            sequenceLength = 2;
            return (b0 & 0x1F) << 6 | b1 & 0x3F;
        }
        int b2 = b[p + 2] & 0xFF;
        if ((b2 & 0xC0) != 0x80) {
            throw new XmlException("invalid UTF-8");
        }
        if (b0 < 0xF0) {
            if (b0 == 0xE0 && b1 < 0xA0 || b0 == 0xED && b1 >= 0xA0) {
                throw new XmlException("invalid UTF-8"); // overlong, or a surrogate
            }
            int cp = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F;
            if (cp >= 0xFFFE) {
                throw notAllowed(cp);
            }
            sequenceLength = 3;
            return cp;
        }
        int b3 = b[p + 3] & 0xFF;
        if ((b3 & 0xC0) != 0x80 || b0 == 0xF0 && b1 < 0x90 || b0 == 0xF4 && b1 >= 0x90) {
            throw new XmlException("invalid UTF-8"); // overlong, or beyond U+10FFFF
        }
        sequenceLength = 4;
        return (b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F;
    }

    private static boolean isXmlChar(int cp) {
        return cp >= 0x20 && cp <= 0xD7FF || cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private static boolean isNameStart(int cp) {
        return cp < 128 ? NAME_START[cp] : cp >= 0xC0 && cp <= 0xD6 || cp >= 0xD8 && cp <= 0xF6
                || cp >= 0xF8 && cp <= 0x2FF || cp >= 0x370 && cp <= 0x37D || cp >= 0x37F && cp <= 0x1FFF
                || cp >= 0x200C && cp <= 0x200D || cp >= 0x2070 && cp <= 0x218F || cp >= 0x2C00 && cp <= 0x2FEF
                || cp >= 0x3001 && cp <= 0xD7FF || cp >= 0xF900 && cp <= 0xFDCF || cp >= 0xFDF0 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0xEFFFF;
    }

    private static boolean isNameChar(int cp) {
        return isNameStart(cp) || cp < 128 && NAME_CHAR[cp] || cp == 0xB7 || cp >= 0x300 && cp <= 0x36F
                || cp >= 0x203F && cp <= 0x2040;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private void appendCodePoint(int cp) throws XmlException {
        ensureTextCapacity(2);
        textLength = appendCodePoint(text, textLength, cp);
    }

    private static int appendCodePoint(char[] to, int n, int cp) {
        if (cp < 0x10000) {
            to[n] = (char) cp;
            return n + 1;
        }
        to[n] = Character.highSurrogate(cp);
        to[n + 1] = Character.lowSurrogate(cp);
        return n + 2;
    }

    private void ensureTextCapacity(int more) throws XmlException {
        if (text.length - textLength < more) {
            long wanted = Math.max(2L * text.length, (long) textLength + more);
            if ((long) textLength + more > MAX_TEXT_CHARS) { // only with a response size limit far above the default
                throw new XmlException("a text longer than " + MAX_TEXT_CHARS + " characters");
            }
            text = Arrays.copyOf(text, (int) Math.min(wanted, MAX_TEXT_CHARS));
        }
    }

    private void growAttributes() {
        int size = attributeLocals.length * 2;
        attributePrefixes = Arrays.copyOf(attributePrefixes, size);
        attributeLocals = Arrays.copyOf(attributeLocals, size);
        attributeUris = Arrays.copyOf(attributeUris, size);
        attributeStarts = Arrays.copyOf(attributeStarts, size);
        attributeEnds = Arrays.copyOf(attributeEnds, size);
        attributePlain = Arrays.copyOf(attributePlain, size);
        attributeLastValues = Arrays.copyOf(attributeLastValues, size);
    }

    // --- input --------------------------------------------------------------------------------------------------

    /**
     * Reads more input after {@code limit}, keeping the bytes from {@code pos} on (moved to the start of the buffer);
     * false at the end of input. The buffer grows only when the kept bytes fill it: one long tag.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n;
        int empty = 0;
        while ((n = in.read(buf, limit, buf.length - limit)) == 0) {
            if (++empty == MAX_EMPTY_READS) { // a stream that breaks the InputStream contract must not spin forever
                throw new IOException("the input stream returned no bytes " + MAX_EMPTY_READS + " times in a row");
            }
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** At least {@code n} bytes from {@code pos} on in the buffer; false if the input ends first. */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the input at {@code pos} starts with {@code s}; the end of input inside a match is an error. */
    private boolean lookingAt(byte[] s) throws IOException, XmlException {
        boolean whole = ensure(s.length);
        int available = Math.min(s.length, limit - pos);
        if (available == 0) {
            return false;
        }
        for (int i = 0; i < available; i++) {
            if (buf[pos + i] != s[i]) {
                return false;
            }
        }
        if (!whole) {
            throw unexpectedEnd();
        }
        return true;
    }

    // --- errors -------------------------------------------------------------------------------------------------

    private static XmlException unexpectedEnd() {
        return new XmlException("unexpected end of document");
    }

    private static XmlException dtd() {
        return new XmlException("a DTD is not allowed in a SOAP message");
    }

    private static XmlException tagTooLong() {
        return new XmlException("a tag longer than " + SoapReader.MAX_TAG_BYTES + " bytes");
    }

    private static XmlException notAllowed(int cp) {
        return new XmlException(String.format("character U+%04X is not allowed in XML", cp));
    }

    private static String qualified(String prefix, String local) {
        return shorten(prefix == null ? local : prefix + ":" + local);
    }

    private static String shorten(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }
}
