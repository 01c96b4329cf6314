package dev.ispconfig.client.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scanner's whole-entry fast path ({@link XmlScanner#nextEntry}) must change nothing but speed: every document
 * decodes to the same value, or fails with the same message, with it and without it (every entry read event by
 * event). And it must really be taken for what PHP writes, or the speed is not there.
 */
class WholeEntriesTest {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SOAP-ENV:Envelope"
            + " xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"urn:x\""
            + " xmlns:i=\"" + XSI + "\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"" + XSI + "\""
            + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\" xmlns:ns2=\"http://xml.apache.org/xml-soap\""
            + " xmlns:other=\"urn:other\""
            + " SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><SOAP-ENV:Body><ns1:fResponse>";
    private static final String TAIL = "</ns1:fResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>\n";

    // --- the same answers with and without it ------------------------------------------------------------------

    @Test
    void everyCapturedAnswerDecodesAlike() throws Exception {
        List<Path> answers;
        try (Stream<Path> files = Files.list(wireDirectory())) {
            answers = files.filter(f -> f.toString().endsWith(".response.xml")).sorted().toList();
        }
        assertThat(answers).hasSizeGreaterThanOrEqualTo(13);
        for (Path answer : answers) {
            byte[] doc = Files.readAllBytes(answer);
            for (int max : new int[] {1, 7, 100, 1 << 20}) {
                assertThat(decode(ChunkedInput.random(doc, max, max), true))
                        .as(answer.getFileName() + " read " + max + " bytes at a time")
                        .isEqualTo(decode(new ByteArrayInputStream(doc), false));
            }
        }
    }

    @Test
    void generatedEntriesDecodeAlike() throws Exception {
        Random r = new Random(11);
        int fastEntries = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] doc = (HEAD + "<return " + pick(r, MAP_TYPES) + ">" + entries(r, 0) + "</return>" + TAIL)
                    .getBytes(StandardCharsets.UTF_8);
            String expected = decode(new ByteArrayInputStream(doc), false);
            int max = r.nextBoolean() ? 1 << 20 : 1 + r.nextInt(200);
            String actual = decode(ChunkedInput.random(doc, round, max), true);
            assertThat(actual).as("round %d, %s", round, new String(doc, StandardCharsets.UTF_8)).isEqualTo(expected);
            if (!expected.startsWith("!")) {
                fastEntries += wholeEntries(doc);
            }
        }
        assertThat(fastEntries).as("entries read whole").isGreaterThan(5_000);
    }

    @Test
    void mutatedAnswersDecodeAlike() throws Exception {
        Random r = new Random(5);
        List<byte[]> bases = new ArrayList<>();
        bases.add(Captures.bytes("soap-03-sites_web_domain_get.response.xml"));
        bases.add(Captures.bytes("soap-05-mail_user_get-filter-many.response.xml"));
        for (int i = 0; i < 8; i++) {
            bases.add((HEAD + "<return xsi:type=\"ns2:Map\">" + entries(r, 0) + "</return>" + TAIL)
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (int round = 0; round < 30_000; round++) {
            byte[] doc = XmlScannerFuzzTest.mutate(r, bases.get(round % bases.size()));
            String expected = decode(new ByteArrayInputStream(doc), false);
            String actual = decode(ChunkedInput.random(doc, round, 1 + r.nextInt(9000)), true);
            assertThat(actual).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void nestingAtTheDepthBoundDecodesAlike() throws Exception {
        for (int levels = SoapReader.MAX_DEPTH - 2; levels <= SoapReader.MAX_DEPTH + 1; levels++) {
            String entry = "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:int\">1</value></item>";
            for (int i = 0; i < levels; i++) {
                entry = "<item><key xsi:type=\"xsd:string\">k" + i + "</key><value xsi:type=\"ns2:Map\">" + entry
                        + "</value></item>";
            }
            byte[] doc = (HEAD + "<return xsi:type=\"ns2:Map\">" + entry + "</return>" + TAIL)
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(decode(new ByteArrayInputStream(doc), true)).as(levels + " levels")
                    .isEqualTo(decode(new ByteArrayInputStream(doc), false));
        }
    }

    /** Edge cases kept from an independent review (which found no divergence in 300,000 generated documents). */
    @Test
    void reviewedEdgeCasesDecodeAlike() throws Exception {
        String e = "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:int\">1</value></item>";
        List<String> bodies = List.of(
                "<return xsi:type=\"ns2:Map\"/>",
                // XSI's prefix shadowed on the map, another prefix bound to XSI on the map, on an item, by default
                "<return xsi:type=\"ns2:Map\" xmlns:xsi=\"urn:o\" xmlns:q=\"" + XSI + "\">" + e
                        + e.replace("xsi:", "q:") + "</return>",
                "<return xsi:type=\"ns2:Map\"><item xmlns:q=\"" + XSI + "\"><key q:type=\"xsd:string\">a</key>"
                        + "<value q:type=\"xsd:int\">2</value></item>" + e.replace("xsi:", "q:") + e + "</return>",
                "<return xsi:type=\"ns2:Map\" xmlns=\"" + XSI + "\">" + e + "</return>",
                // the type's prefix rebound by an item read event by event, just before a whole one
                "<return xsi:type=\"ns2:Map\"><item xmlns:xsd=\"urn:o\"><key xsi:type=\"xsd:string\">a</key>"
                        + "<value xsi:type=\"xsd:int\">2</value></item>" + e + "</return>",
                // odd types and texts
                "<return xsi:type=\"ns2:Map\"><item><key xsi:type=\"\">k</key><value xsi:nil=\"true\"/></item></return>",
                "<return xsi:type=\"ns2:Map\"><item><key xsi:type=\"xsd:int\">007</key><value xsi:type=\"ns2:Map\">t"
                        + "</value></item><item><key xsi:type=\"SOAP-ENC:Array\">x</key><value xsi:type=\"SOAP-ENC:Struct\">"
                        + "</value></item><item><key xsi:type=\"xsd:anyType\">\u007f</key><value xsi:type=\"xsd:"
                        + "x".repeat(130) + "\">a>b</value></item><item><key xsi:type=\"zz:x\">k</key>"
                        + "<value xsi:type=\"xsd:int\">1</value></item></return>");
        for (String body : bodies) {
            byte[] doc = (HEAD + body + TAIL).getBytes(StandardCharsets.UTF_8);
            String expected = decode(new ByteArrayInputStream(doc), false);
            for (int max : new int[] {1, 2, 5, 64, 1 << 20}) {
                assertThat(decode(ChunkedInput.random(doc, max, max), true)).as(body + " read " + max + " at a time")
                        .isEqualTo(expected);
            }
        }
    }

    // --- taken for what PHP writes, and for nothing else -------------------------------------------------------

    @Test
    void takenForEveryEntryOfTheCapturedWebDomain() throws Exception {
        byte[] doc = Captures.bytes("soap-03-sites_web_domain_get.response.xml");
        int items = new String(doc, StandardCharsets.UTF_8).split("<item>", -1).length - 1;
        assertThat(items).isGreaterThan(80);
        // All but the one the end of the scanner's first 8 KB read may cut (read event by event, see below).
        assertThat(wholeEntries(doc)).isBetween(items - 1, items);
    }

    @Test
    void readsTheEntryPhpWrites() throws Exception {
        XmlScanner xml = inMap("<item><key xsi:type=\"xsd:string\">domain</key><value xsi:type=\"xsd:string\">a.example"
                + "</value></item><item><key xsi:type=\"xsd:int\">7</key><value xsi:nil=\"true\"/></item>"
                + "<item><key i:type=\"xsd:string\"></key><value i:type=\"xsd:int\"></value></item>");
        assertThat(xml.nextEntry()).isTrue();
        assertThat(List.of(xml.entryKeyType(), xml.entryKey(), xml.entryValueType(), xml.entryValue()))
                .containsExactly("xsd:string", "domain", "xsd:string", "a.example");
        assertThat(xml.nextEntry()).isTrue();
        assertThat(xml.entryKeyType()).isEqualTo("xsd:int");
        assertThat(xml.entryKey()).isEqualTo("7");
        assertThat(xml.entryValueType()).isNull();
        assertThat(xml.entryValue()).isNull();
        assertThat(xml.nextEntry()).as("another prefix bound to XSI, declared before xsi").isFalse();
        assertThat(xml.next()).isEqualTo(XmlScanner.START_ELEMENT);
    }

    @Test
    void consumesNothingWhenTheEntryIsNotExactlyPhps() throws Exception {
        String[] notWhole = {
            "<item> <key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:string\">v</value></item>",
            "<item><key xsi:type=\"xsd:string\">k</key>\n<value xsi:type=\"xsd:string\">v</value></item>",
            "<item><key xsi:type='xsd:string'>k</key><value xsi:type=\"xsd:string\">v</value></item>",
            "<item><key xsi:type=\"xsd:string\" a=\"b\">k</key><value xsi:type=\"xsd:string\">v</value></item>",
            "<item><key xsi:type=\"xsd:string\">a&amp;b</key><value xsi:type=\"xsd:string\">v</value></item>",
            "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:string\">\u00e9</value></item>",
            "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:string\">a\r\nb</value></item>",
            "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:string\">a]b</value></item>",
            "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:string\"><![CDATA[v]]></value></item>",
            "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:string\"/></item>",
            "<item><key xsi:type=\"xsd:string\">k</key><value xsi:nil=\"1\"/></item>",
            "<item><key xsi:type=\"xsd:string\">k</key><value>v</value></item>",
            "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:string\">v</value><x/></item>",
            "<item><key xsi:type=\"xs\td:string\">k</key><value xsi:type=\"xsd:string\">v</value></item>",
            "<item><key other:type=\"xsd:string\">k</key><value xsi:type=\"xsd:string\">v</value></item>",
            "<entry><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:string\">v</value></entry>",
            "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:string\">v</value></item",
        };
        for (String entry : notWhole) {
            XmlScanner xml = inMap(entry);
            assertThat(xml.nextEntry()).as(entry).isFalse();
            assertThat(xml.next()).as(entry).isEqualTo(XmlScanner.START_ELEMENT);
            assertThat(xml.getLocalName()).as(entry).isIn("item", "entry");
        }
    }

    @Test
    void notTakenWhereXsiMeansAnotherNamespace() throws Exception {
        String entry = "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:int\">1</value></item>";
        XmlScanner xml = scanner("<m xmlns:xsi=\"urn:not-xsi\">" + entry + "</m>");
        assertThat(xml.next()).isEqualTo(XmlScanner.START_ELEMENT);
        assertThat(xml.nextEntry()).isFalse();
        // The same prefix declared for XSI further out and shadowed inside.
        xml = scanner("<o xmlns:xsi=\"" + XSI + "\"><m xmlns:xsi=\"urn:not-xsi\">" + entry + "</m></o>");
        xml.next();
        xml.next();
        assertThat(xml.nextEntry()).isFalse();
    }

    @Test
    void notTakenWhenTheBufferEndsInsideTheEntry() throws Exception {
        String entry = "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"xsd:string\">v</value></item>";
        byte[] doc = ("<m xmlns:xsi=\"" + XSI + "\">" + entry + entry + "</m>").getBytes(StandardCharsets.UTF_8);
        int firstEntryEnds = doc.length - "</m>".length() - entry.length();
        // The first read stops one byte short of the end of the first entry.
        XmlScanner xml = new XmlScanner(ChunkedInput.firstRead(doc, firstEntryEnds - 1));
        assertThat(xml.next()).isEqualTo(XmlScanner.START_ELEMENT);
        assertThat(xml.nextEntry()).as("one byte of the entry missing").isFalse();
        assertThat(xml.next()).isEqualTo(XmlScanner.START_ELEMENT); // read on event by event
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** Keys and values of every kind the reader knows, well-formed or not, framed as PHP does or not. */
    private static final String[] KEYS = {
        "<key xsi:type=\"xsd:string\">domain_id</key>", "<key xsi:type=\"xsd:string\"></key>",
        "<key xsi:type=\"xsd:string\">a&amp;b</key>", "<key xsi:type=\"xsd:string\">\u00e9t\u00e9</key>",
        "<key xsi:type=\"xsd:string\">x\r\ny</key>", "<key xsi:type=\"xsd:string\"> sp\t</key>",
        "<key xsi:type=\"xsd:int\">7</key>", "<key xsi:type=\"xsd:int\">007</key>", "<key xsi:type=\"xsd:int\">+5</key>",
        "<key xsi:type=\"xsd:int\">abc</key>", "<key xsi:type=\"xsd:int\">99999999999</key>",
        "<key xsi:nil=\"true\"/>", "<key>untyped</key>", "<key xsi:type=\"ns2:Map\">x</key>",
        "<key xsi:type=\"SOAP-ENC:Array\">x</key>", "<key xsi:type=\"zz:string\">k</key>",
        "<key i:type=\"xsd:string\">k</key>", "<key xsi:type=\"xsd:string\" xmlns:xsd=\"urn:other\">k</key>",
        "<key xsi:type=\"other:string\">k</key>", "<key xsi:type=\"xsd:boolean\">1</key>",
    };

    private static final String[] VALUES = {
        "<value xsi:type=\"xsd:string\">web1.example.com</value>", "<value xsi:type=\"xsd:string\"></value>",
        "<value xsi:type=\"xsd:string\">y</value>", "<value xsi:type=\"xsd:string\">a &lt; b]]&gt;</value>",
        "<value xsi:type=\"xsd:string\">multi\nline\tx</value>", "<value xsi:type=\"xsd:string\">\u00fc\u20ac</value>",
        "<value xsi:type=\"xsd:string\">a]]>b</value>", "<value xsi:type=\"xsd:string\">\u0001</value>",
        "<value xsi:type=\"xsd:int\">42</value>", "<value xsi:type=\"xsd:int\"> -3 </value>",
        "<value xsi:type=\"xsd:int\">x</value>", "<value xsi:type=\"xsd:long\">9223372036854775807</value>",
        "<value xsi:type=\"xsd:boolean\">true</value>", "<value xsi:type=\"xsd:boolean\">0</value>",
        "<value xsi:type=\"xsd:boolean\">no</value>", "<value xsi:type=\"xsd:double\">1.5</value>",
        "<value xsi:type=\"xsd:float\">NAN</value>", "<value xsi:type=\"xsd:float\">-inf</value>",
        "<value xsi:type=\"xsd:double\">1e</value>", "<value xsi:type=\"xsd:base64Binary\">QUJD</value>",
        "<value xsi:type=\"xsd:base64Binary\">!!</value>", "<value xsi:type=\"xsd:anyType\">any</value>",
        "<value xsi:type=\"xsd:ur-type\">ur</value>", "<value xsi:type=\"SOAP-ENC:string\">enc</value>",
        "<value xsi:type=\"SOAP-ENC:Array\">text</value>", "<value xsi:type=\"SOAP-ENC:Struct\">text</value>",
        "<value xsi:type=\"ns2:Map\">text</value>", "<value xsi:type=\"ns2:Other\">text</value>",
        "<value xsi:type=\"other:thing\">text</value>", "<value xsi:type=\"zz:thing\">text</value>",
        "<value xsi:type=\"string\">no prefix</value>", "<value xsi:nil=\"true\"/>", "<value xsi:nil=\"1\"/>",
        "<value xsi:nil=\"false\"/>", "<value>untyped</value>", "<value xsi:type=\"xsd:string\"/>",
        "<value i:type=\"xsd:int\">5</value>", "<value xsi:type=\"xsd:int\" href=\"#1\">5</value>",
        "<value xsi:type=\"SOAP-ENC:Array\"><item xsi:type=\"xsd:int\">1</item></value>",
        "<value xsi:type=\"xsd:string\">&#65;&#x42;</value>", "<value xsi:type=\"xsd:string\">a<!--c-->b</value>",
    };

    private static final String[] ITEM_OPEN = {"<item>", "<item>", "<item>", "<item>", "<item> ", "<entry>",
        "<item xmlns:xsi=\"urn:other\">", "<item a=\"b\">"};
    private static final String[] ITEM_CLOSE = {"</item>", "</item>", "</item>", "</item>", "\n</item>"};
    private static final String[] MAP_TYPES = {"xsi:type=\"ns2:Map\"", "xsi:type=\"ns2:Map\"",
        "i:type=\"ns2:Map\"", "xsi:type=\"ns2:Map\" xmlns:xsi=\"urn:other\"",
        "xsi:type=\"ns2:Map\" xmlns:q=\"" + XSI + "\"", "xmlns:xsi=\"urn:other\" i:type=\"ns2:Map\""};

    private static String entries(Random r, int depth) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            boolean php = r.nextInt(3) > 0; // mostly as PHP writes them, so that the fast path is taken
            String open = php ? "<item>" : pick(r, ITEM_OPEN);
            String close = open.startsWith("<entry") ? "</entry>" : php ? "</item>" : pick(r, ITEM_CLOSE);
            String key = php ? KEYS[r.nextInt(3)] : pick(r, KEYS);
            String value;
            if (depth < 3 && r.nextInt(10) == 0) {
                value = "<value " + pick(r, MAP_TYPES) + ">" + entries(r, depth + 1) + "</value>";
            } else {
                value = php ? VALUES[r.nextInt(3)] : pick(r, VALUES);
            }
            sb.append(open).append(key).append(value).append(close);
        }
        return sb.toString();
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    /** The decoded value, in order and with its Java types, or the exception: what the two paths must agree on. */
    private static String decode(InputStream in, boolean wholeEntries) {
        try {
            SoapResponse response = SoapReader.readResponse(in, wholeEntries);
            return response.isFault() ? "fault " + response.fault() : describe(response.value());
        } catch (Exception e) {
            return "! " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String describe(Object v) {
        if (v instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            map.forEach((k, x) -> sb.append(describe(k)).append('=').append(describe(x)).append(", "));
            return sb.append('}').toString();
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            list.forEach(x -> sb.append(describe(x)).append(", "));
            return sb.append(']').toString();
        }
        if (v instanceof byte[] bytes) {
            return "bytes " + Base64.getEncoder().encodeToString(bytes);
        }
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }

    /** How many entries of the document's answer map the scanner reads whole; the others are read event by event. */
    private static int wholeEntries(byte[] doc) throws Exception {
        XmlScanner xml = new XmlScanner(new ByteArrayInputStream(doc));
        int event;
        do {
            event = xml.next();
        } while (event != XmlScanner.END_DOCUMENT
                && !(event == XmlScanner.START_ELEMENT && "return".equals(xml.getLocalName())));
        int whole = 0;
        int open = 0;
        while (event != XmlScanner.END_DOCUMENT) {
            if (open == 0 && xml.nextEntry()) {
                whole++;
                continue;
            }
            event = xml.next();
            if (event == XmlScanner.START_ELEMENT) {
                open++;
            } else if (event == XmlScanner.END_ELEMENT && open-- == 0) {
                break; // </return>
            }
        }
        return whole;
    }

    /** A scanner inside a map element that declares i and xsi, the last one used in entries, for XSI. */
    private static XmlScanner inMap(String entries) throws Exception {
        XmlScanner xml = scanner("<m xmlns:i=\"" + XSI + "\" xmlns:xsi=\"" + XSI + "\">" + entries + "</m>");
        assertThat(xml.next()).isEqualTo(XmlScanner.START_ELEMENT);
        return xml;
    }

    private static XmlScanner scanner(String xml) {
        return new XmlScanner(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Path wireDirectory() throws URISyntaxException {
        return Path.of(WholeEntriesTest.class.getResource("/wire/soap-01-login.response.xml").toURI()).getParent();
    }
}
