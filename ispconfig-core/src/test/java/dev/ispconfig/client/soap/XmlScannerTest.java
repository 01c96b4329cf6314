package dev.ispconfig.client.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scanner on its own. Every input is read twice, whole and one byte per read, so that every token is also split
 * across buffer boundaries at every offset; both reads must agree.
 */
class XmlScannerTest {

    /** Events as text: "<{uri}local", "'text'", "/local". */
    private static List<String> events(String xml) throws Exception {
        return events(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> events(byte[] xml) throws Exception {
        List<String> whole = scan(new ByteArrayInputStream(xml));
        List<String> trickled = scan(ChunkedInput.oneByteAtATime(xml));
        assertThat(trickled).as("read one byte at a time").isEqualTo(whole);
        return whole;
    }

    private static List<String> scan(InputStream in) throws Exception {
        XmlScanner scanner = new XmlScanner(in);
        List<String> events = new ArrayList<>();
        for (int event = scanner.next(); event != XmlScanner.END_DOCUMENT; event = scanner.next()) {
            switch (event) {
                case XmlScanner.START_ELEMENT -> events.add("<{" + scanner.getNamespaceURI() + "}"
                        + scanner.getLocalName());
                case XmlScanner.END_ELEMENT -> events.add("/" + scanner.getLocalName());
                case XmlScanner.CHARACTERS -> events.add("'" + scanner.getText() + "'");
                default -> throw new AssertionError(event);
            }
        }
        return events;
    }

    /** The message of the error both reads end in. */
    private static String error(String xml) {
        return error(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String error(byte[] xml) {
        Throwable whole = catchError(new ByteArrayInputStream(xml));
        Throwable trickled = catchError(ChunkedInput.oneByteAtATime(xml));
        assertThat(whole).isInstanceOf(XmlException.class);
        assertThat(trickled).isInstanceOf(XmlException.class).hasMessage(whole.getMessage());
        return whole.getMessage();
    }

    private static Throwable catchError(InputStream in) {
        try {
            scan(in);
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    /** A start tag's scanner, for looking at its attributes and scope. */
    private static XmlScanner at(String xml, int startTags) throws Exception {
        XmlScanner scanner = new XmlScanner(ChunkedInput.oneByteAtATime(xml.getBytes(StandardCharsets.UTF_8)));
        for (int seen = 0; seen < startTags; ) {
            if (scanner.next() == XmlScanner.START_ELEMENT) {
                seen++;
            }
        }
        return scanner;
    }

    @Test
    void elementsTextAndEmptyElements() throws Exception {
        assertThat(events("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>x<b/>y<c></c></a>\n"))
                .containsExactly("<{null}a", "'x'", "<{null}b", "/b", "'y'", "<{null}c", "/c", "/a");
    }

    @Test
    void predefinedEntitiesAndCharacterReferences() throws Exception {
        assertThat(events("<a>&lt;&gt;&amp;&quot;&apos; &#65;&#x42;&#x1F600;&#13;</a>"))
                .containsExactly("<{null}a", "'<>&\"' AB\uD83D\uDE00\r'", "/a");
    }

    @Test
    void attributeValuesAreDecodedAndNormalised() throws Exception {
        XmlScanner a = at("<a x=\"1 &lt; 2\" y='&quot;q&quot;' z=\"t\tab\r\nnl\nc&#13;r&#9;\" w=\"caf\u00e9\"/>", 1);

        assertThat(a.getAttributeValue(null, "x")).isEqualTo("1 < 2");
        assertThat(a.getAttributeValue(null, "y")).isEqualTo("\"q\"");
        assertThat(a.getAttributeValue(null, "z")).isEqualTo("t ab nl c\rr\t");
        assertThat(a.getAttributeValue(null, "w")).isEqualTo("caf\u00e9");
        assertThat(a.getAttributeValue(null, "v")).isNull();
    }

    @Test
    void cdataCommentsAndProcessingInstructions() throws Exception {
        assertThat(events("<!-- before --><?pi data?><a>x<![CDATA[<&>]]]]>y<!-- c -->z<?p q?></a><!-- after -->"))
                .containsExactly("<{null}a", "'x<&>]]y" + "z'", "/a");
        assertThat(events("<a><![CDATA[]]></a>")).containsExactly("<{null}a", "/a");
    }

    @Test
    void endOfLineHandling() throws Exception {
        assertThat(events("<a>1\r\n2\r3\n4&#13;&#10;5</a>")).containsExactly("<{null}a", "'1\n2\n3\n4\r\n5'", "/a");
        assertThat(events("<a><![CDATA[1\r\n2\r3]]></a>")).containsExactly("<{null}a", "'1\n2\n3'", "/a");
    }

    @Test
    void multiByteUtf8AndSurrogatePairs() throws Exception {
        String text = "\u00e9\u20ac\uD83D\uDE00\u4e2d";
        assertThat(events("<\u00e9l\u4e2d a=\"" + text + "\">" + text + "</\u00e9l\u4e2d>"))
                .containsExactly("<{null}\u00e9l\u4e2d", "'" + text + "'", "/\u00e9l\u4e2d");
        assertThat(events("\uFEFF<a/>")).containsExactly("<{null}a", "/a");
    }

    @Test
    void namespacesAreScopedPerElement() throws Exception {
        String xml = "<p:a xmlns:p=\"urn:1\" xmlns=\"urn:d\"><p:b xmlns:p=\"urn:2\"><c/></p:b><p:d/><e xmlns=\"\"/></p:a>";

        assertThat(events(xml)).containsExactly("<{urn:1}a", "<{urn:2}b", "<{urn:d}c", "/c", "/b", "<{urn:1}d",
                "/d", "<{null}e", "/e", "/a");
        XmlScanner b = at(xml, 2);
        assertThat(b.getNamespaceURI("p")).isEqualTo("urn:2");
        assertThat(b.getNamespaceURI("")).isEqualTo("urn:d");
        assertThat(b.getNamespaceURI("q")).isNull();
        assertThat(b.getNamespaceURI("xml")).isEqualTo(XmlScanner.XML_NS);
        XmlScanner d = at(xml, 4);
        assertThat(d.getNamespaceURI("p")).isEqualTo("urn:1");
    }

    @Test
    void prefixedAttributesAreFoundByNamespace() throws Exception {
        XmlScanner a = at("<a xmlns:i=\"urn:x\" xmlns:j=\"urn:x2\" i:type=\"t1\" j:type=\"t2\" type=\"t0\"/>", 1);

        assertThat(a.getAttributeValue("urn:x", "type")).isEqualTo("t1");
        assertThat(a.getAttributeValue("urn:x2", "type")).isEqualTo("t2");
        assertThat(a.getAttributeValue(null, "type")).isEqualTo("t0");
    }

    @Test
    void repeatedNamesAndShortValuesAreShared() throws Exception {
        XmlScanner scanner = new XmlScanner(new ByteArrayInputStream(
                "<r><item t=\"xsd:zzz\"/><item t=\"xsd:zzz\"/></r>".getBytes(StandardCharsets.UTF_8)));
        scanner.next();
        scanner.next();
        String name = scanner.getLocalName();
        String type = scanner.getAttributeValue(null, "t");
        scanner.next();
        scanner.next();

        assertThat(scanner.getLocalName()).isSameAs(name);
        assertThat(scanner.getAttributeValue(null, "t")).isSameAs(type);
    }

    @Test
    void namesThatStartLikeTheLastOneAreTheirOwn() throws Exception {
        assertThat(events("<r><item/><itemx/><item/><ite/><p:item xmlns:p=\"urn:p\"/><item></item></r>"))
                .containsExactly("<{null}r", "<{null}item", "/item", "<{null}itemx", "/itemx", "<{null}item", "/item",
                        "<{null}ite", "/ite", "<{urn:p}item", "/item", "<{null}item", "/item", "/r");
        assertThat(error("<r><item></ite></r>")).contains("does not match");
        assertThat(error("<r><ite></item></r>")).contains("does not match");
        XmlScanner second = at("<r xmlns:x=\"urn:x\"><a x:t=\"1\"/><a x:tt=\"2\" t=\"3\"/></r>", 3);
        assertThat(second.getAttributeValue("urn:x", "t")).isNull();
        assertThat(second.getAttributeValue("urn:x", "tt")).isEqualTo("2");
        assertThat(second.getAttributeValue(null, "t")).isEqualTo("3");
    }

    @Test
    void repeatedShortTextsAreShared() throws Exception {
        XmlScanner scanner = new XmlScanner(new ByteArrayInputStream(
                "<r><k>mailuser_id</k><k>mailuser_id</k><k>mailuser_ix</k></r>".getBytes(StandardCharsets.UTF_8)));
        List<String> texts = new ArrayList<>();
        for (int event = scanner.next(); event != XmlScanner.END_DOCUMENT; event = scanner.next()) {
            if (event == XmlScanner.CHARACTERS) {
                texts.add(scanner.getText());
            }
        }

        assertThat(texts).containsExactly("mailuser_id", "mailuser_id", "mailuser_ix");
        assertThat(texts.get(1)).isSameAs(texts.get(0));
    }

    @Test
    void tokensLongerThanTheBufferAreRead() throws Exception {
        String text = "x\u00e9".repeat(20_000);
        String value = "v".repeat(30_000);
        XmlScanner a = at("<a v=\"" + value + "\">" + text + "</a>", 1);

        assertThat(a.getAttributeValue(null, "v")).isEqualTo(value);
        assertThat(a.next()).isEqualTo(XmlScanner.CHARACTERS);
        assertThat(a.getText()).isEqualTo(text);
    }

    @Test
    void malformedStructureIsRefused() {
        assertThat(error("<a><b></a></b>")).contains("does not match");
        assertThat(error("<p:a xmlns:p=\"urn:1\"></q:a>")).contains("does not match");
        assertThat(error("<p:a/>")).contains("prefix p is not bound");
        assertThat(error("<a p:x=\"1\"/>")).contains("prefix p is not bound");
        assertThat(error("<a x=\"1\" x=\"2\"/>")).contains("appears twice");
        assertThat(error("<a xmlns:p=\"urn:1\" xmlns:q=\"urn:1\" p:x=\"1\" q:x=\"2\"/>")).contains("appears twice");
        assertThat(error("<a x=\"<\"/>")).contains("'<'");
        assertThat(error("<a x=1/>")).contains("quoted");
        assertThat(error("<a/><b/>")).contains("more than one root");
        assertThat(error("<a/>text")).contains("after the root");
        assertThat(error("text<a/>")).contains("before the root");
        assertThat(error("<a>]]></a>")).contains("]]>");
        assertThat(error("<a><!-- x -- y --></a>")).contains("--");
        assertThat(error("<a/><?xml version=\"1.0\"?>")).contains("XML declaration");
        assertThat(error("<a xmlns:p=\"\"/>")).contains("empty namespace");
    }

    @Test
    void unexpectedEndOfDocument() {
        for (String cut : List.of("<a>", "<a>text", "<a", "<a x=\"1", "<a><!-- c", "<a><![CDATA[x", "<a>&am",
                "<a><b/>", "<?xml version=\"1.0\"", "<a><?p ")) {
            assertThat(error(cut)).as(cut).isEqualTo("unexpected end of document");
        }
    }

    @Test
    void entitiesOtherThanThePredefinedAreRefused() {
        assertThat(error("<a>&xxe;</a>")).isEqualTo("entity references are not allowed");
        assertThat(error("<a x=\"&xxe;\"/>")).isEqualTo("entity references are not allowed");
        assertThat(error("<a>&#0;</a>")).contains("U+0000");
        assertThat(error("<a>&#xD800;</a>")).contains("U+D800");
        assertThat(error("<a>&#x110000;</a>")).contains("U+10FFFF");
        assertThat(error("<a>& b</a>")).contains("malformed entity reference");
        assertThat(error("<a>&#x;</a>")).contains("malformed character reference");
    }

    @Test
    void aDtdIsRefusedWherever() {
        assertThat(error("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")).contains("DTD");
        assertThat(error("<?xml version=\"1.0\"?><!DOCTYPE a SYSTEM \"http://x/\"><a/>")).contains("DTD");
        assertThat(error("<a><!DOCTYPE a></a>")).contains("DTD");
    }

    @Test
    void encodingsOtherThanUtf8AreRefused() throws Exception {
        assertThat(error("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>"))
                .contains("ISO-8859-1").contains("not supported");
        assertThat(error(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '<', 0, 'a', 0, '/', 0, '>'}))
                .contains("UTF-16").contains("not supported");
        assertThat(events("<?xml version=\"1.0\" encoding=\"utf-8\"?><a/>")).hasSize(2);
        assertThat(events("<?xml version='1.0' encoding='us-ascii' standalone='yes'?><a/>")).hasSize(2);
    }

    @Test
    void badUtf8AndCharactersOutsideXmlAreRefused() {
        int[][] bad = {{0x80}, {0xC0, 0xBC}, {0xC3, 0x28}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80},
            {0xF4, 0x90, 0x80, 0x80}, {0xF0, 0x80, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xFE}, {0xEF, 0xBF, 0xBE},
            {0x00}, {0x01}, {0x1F}};
        for (int[] sequence : bad) {
            byte[] xml = new byte[sequence.length + 7];
            System.arraycopy("<a>".getBytes(StandardCharsets.US_ASCII), 0, xml, 0, 3);
            for (int i = 0; i < sequence.length; i++) {
                xml[3 + i] = (byte) sequence[i];
            }
            System.arraycopy("</a>".getBytes(StandardCharsets.US_ASCII), 0, xml, 3 + sequence.length, 4);
            assertThat(error(xml)).as(java.util.Arrays.toString(sequence)).matches(".*(UTF-8|not allowed).*");
        }
    }

    @Test
    void aTagLongerThanTheLimitIsRefusedWithoutReadingItAll() {
        String attributes = " a=\"1\"".repeat(100_000);

        assertThat(error("<r" + attributes + "/>")).contains("tag longer than");
        assertThat(error("<r><" + "n".repeat(SoapReader.MAX_TAG_BYTES + 1) + "/></r>")).contains("tag longer than");
    }

    @Test
    void nestingBeyondTheScannerStackIsRefused() {
        int deep = XmlScanner.MAX_ELEMENT_DEPTH + 1;
        assertThat(error("<a>".repeat(deep) + "</a>".repeat(deep))).contains("nested deeper");
    }

    @Test
    void manyAttributesAreCheckedForDuplicatesInLinearTime() throws Exception {
        StringBuilder tag = new StringBuilder("<a");
        for (int i = 0; i < 5000; i++) {
            tag.append(" a").append(i).append("=\"\"");
        }
        assertThat(events(tag + "/>")).hasSize(2);
        assertThat(error(tag + " a17=\"\"/>")).contains("appears twice");
    }

    @Test
    void streamFailuresPassThrough() {
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ < 3) {
                    return "<a>".charAt(served - 1);
                }
                throw new IOException("limit reached");
            }
        };
        assertThatThrownBy(() -> scan(failing)).isInstanceOf(IOException.class).hasMessage("limit reached");
    }
}
