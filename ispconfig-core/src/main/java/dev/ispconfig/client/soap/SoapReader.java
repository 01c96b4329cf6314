package dev.ispconfig.client.soap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads SOAP 1.1 RPC/encoded messages as PHP writes them, streaming, driven by {@code xsi:type}.
 *
 * <p>{@code xsd:string} → {@code String}; {@code xsd:int}/{@code long}/… → {@code Integer}, or {@code Long} past int
 * range; {@code xsd:boolean} → {@code Boolean}; {@code xsd:float}/{@code double}/{@code decimal} → {@code Double};
 * {@code xsi:nil} → {@code null}; {@code SOAP-ENC:Array} → {@code List}; {@code ns2:Map} → an insertion-ordered
 * {@code Map<String, Object>} (PHP's int keys become their decimal text); {@code SOAP-ENC:Struct} and untyped elements
 * with children → a map by element name; untyped text → {@code String}.
 *
 * <p>The XML is read by a small scanner of its own ({@code XmlScanner}) over the UTF-8 bytes, not StAX, whose fixed
 * setup cost and per-event garbage were most of the cost of a call. It reads UTF-8 only (PHP writes nothing else).
 *
 * <p>Hostile input is refused, never expanded: a DTD (and so any entity declaration, internal or external) ends the
 * parse, as does any entity reference other than the five predefined ones; values nested deeper than
 * {@link #MAX_DEPTH} are refused, and elements nested deeper than the scanner's own bound. The size of the input is for
 * the caller to bound (the transport wraps the body in a counting stream), but not the length of one tag: a tag longer
 * than {@link #MAX_TAG_BYTES} is refused as soon as the scanner has read that far, so a flood of attributes or
 * namespace declarations costs no more than reading 64 KiB; duplicate attributes are found in n log n at worst. Invalid
 * UTF-8 and characters XML does not allow are malformed XML. An {@link IOException} from the stream is passed through
 * unchanged, so a size limit or a timeout is not mistaken for bad XML.
 *
 * <p>Thread-safe.
 */
public final class SoapReader {

    /** Deepest nesting of values accepted; ISPConfig's deepest answers (server_get) are three levels deep. */
    public static final int MAX_DEPTH = 64;

    /**
     * Longest tag accepted, from its {@code <} to its {@code >}, in bytes. The panel's longest, the envelope's start
     * tag, is under 500; text between tags is not bounded by this.
     */
    public static final int MAX_TAG_BYTES = 64 * 1024;

    private static final String SOAP12_ENVELOPE_NS = "http://www.w3.org/2003/05/soap-envelope";

    private SoapReader() {
    }

    /** Reads a response: the value of its {@code <return>} element, or its Fault. */
    public static SoapResponse readResponse(InputStream in) throws SoapFormatException, IOException {
        return readResponse(in, true);
    }

    /**
     * {@link #readResponse(InputStream)}, or with {@code wholeEntries} false without the scanner's whole-entry fast
     * path, every map entry read event by event: the tests compare the two.
     */
    static SoapResponse readResponse(InputStream in, boolean wholeEntries) throws SoapFormatException, IOException {
        return parse(in, true, wholeEntries, reader -> {
            if (isFault(reader)) {
                return SoapResponse.ofFault(reader.fault());
            }
            // <ns1:methodResponse><return …/></ns1:methodResponse>: the name of the part does not matter.
            Object value = reader.nextChildElement() ? reader.value(0) : null;
            return SoapResponse.ofValue(value);
        });
    }

    /** Reads a request: the method (local name of the Body's child) and its positional arguments. */
    public static SoapRequest readRequest(InputStream in) throws SoapFormatException, IOException {
        return parse(in, false, true, reader -> {
            String method = reader.xml.getLocalName();
            List<Object> arguments = new ArrayList<>();
            while (reader.nextChildElement()) {
                arguments.add(reader.value(0));
            }
            return new SoapRequest(method, arguments);
        });
    }

    private static boolean isFault(Parser reader) {
        return "Fault".equals(reader.xml.getLocalName())
                && SoapNames.ENVELOPE_NS.equals(reader.xml.getNamespaceURI());
    }

    @FunctionalInterface
    private interface BodyHandler<T> {
        T read(Parser parser) throws IOException, XmlException, SoapFormatException;
    }

    private static <T> T parse(InputStream in, boolean response, boolean wholeEntries, BodyHandler<T> handler)
            throws SoapFormatException, IOException {
        XmlScanner xml = new XmlScanner(in);
        Parser parser = new Parser(xml, wholeEntries);
        try {
            parser.enterBody(response);
            return handler.read(parser);
        } catch (XmlException e) {
            boolean soap = parser.envelopeSeen;
            throw new SoapFormatException((soap ? "malformed SOAP message: " : "not a SOAP message: ")
                    + e.getMessage(), soap, null);
        } finally {
            xml.close();
        }
    }

    /** One pass over one message. */
    private static final class Parser {

        /** Distinct xsi:type pieces (prefixes and local names) shared per message; a real message uses under 10. */
        private static final int PIECES = 16;

        final XmlScanner xml;
        final boolean wholeEntries;
        /** The size of the last map read: the next one, most likely its sibling, is made that big at once. */
        private int lastMapSize = 16;
        boolean envelopeSeen;

        Parser(XmlScanner xml, boolean wholeEntries) {
            this.xml = xml;
            this.wholeEntries = wholeEntries;
        }

        /** Moves to the first element inside {@code <Body>}. */
        void enterBody(boolean response) throws IOException, XmlException, SoapFormatException {
            if (!nextElementInProlog()) {
                throw notSoap("no root element");
            }
            String rootNs = xml.getNamespaceURI();
            if (!"Envelope".equals(xml.getLocalName()) || !SoapNames.ENVELOPE_NS.equals(rootNs)) {
                if (SOAP12_ENVELOPE_NS.equals(rootNs)) {
                    throw new SoapFormatException("SOAP 1.2 envelopes are not supported", true, null);
                }
                throw notSoap("root element is <" + xml.getLocalName() + ">, not a SOAP envelope");
            }
            envelopeSeen = true;
            while (nextChildElement()) {
                if ("Body".equals(xml.getLocalName()) && SoapNames.ENVELOPE_NS.equals(xml.getNamespaceURI())) {
                    if (!nextChildElement()) {
                        throw malformed("empty SOAP Body");
                    }
                    return;
                }
                skipElement(); // <Header> and anything else before the Body
            }
            throw malformed("no SOAP Body");
        }

        private boolean nextElementInProlog() throws IOException, XmlException, SoapFormatException {
            // The scanner skips whitespace, comments and processing instructions, and refuses a DTD.
            return xml.next() == XmlScanner.START_ELEMENT;
        }

        /**
         * From inside an element (at its start tag, or after a child's end tag), moves to the next child's start tag
         * and returns true, or to the element's end tag and returns false. Text between elements is ignored.
         */
        boolean nextChildElement() throws IOException, XmlException, SoapFormatException {
            while (true) {
                switch (xml.next()) {
                    case XmlScanner.START_ELEMENT:
                        return true;
                    case XmlScanner.END_ELEMENT:
                        return false;
                    case XmlScanner.END_DOCUMENT:
                        throw malformed("unexpected end of document");
                    default:
                        // text between elements
                }
            }
        }

        SoapFault fault() throws IOException, XmlException, SoapFormatException {
            String code = null;
            String message = null;
            while (nextChildElement()) {
                switch (xml.getLocalName()) {
                    case "faultcode" -> code = text();
                    case "faultstring" -> message = text();
                    default -> skipElement(); // faultactor, detail
                }
            }
            if (code == null) {
                throw malformed("SOAP Fault without faultcode");
            }
            return new SoapFault(code, message != null ? message : "");
        }

        /** Decodes the value at the current start tag; leaves the reader on its end tag. */
        @Nullable Object value(int depth) throws IOException, XmlException, SoapFormatException {
            if (depth > MAX_DEPTH) {
                throw malformed("values nested deeper than " + MAX_DEPTH + " levels");
            }
            String nil = xml.getAttributeValue(SoapNames.XSI_NS, "nil");
            if ("true".equals(nil) || "1".equals(nil)) {
                skipElement();
                return null;
            }
            if (xml.getAttributeValue(null, "href") != null) {
                throw malformed("multi-reference values (href) are not supported");
            }
            String type = xml.getAttributeValue(SoapNames.XSI_NS, "type");
            if (type == null) {
                return untyped(depth);
            }
            resolveType(type);
            switch (typeNamespace) { // textValue makes the same decisions for an entry read whole: change both
                case SoapNames.APACHE_NS:
                    if ("Map".equals(typeLocal)) {
                        return map(depth);
                    }
                    return untyped(depth);
                case SoapNames.ENCODING_NS:
                    if ("Array".equals(typeLocal)) {
                        return array(depth);
                    }
                    if ("Struct".equals(typeLocal)) {
                        return untyped(depth);
                    }
                    return scalar(typeLocal, depth); // SOAP-ENC:string, SOAP-ENC:int, …
                case SoapNames.XSD_NS:
                    return scalar(typeLocal, depth);
                default:
                    return untyped(depth);
            }
        }

        /**
         * What {@link #value} makes of an element of this xsi:type whose content is {@code text} only: the same
         * decisions, for a map entry the scanner read whole.
         */
        private Object textValue(String type, String text, int depth) throws SoapFormatException {
            if (depth > MAX_DEPTH) {
                throw malformed("values nested deeper than " + MAX_DEPTH + " levels");
            }
            resolveType(type);
            switch (typeNamespace) {
                case SoapNames.APACHE_NS:
                    return "Map".equals(typeLocal) ? new DecodedMap() : text;
                case SoapNames.ENCODING_NS:
                    if ("Array".equals(typeLocal)) {
                        return new ArrayList<Object>();
                    }
                    return "Struct".equals(typeLocal) ? text : scalar(typeLocal, text);
                case SoapNames.XSD_NS:
                    return scalar(typeLocal, text);
                default:
                    return text;
            }
        }

        /** Sets typeLocal and typeNamespace from an xsi:type value, in the current namespace scope. */
        private void resolveType(String type) throws SoapFormatException {
            // The scanner hands out the same String for a repeated short value, and values of one type tend to
            // follow each other: while the namespace scope is the same, the last resolution still holds.
            if (type == lastType && xml.scopeVersion() == lastScope) {
                return;
            }
            int colon = type.indexOf(':');
            // Not substring: a large answer has an xsi:type on every value, and two fresh Strings per value were
            // about 40 % of all the bytes allocated decoding the 10,000-mailbox list. The pieces repeat ("xsd",
            // "string"), so they are shared; the prefix is still resolved against the current element's scope.
            String prefix = colon < 0 ? "" : piece(type, 0, colon);
            String local = colon < 0 ? type : piece(type, colon + 1, type.length());
            String namespace = xml.getNamespaceURI(prefix);
            if (namespace == null) {
                throw malformed("xsi:type \"" + type + "\" uses an undeclared prefix");
            }
            lastType = type;
            lastScope = xml.scopeVersion();
            typeLocal = local;
            typeNamespace = namespace;
        }

        /** The last xsi:type resolved, in which namespace scope, and to what; see {@link #resolveType}. */
        private @Nullable String lastType;
        private int lastScope;
        private String typeLocal = ""; // set by resolveType before any use
        private String typeNamespace = "";

        /** Up to {@link #PIECES} distinct pieces of xsi:type values seen in this message, for {@link #piece}. */
        private final String[] pieces = new String[PIECES];
        private int pieceCount;

        /**
         * {@code s.substring(from, to)}, but an equal piece seen before in this message is returned instead of a new
         * String. A linear scan: a message uses a handful of types; past {@link #PIECES} distinct ones (hostile or
         * unusual input) it falls back to plain substrings, so the table stays bounded.
         */
        private String piece(String s, int from, int to) {
            int length = to - from;
            for (int i = 0; i < pieceCount; i++) {
                String piece = pieces[i];
                if (piece.length() == length && s.regionMatches(from, piece, 0, length)) {
                    return piece;
                }
            }
            String piece = s.substring(from, to);
            if (pieceCount < PIECES) {
                pieces[pieceCount++] = piece;
            }
            return piece;
        }

        private Object scalar(String type, int depth) throws IOException, XmlException, SoapFormatException {
            if ("anyType".equals(type) || "ur-type".equals(type)) {
                return untyped(depth); // nested values still count toward the depth bound
            }
            return scalar(type, text());
        }

        /** A simple value of this XSD type from its text; anyType and ur-type are text here. */
        private Object scalar(String type, String text) throws SoapFormatException {
            switch (type) {
                case "int", "integer", "long", "short", "byte", "unsignedInt", "unsignedShort", "unsignedByte",
                        "unsignedLong", "nonNegativeInteger", "positiveInteger", "negativeInteger",
                        "nonPositiveInteger" -> {
                    return integer(text.strip());
                }
                case "boolean" -> {
                    return switch (text.strip()) {
                        case "true", "1" -> Boolean.TRUE;
                        case "false", "0" -> Boolean.FALSE;
                        default -> throw malformed("xsd:boolean value is neither true nor false");
                    };
                }
                case "float", "double", "decimal" -> {
                    return floating(text.strip());
                }
                case "base64Binary" -> {
                    try {
                        return Base64.getMimeDecoder().decode(text.strip());
                    } catch (IllegalArgumentException e) {
                        throw malformed("xsd:base64Binary value is not base64");
                    }
                }
                default -> {
                    return text; // string, normalizedString, token, anyURI, date, dateTime, anyType, …
                }
            }
        }

        private Object integer(String text) throws SoapFormatException {
            try {
                long value = Long.parseLong(text); // takes one leading + or -, as XSD does
                return value == (int) value ? (Object) (int) value : (Object) value;
            } catch (NumberFormatException e) {
                throw malformed("xsd:int value is not a 64-bit integer");
            }
        }

        private Object floating(String text) throws SoapFormatException {
            switch (text.toUpperCase(java.util.Locale.ROOT)) { // PHP writes "NAN" and reads any case
                case "INF":
                    return Double.POSITIVE_INFINITY;
                case "-INF":
                    return Double.NEGATIVE_INFINITY;
                case "NAN":
                    return Double.NaN;
                default:
                    try {
                        if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1))
                                && text.charAt(text.length() - 1) != '.') {
                            throw new NumberFormatException();
                        }
                        return Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw malformed("xsd:float value is not a number");
                    }
            }
        }

        private List<Object> array(int depth) throws IOException, XmlException, SoapFormatException {
            List<Object> items = new ArrayList<>();
            while (nextChildElement()) {
                items.add(value(depth + 1));
            }
            return items;
        }

        private Map<String, Object> map(int depth) throws IOException, XmlException, SoapFormatException {
            // The rows of a list are alike: each is sized like the last map read, and never grows.
            DecodedMap map = new DecodedMap(lastMapSize);
            while (true) {
                if (wholeEntries && xml.nextEntry()) { // nearly every entry PHP writes
                    Object key = textValue(xml.entryKeyType(), xml.entryKey(), depth + 1);
                    String valueType = xml.entryValueType();
                    // A nil value needs no depth check of its own: the key's, at the same depth, has passed.
                    map.put(keyText(key), valueType == null ? null : textValue(valueType, xml.entryValue(), depth + 1));
                    continue;
                }
                if (!nextChildElement()) { // not <item> but the map's end tag
                    lastMapSize = map.size();
                    return map;
                }
                Object key = null;
                Object value = null;
                boolean keySeen = false;
                while (nextChildElement()) {
                    switch (xml.getLocalName()) {
                        case "key" -> {
                            key = value(depth + 1);
                            keySeen = true;
                        }
                        case "value" -> value = value(depth + 1);
                        default -> skipElement();
                    }
                }
                if (!keySeen || key == null) {
                    throw malformed("ns2:Map item without a key");
                }
                map.put(keyText(key), value);
            }
        }

        /** A PHP array key is a string or an int; a base64Binary one is the text of its bytes, as PHP would key it. */
        private static String keyText(Object key) {
            return key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : key.toString();
        }

        /** No (known) type: PHP reads text as a string and child elements as an object's fields. */
        private Object untyped(int depth) throws IOException, XmlException, SoapFormatException {
            StringBuilder text = null;
            Map<String, Object> struct = null;
            while (true) {
                switch (xml.next()) {
                    case XmlScanner.CHARACTERS -> {
                        if (struct == null) {
                            if (text == null) {
                                text = new StringBuilder();
                            }
                            xml.appendText(text);
                        }
                    }
                    case XmlScanner.START_ELEMENT -> {
                        if (struct == null) {
                            struct = new LinkedHashMap<>();
                        }
                        String name = xml.getLocalName();
                        struct.put(name, value(depth + 1));
                    }
                    case XmlScanner.END_ELEMENT -> {
                        if (struct != null) {
                            return struct;
                        }
                        return text == null ? "" : text.toString();
                    }
                    default -> throw malformed("unexpected end of document");
                }
            }
        }

        private String text() throws IOException, XmlException, SoapFormatException {
            // The scanner coalesces text, references, CDATA and skipped comments into one event: one String.
            String value = "";
            while (true) {
                switch (xml.next()) {
                    case XmlScanner.CHARACTERS -> value = xml.getText();
                    case XmlScanner.END_ELEMENT -> {
                        return value;
                    }
                    case XmlScanner.START_ELEMENT -> throw malformed("element inside a simple value");
                    default -> throw malformed("unexpected end of document");
                }
            }
        }

        private void skipElement() throws IOException, XmlException, SoapFormatException {
            int open = 1;
            while (true) {
                int event = xml.next();
                if (event == XmlScanner.START_ELEMENT) {
                    if (++open > MAX_DEPTH * 4) {
                        throw malformed("elements nested too deeply");
                    }
                } else if (event == XmlScanner.END_ELEMENT && --open == 0) {
                    return;
                } else if (event == XmlScanner.END_DOCUMENT) {
                    throw malformed("unexpected end of document");
                }
            }
        }

        private SoapFormatException notSoap(String why) {
            return new SoapFormatException("not a SOAP message: " + why, false, null);
        }

        private SoapFormatException malformed(String why) {
            return new SoapFormatException("malformed SOAP message: " + why, envelopeSeen, null);
        }
    }
}
