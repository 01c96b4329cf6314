package dev.ispconfig.client.soap;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads SOAP 1.1 RPC/encoded messages as PHP writes them, streaming (StAX), driven by {@code xsi:type}.
 *
 * <p>{@code xsd:string} → {@code String}; {@code xsd:int}/{@code long}/… → {@code Integer}, or {@code Long} past int
 * range; {@code xsd:boolean} → {@code Boolean}; {@code xsd:float}/{@code double}/{@code decimal} → {@code Double};
 * {@code xsi:nil} → {@code null}; {@code SOAP-ENC:Array} → {@code List}; {@code ns2:Map} → an insertion-ordered
 * {@code Map<String, Object>} (PHP's int keys become their decimal text); {@code SOAP-ENC:Struct} and untyped elements
 * with children → a map by element name; untyped text → {@code String}.
 *
 * <p>Hostile input is refused, never expanded: a DTD (and so any entity declaration, internal or external) ends the
 * parse, and values nested deeper than {@link #MAX_DEPTH} are refused. The size of the input is for the caller to bound
 * (the transport wraps the body in a counting stream), but not the length of one tag: a tag longer than
 * {@link #MAX_TAG_BYTES} is refused before the JDK parser works through it, since that parser checks each namespace
 * declaration of a tag against the earlier ones (quadratic: 200,000 declarations in 5 MB took 36 s of CPU). An
 * {@link IOException} from the stream is passed through
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
    private static final XMLInputFactory FACTORY = newFactory();

    private SoapReader() {
    }

    private static XMLInputFactory newFactory() {
        // The JDK's own StAX, whatever else is on the class path, so the security settings below mean what they say.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /** Reads a response: the value of its {@code <return>} element, or its Fault. */
    public static SoapResponse readResponse(InputStream in) throws SoapFormatException, IOException {
        return parse(in, true, reader -> {
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
        return parse(in, false, reader -> {
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
        T read(Parser parser) throws XMLStreamException, SoapFormatException;
    }

    private static <T> T parse(InputStream in, boolean response, BodyHandler<T> handler)
            throws SoapFormatException, IOException {
        Parser parser = null;
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(new TagLengthGuard(in));
            parser = new Parser(xml);
            try {
                parser.enterBody(response);
                return handler.read(parser);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            IOException io = ioCause(e);
            boolean soap = parser != null && parser.envelopeSeen;
            if (io instanceof TagTooLongException) {
                throw new SoapFormatException((soap ? "malformed SOAP message: " : "not a SOAP message: ")
                        + io.getMessage(), soap, null);
            }
            if (io != null) {
                throw io;
            }
            throw new SoapFormatException((soap ? "malformed SOAP message: " : "not a SOAP message: ")
                    + describe(e), soap, e);
        } catch (RuntimeException e) {
            // The JDK parser reports some encoding and limit problems as unchecked exceptions.
            boolean soap = parser != null && parser.envelopeSeen;
            throw new SoapFormatException((soap ? "malformed SOAP message: " : "not a SOAP message: ")
                    + e.getClass().getSimpleName(), soap, e);
        }
    }

    /** A stream failure (limit, timeout, reset) inside the parser; but bad bytes are bad XML, not I/O. */
    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof IOException io) {
                return io instanceof CharConversionException ? null : io;
            }
            if (t instanceof IOException io) {
                return io instanceof CharConversionException ? null : io;
            }
        }
        return null;
    }

    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[1,2]\nMessage: "; keep the message only.
        int at = message.indexOf("Message: ");
        message = at >= 0 ? message.substring(at + 9) : message;
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    /** Counts the bytes of the tag being read and fails past {@link #MAX_TAG_BYTES}. */
    private static final class TagLengthGuard extends FilterInputStream {

        private boolean inTag;
        private int tagBytes;

        TagLengthGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                count(buffer[i]);
            }
            return n;
        }

        // '<' and '>' never occur inside a multi-byte UTF-8 sequence; a '>' inside an attribute value only resets early.
        private void count(byte b) throws TagTooLongException {
            if (b == '<') {
                inTag = true;
                tagBytes = 0;
            } else if (b == '>') {
                inTag = false;
            } else if (inTag && ++tagBytes > MAX_TAG_BYTES) {
                throw new TagTooLongException();
            }
        }
    }

    /** Not an I/O failure: bad input, reported as a {@link SoapFormatException}. */
    private static final class TagTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        TagTooLongException() {
            super("a tag longer than " + MAX_TAG_BYTES + " bytes");
        }
    }

    /** One pass over one message. */
    private static final class Parser {

        /** Distinct xsi:type pieces (prefixes and local names) shared per message; a real message uses under 10. */
        private static final int PIECES = 16;

        final XMLStreamReader xml;
        boolean envelopeSeen;

        Parser(XMLStreamReader xml) {
            this.xml = xml;
        }

        /** Moves to the first element inside {@code <Body>}. */
        void enterBody(boolean response) throws XMLStreamException, SoapFormatException {
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

        private boolean nextElementInProlog() throws XMLStreamException, SoapFormatException {
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT:
                        return true;
                    case XMLStreamConstants.DTD:
                        throw notSoap("a DTD is not allowed in a SOAP message");
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        throw notSoap("entity references are not allowed");
                    default:
                        // whitespace, comments, processing instructions
                }
            }
            return false;
        }

        /**
         * From inside an element (at its start tag, or after a child's end tag), moves to the next child's start tag
         * and returns true, or to the element's end tag and returns false. Text between elements is ignored.
         */
        boolean nextChildElement() throws XMLStreamException, SoapFormatException {
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT:
                        return true;
                    case XMLStreamConstants.END_ELEMENT:
                        return false;
                    case XMLStreamConstants.DTD:
                        throw malformed("a DTD is not allowed in a SOAP message");
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        throw malformed("entity references are not allowed");
                    default:
                        // whitespace, comments, text between elements
                }
            }
            throw malformed("unexpected end of document");
        }

        SoapFault fault() throws XMLStreamException, SoapFormatException {
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
            return new SoapFault(code, message);
        }

        /** Decodes the value at the current start tag; leaves the reader on its end tag. */
        Object value(int depth) throws XMLStreamException, SoapFormatException {
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
            int colon = type.indexOf(':');
            // Not substring: a large answer has an xsi:type on every value, and two fresh Strings per value were
            // about 40 % of all the bytes allocated decoding the 10,000-mailbox list. The pieces repeat ("xsd",
            // "string"), so they are shared; the prefix is still resolved against the current element's scope.
            String prefix = colon < 0 ? XMLConstants.DEFAULT_NS_PREFIX : piece(type, 0, colon);
            String local = colon < 0 ? type : piece(type, colon + 1, type.length());
            String namespace = xml.getNamespaceURI(prefix);
            if (namespace == null) {
                throw malformed("xsi:type \"" + type + "\" uses an undeclared prefix");
            }
            switch (namespace) {
                case SoapNames.APACHE_NS:
                    if ("Map".equals(local)) {
                        return map(depth);
                    }
                    return untyped(depth);
                case SoapNames.ENCODING_NS:
                    if ("Array".equals(local)) {
                        return array(depth);
                    }
                    if ("Struct".equals(local)) {
                        return untyped(depth);
                    }
                    return scalar(local, depth); // SOAP-ENC:string, SOAP-ENC:int, …
                case SoapNames.XSD_NS:
                    return scalar(local, depth);
                default:
                    return untyped(depth);
            }
        }

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

        private Object scalar(String type, int depth) throws XMLStreamException, SoapFormatException {
            switch (type) {
                case "int", "integer", "long", "short", "byte", "unsignedInt", "unsignedShort", "unsignedByte",
                        "unsignedLong", "nonNegativeInteger", "positiveInteger", "negativeInteger",
                        "nonPositiveInteger" -> {
                    return integer(text().strip());
                }
                case "boolean" -> {
                    String text = text().strip();
                    return switch (text) {
                        case "true", "1" -> Boolean.TRUE;
                        case "false", "0" -> Boolean.FALSE;
                        default -> throw malformed("xsd:boolean value is neither true nor false");
                    };
                }
                case "float", "double", "decimal" -> {
                    return floating(text().strip());
                }
                case "base64Binary" -> {
                    try {
                        return Base64.getMimeDecoder().decode(text().strip());
                    } catch (IllegalArgumentException e) {
                        throw malformed("xsd:base64Binary value is not base64");
                    }
                }
                case "anyType", "ur-type" -> {
                    return untyped(depth); // nested values still count toward the depth bound
                }
                default -> {
                    return text(); // string, normalizedString, token, anyURI, date, dateTime, …
                }
            }
        }

        private Object integer(String text) throws SoapFormatException {
            try {
                long value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
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

        private List<Object> array(int depth) throws XMLStreamException, SoapFormatException {
            List<Object> items = new ArrayList<>();
            while (nextChildElement()) {
                items.add(value(depth + 1));
            }
            return items;
        }

        private Map<String, Object> map(int depth) throws XMLStreamException, SoapFormatException {
            Map<String, Object> map = new LinkedHashMap<>();
            while (nextChildElement()) { // <item>
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
                map.put(key.toString(), value);
            }
            return map;
        }

        /** No (known) type: PHP reads text as a string and child elements as an object's fields. */
        private Object untyped(int depth) throws XMLStreamException, SoapFormatException {
            StringBuilder text = null;
            Map<String, Object> struct = null;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (struct == null) {
                            if (text == null) {
                                text = new StringBuilder();
                            }
                            text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (struct == null) {
                            struct = new LinkedHashMap<>();
                        }
                        String name = xml.getLocalName();
                        struct.put(name, value(depth + 1));
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (struct != null) {
                            return struct;
                        }
                        return text == null ? "" : text.toString();
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD ->
                            throw malformed("entity references are not allowed");
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
            throw malformed("unexpected end of document");
        }

        private String text() throws XMLStreamException, SoapFormatException {
            // Coalesced, a value is one text event: keep its String instead of copying it twice through a builder.
            String first = null;
            StringBuilder more = null;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (first == null) {
                            first = xml.getText();
                        } else {
                            if (more == null) {
                                more = new StringBuilder(first);
                            }
                            more.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        return more != null ? more.toString() : first != null ? first : "";
                    }
                    case XMLStreamConstants.START_ELEMENT -> throw malformed("element inside a simple value");
                    case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD ->
                            throw malformed("entity references are not allowed");
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
            throw malformed("unexpected end of document");
        }

        private void skipElement() throws XMLStreamException, SoapFormatException {
            int open = 1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++open > MAX_DEPTH * 4) {
                        throw malformed("elements nested too deeply");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && --open == 0) {
                    return;
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.DTD) {
                    throw malformed("entity references are not allowed");
                }
            }
            throw malformed("unexpected end of document");
        }

        private SoapFormatException notSoap(String why) {
            return new SoapFormatException("not a SOAP message: " + why, false, null);
        }

        private SoapFormatException malformed(String why) {
            return new SoapFormatException("malformed SOAP message: " + why, envelopeSeen, null);
        }
    }
}
