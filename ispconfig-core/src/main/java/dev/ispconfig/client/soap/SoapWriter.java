package dev.ispconfig.client.soap;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes SOAP 1.1 RPC/encoded messages byte for byte as PHP's non-WSDL {@code SoapClient} and {@code SoapServer} do.
 *
 * <p>Java values map to the wire like this: {@code String} (any {@code CharSequence}, {@code Character}) →
 * {@code xsd:string}; {@code Integer}, {@code Long}, {@code Short}, {@code Byte}, a {@code BigInteger} within long
 * range
 * → {@code xsd:int} (PHP uses {@code xsd:int} past 2³¹ too); {@code Boolean} → {@code xsd:boolean}; {@code Double},
 * {@code Float} → {@code xsd:float}; {@code null} → {@code xsi:nil}; a {@code Map} → {@code ns2:Map} (Apache map, PHP's
 * associative array; an empty one as PHP sends {@code array()}: an empty {@code SOAP-ENC:Array}, since PHP reads an
 * empty {@code ns2:Map} as {@code NULL}); a {@code Collection} or an array → {@code SOAP-ENC:Array}. Anything else is
 * refused with an {@link IllegalArgumentException} rather than guessed.
 *
 * <p>Stateless and thread-safe.
 */
public final class SoapWriter {

    /** The response namespace of ISPConfig's endpoint: PHP puts the server's REQUEST_URI there. */
    public static final String PANEL_RESPONSE_NAMESPACE = "/remote/index.php";

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ENCODING_STYLE =
            " SOAP-ENV:encodingStyle=\"" + SoapNames.ENCODING_NS + "\"><SOAP-ENV:Body>";
    private static final String ENVELOPE_END = "</SOAP-ENV:Body></SOAP-ENV:Envelope>\n";

    private SoapWriter() {
    }

    /**
     * A call as PHP's {@code SoapClient} sends it: {@code <ns1:method>} with positional {@code param0…paramN}.
     *
     * @param namespaceUri the {@code ns1} namespace (PHP's {@code uri} option; the panel ignores it)
     */
    public static byte[] request(String namespaceUri, String method, List<?> arguments) {
        checkMethodName(method);
        StringBuilder body = new StringBuilder(256);
        Writer writer = new Writer(body);
        body.append("<ns1:").append(method).append('>');
        for (int i = 0; i < arguments.size(); i++) {
            writer.value("param" + i, arguments.get(i));
        }
        body.append("</ns1:").append(method).append('>');
        return envelope(namespaceUri, writer.usesMap, body);
    }

    /** A successful answer as the panel's {@code SoapServer} sends it: {@code <ns1:methodResponse><return>}. */
    public static byte[] response(String method, @Nullable Object value) {
        checkMethodName(method);
        StringBuilder body = new StringBuilder(256);
        Writer writer = new Writer(body);
        body.append("<ns1:").append(method).append("Response>");
        writer.value("return", value);
        body.append("</ns1:").append(method).append("Response>");
        return envelope(PANEL_RESPONSE_NAMESPACE, writer.usesMap, body);
    }

    /** A fault as the panel sends it: unprefixed code, no {@code <detail>}. */
    public static byte[] fault(SoapFault fault) {
        StringBuilder xml = new StringBuilder(320).append(XML_DECLARATION)
                .append("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"").append(SoapNames.ENVELOPE_NS)
                .append("\"><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>");
        escape(xml, fault.code());
        xml.append("</faultcode><faultstring>");
        escape(xml, fault.message());
        xml.append("</faultstring></SOAP-ENV:Fault>").append(ENVELOPE_END);
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] envelope(String namespaceUri, boolean usesMap, CharSequence body) {
        StringBuilder xml = new StringBuilder(body.length() + 560).append(XML_DECLARATION)
                .append("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"").append(SoapNames.ENVELOPE_NS)
                .append("\" xmlns:ns1=\"");
        escapeAttribute(xml, namespaceUri);
        xml.append("\" xmlns:xsd=\"").append(SoapNames.XSD_NS)
                .append("\" xmlns:xsi=\"").append(SoapNames.XSI_NS).append('"');
        if (usesMap) {
            xml.append(" xmlns:ns2=\"").append(SoapNames.APACHE_NS).append('"');
        }
        xml.append(" xmlns:SOAP-ENC=\"").append(SoapNames.ENCODING_NS).append('"')
                .append(ENCODING_STYLE).append(body).append(ENVELOPE_END);
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes one value; remembers whether an Apache map occurred, since PHP declares {@code ns2} only then. */
    private static final class Writer {

        private final StringBuilder out;
        private boolean usesMap;

        Writer(StringBuilder out) {
            this.out = out;
        }

        void value(String element, @Nullable Object value) {
            if (value == null) {
                out.append('<').append(element).append(" xsi:nil=\"true\"/>");
            } else if (value instanceof CharSequence || value instanceof Character) {
                scalar(element, "xsd:string", value.toString());
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte) {
                scalar(element, "xsd:int", value.toString());
            } else if (value instanceof BigInteger big) {
                if (big.bitLength() > 63) {
                    throw new IllegalArgumentException("integer out of the panel's 64-bit range: " + big);
                }
                scalar(element, "xsd:int", big.toString());
            } else if (value instanceof Boolean bool) {
                scalar(element, "xsd:boolean", bool ? "true" : "false");
            } else if (value instanceof Double || value instanceof Float) {
                scalar(element, "xsd:float", formatFloat(value));
            } else if (value instanceof Map<?, ?> map) {
                if (map.isEmpty()) {
                    array(element, List.of()); // as PHP sends array(): it decodes an empty ns2:Map as NULL
                } else {
                    map(element, map);
                }
            } else if (value instanceof Collection<?> collection) {
                array(element, new java.util.ArrayList<>(collection)); // may hold nulls, which List.copyOf refuses
            } else if (value instanceof Object[] array) {
                array(element, java.util.Arrays.asList(array));
            } else if (value.getClass().isArray()) {
                array(element, boxed(value));
            } else {
                throw new IllegalArgumentException("cannot send a " + value.getClass().getName()
                        + " to ISPConfig: use String, Integer, Long, Boolean, Double, null, Map or List");
            }
        }

        private void scalar(String element, String type, String text) {
            out.append('<').append(element).append(" xsi:type=\"").append(type).append("\">");
            escape(out, text);
            out.append("</").append(element).append('>');
        }

        private void map(String element, Map<?, ?> map) {
            usesMap = true;
            out.append('<').append(element).append(" xsi:type=\"ns2:Map\">");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object key = entry.getKey();
                if (key == null) {
                    throw new IllegalArgumentException("a map sent to ISPConfig cannot have a null key");
                }
                out.append("<item>");
                if (key instanceof Integer || key instanceof Long || key instanceof Short || key instanceof Byte) {
                    scalar("key", "xsd:int", key.toString());
                } else {
                    scalar("key", "xsd:string", key.toString());
                }
                value("value", entry.getValue());
                out.append("</item>");
            }
            out.append("</").append(element).append('>');
        }

        private void array(String element, List<?> items) {
            out.append('<').append(element).append(" SOAP-ENC:arrayType=\"").append(itemType(items))
                    .append('[').append(items.size()).append("]\" xsi:type=\"SOAP-ENC:Array\">");
            for (Object item : items) {
                value("item", item);
            }
            out.append("</").append(element).append('>');
        }

        /** PHP names the common item type, or {@code xsd:ur-type} when the items differ (or there are none). */
        private String itemType(List<?> items) {
            String common = null;
            for (Object item : items) {
                String type = typeName(item);
                if (common == null) {
                    common = type;
                } else if (!common.equals(type)) {
                    return "xsd:ur-type";
                }
            }
            return common == null ? "xsd:ur-type" : common;
        }

        private static String typeName(@Nullable Object value) {
            if (value == null) {
                return "xsd:ur-type";
            } else if (value instanceof Boolean) {
                return "xsd:boolean";
            } else if (value instanceof Double || value instanceof Float) {
                return "xsd:float";
            } else if (value instanceof Number) {
                return "xsd:int";
            } else if (value instanceof Map<?, ?> map) {
                return map.isEmpty() ? "SOAP-ENC:Array" : "ns2:Map";
            } else if (value instanceof Collection || value.getClass().isArray()) {
                return "SOAP-ENC:Array";
            }
            return "xsd:string";
        }
    }

    private static List<Object> boxed(Object primitiveArray) {
        int length = java.lang.reflect.Array.getLength(primitiveArray);
        List<Object> items = new java.util.ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            items.add(java.lang.reflect.Array.get(primitiveArray, i));
        }
        return items;
    }

    static String formatFloat(Object number) {
        double value = number instanceof Float f ? Double.parseDouble(f.toString()) : (Double) number;
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "INF" : "-INF";
        }
        return Double.toString(value);
    }

    /** Text content escaped as libxml does for PHP: {@code & < >} and CR (which XML would otherwise fold). */
    static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> {
                    checkXmlChar(text, i, c);
                    out.append(c);
                }
            }
        }
    }

    private static void escapeAttribute(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append("&quot;");
                default -> {
                    checkXmlChar(text, i, c);
                    out.append(c);
                }
            }
        }
    }

    /**
     * The method becomes an element name, written unescaped: anything but an XML name (PHP function names are) would
     * break the envelope or, worse, inject elements into it ({@code "x><param0 …"}).
     */
    private static void checkMethodName(String method) {
        boolean valid = !method.isEmpty() && (Character.isLetter(method.charAt(0)) || method.charAt(0) == '_');
        for (int i = 1; valid && i < method.length(); i++) {
            char c = method.charAt(i);
            valid = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
        }
        if (!valid) {
            throw new IllegalArgumentException("not a remote method name: \"" + method + "\"");
        }
    }

    /** XML 1.0 cannot carry most control characters or lone surrogates: refuse them instead of sending broken XML. */
    private static void checkXmlChar(String text, int index, char c) {
        boolean valid;
        if (c < 0x20) {
            valid = c == '\t' || c == '\n' || c == '\r';
        } else if (Character.isHighSurrogate(c)) {
            valid = index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
        } else if (Character.isLowSurrogate(c)) {
            valid = index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
        } else {
            valid = c != 0xFFFE && c != 0xFFFF;
        }
        if (!valid) {
            throw new IllegalArgumentException(String.format(
                    "character U+%04X at index %d cannot be sent in XML 1.0", (int) c, index));
        }
    }
}
