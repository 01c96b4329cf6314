package dev.ispconfig.client.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * XmlScanner against the JDK's StAX on generated documents (every read pattern), mutation fuzzing for unchecked
 * exceptions and hangs, worst-case tags in linear time, and the declaration and PI rules (from an independent review).
 */
class XmlScannerFuzzTest {

    /** Hands out a random number of bytes (1..max) per read. */
    private static final String[] PREFIXES = {"p", "q", "SOAP-ENV", "xsi", "ns1"};
    private static final String[] URIS = {"urn:a", "urn:b", "http://schemas.xmlsoap.org/soap/envelope/",
        "http://www.w3.org/2001/XMLSchema-instance", "urn:\u00e9\u4e2d"};
    private static final String[] NAMES = {"item", "key", "value", "a", "return", "type", "\u00e9l\u00e8ve",
        "\u4e2d\u6587", "\ud835\udd38x", "a-b.c_d", "x1", "type2"};
    private static final String[] TEXT = {"a", "bc", " ", "\n", "\t", "\r\n", "\r", "&amp;", "&lt;", "&gt;",
        "&quot;", "&apos;", "&#13;", "&#10;", "&#x9;", "&#x1F600;", "&#65;", "]", "]]", "]>", ">", "\u00e9",
        "\u4e2d", "\ud83d\ude00", "\u0080", "\ufffd", "<!-- c -->", "<!---->", "<?pi data?>", "<?pi?>",
        "<![CDATA[x]]>", "<![CDATA[]]]]>", "<![CDATA[\r\n]]>", "<![CDATA[<&>]]>", "'", "\""};
    private static final String[] ATTR = {"a", "b c", "\n", "\t", "\r\n", "\r", "&amp;", "&lt;", "&#13;",
        "&#10;", "&#9;", "&#x1F600;", "\u00e9", "\ud83d\ude00", ">", "xsd:string", "]]>", " "};

    static String document(Random r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextBoolean()) {
            sb.append(r.nextBoolean() ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" : "<?xml version='1.0'?>");
        }
        element(r, sb, 0, new ArrayList<>(List.of()));
        return sb.toString();
    }

    private static String name(Random r) {
        if (r.nextInt(20) == 0) {
            StringBuilder sb = new StringBuilder("long");
            int n = r.nextInt(3000);
            for (int i = 0; i < n; i++) {
                sb.append((char) ('a' + r.nextInt(26)));
            }
            return sb.toString();
        }
        return NAMES[r.nextInt(NAMES.length)];
    }

    private static void element(Random r, StringBuilder sb, int depth, List<String> declared) {
        List<String> scope = new ArrayList<>(declared);
        StringBuilder attrs = new StringBuilder();
        List<String> used = new ArrayList<>();
        int nd = r.nextInt(3);
        for (int i = 0; i < nd; i++) {
            int k = r.nextInt(PREFIXES.length);
            String dec = "xmlns:" + PREFIXES[k];
            if (used.contains(dec)) {
                continue;
            }
            used.add(dec);
            attrs.append(ws(r)).append(dec).append("=\"").append(URIS[r.nextInt(URIS.length)]).append('"');
            if (!scope.contains(PREFIXES[k])) {
                scope.add(PREFIXES[k]);
            }
        }
        if (r.nextInt(4) == 0 && !used.contains("xmlns")) {
            used.add("xmlns");
            attrs.append(ws(r)).append("xmlns='").append(r.nextInt(3) == 0 ? "" : URIS[r.nextInt(URIS.length)])
                    .append('\'');
        }
        String prefix = !scope.isEmpty() && r.nextBoolean() ? scope.get(r.nextInt(scope.size())) : null;
        String qname = (prefix == null ? "" : prefix + ":") + name(r);
        int na = r.nextInt(r.nextInt(10) == 0 ? 40 : 4);
        for (int i = 0; i < na; i++) {
            // unprefixed attributes only, or prefixed with a prefix whose uri... keep names unique by qname and
            // avoid two prefixes on the same uri by using prefixed names rarely and with a unique local
            String an = !scope.isEmpty() && r.nextInt(3) == 0
                    ? scope.get(r.nextInt(scope.size())) + ":u" + i : name(r) + i;
            if (used.contains(an)) {
                continue;
            }
            used.add(an);
            char q = r.nextBoolean() ? '"' : '\'';
            attrs.append(ws(r)).append(an).append(r.nextInt(5) == 0 ? " = " : "=").append(q);
            int nv = r.nextInt(r.nextInt(20) == 0 ? 3000 : 6);
            for (int j = 0; j < nv; j++) {
                String v = ATTR[r.nextInt(ATTR.length)];
                attrs.append(v);
            }
            attrs.append(q == '"' ? "'" : "\"").append(q);
        }
        sb.append('<').append(qname).append(attrs);
        if (r.nextInt(8) == 0) {
            sb.append(r.nextBoolean() ? " " : "").append("/>");
            return;
        }
        sb.append(r.nextBoolean() ? "" : " ").append('>');
        int n = depth > 5 ? 0 : r.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(3) == 0) {
                element(r, sb, depth + 1, scope);
            } else {
                int nt = r.nextInt(r.nextInt(30) == 0 ? 5000 : 8);
                for (int j = 0; j < nt; j++) {
                    String t = TEXT[r.nextInt(TEXT.length)];
                    if (t.equals("]") && sb.length() > 1 && sb.charAt(sb.length() - 1) == ']'
                            || t.startsWith("]") && sb.length() > 0 && sb.charAt(sb.length() - 1) == ']') {
                        continue; // keep "]]>" out of text
                    }
                    if (t.startsWith(">") && sb.length() > 1 && sb.charAt(sb.length() - 1) == ']'
                            && sb.charAt(sb.length() - 2) == ']') {
                        continue;
                    }
                    sb.append(t);
                }
            }
        }
        sb.append("</").append(qname).append(r.nextBoolean() ? "" : "\n").append('>');
    }

    private static String ws(Random r) {
        return new String[] {" ", "\n", "\t", "\r\n", "  "}[r.nextInt(5)];
    }

    /** Events of the JDK's StAX, texts merged across comments and PIs like the scanner. */
    static List<String> stax(byte[] xml) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader x = f.createXMLStreamReader(new ByteArrayInputStream(xml));
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (x.hasNext()) {
            int e = x.next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (x.getEventType() != XMLStreamConstants.SPACE || true) {
                        text.append(x.getText());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    flush(out, text);
                    StringBuilder s = new StringBuilder("<{" + nz(x.getNamespaceURI()) + "}" + x.getLocalName());
                    List<String> as = new ArrayList<>();
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        as.add(" {" + nz(x.getAttributeNamespace(i)) + "}" + x.getAttributeLocalName(i) + "="
                                + esc(x.getAttributeValue(i)));
                    }
                    java.util.Collections.sort(as);
                    as.forEach(s::append);
                    out.add(s.toString());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    flush(out, text);
                    out.add("/{" + nz(x.getNamespaceURI()) + "}" + x.getLocalName());
                }
                default -> {
                }
            }
        }
        flush(out, text);
        return out;
    }

    private static void flush(List<String> out, StringBuilder text) {
        if (text.length() > 0) {
            out.add("'" + esc(text.toString()) + "'");
            text.setLength(0);
        }
    }

    private static String nz(String s) {
        return s == null || s.isEmpty() ? "" : s;
    }

    static String esc(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    /** Events of the scanner; attributes asked for by the names StAX reported. */
    static List<String> scanner(InputStream in, List<String> reference) throws Exception {
        XmlScanner x = new XmlScanner(in);
        List<String> out = new ArrayList<>();
        for (int e = x.next(); e != XmlScanner.END_DOCUMENT; e = x.next()) {
            switch (e) {
                case XmlScanner.START_ELEMENT -> {
                    StringBuilder s = new StringBuilder("<{" + nz(x.getNamespaceURI()) + "}" + x.getLocalName());
                    String ref = out.size() < reference.size() ? reference.get(out.size()) : "";
                    List<String> as = new ArrayList<>();
                    for (String part : ref.split(" \\{")) {
                        if (part.isEmpty() || part.startsWith("<")) {
                            continue;
                        }
                        int close = part.indexOf('}');
                        int eq = part.indexOf('=', close);
                        String uri = part.substring(0, close);
                        String local = part.substring(close + 1, eq);
                        String v = x.getAttributeValue(uri.isEmpty() ? null : uri, local);
                        as.add(" {" + uri + "}" + local + "=" + (v == null ? "<null>" : esc(v)));
                    }
                    java.util.Collections.sort(as);
                    as.forEach(s::append);
                    out.add(s.toString());
                }
                case XmlScanner.END_ELEMENT -> out.add("/{" + nz(x.getNamespaceURI()) + "}" + x.getLocalName());
                case XmlScanner.CHARACTERS -> out.add("'" + esc(x.getText()) + "'");
                default -> throw new AssertionError(e);
            }
        }
        return out;
    }

    @Test
    void differentialAgainstStax() throws Exception {
        Random seeds = new Random(1);
        int compared = 0;
        for (int round = 0; round < 3000; round++) {
            long seed = seeds.nextLong();
            byte[] doc = document(new Random(seed)).getBytes(StandardCharsets.UTF_8);
            List<String> expected;
            try {
                expected = stax(doc);
            } catch (Exception e) {
                continue; // generator produced something StAX refuses (e.g. duplicate expanded attribute names)
            }
            compared++;
            for (int max : new int[] {1, 3, 7, 100, 1 << 20}) {
                List<String> actual;
                try {
                    actual = scanner(ChunkedInput.random(doc, seed + max, max), expected);
                } catch (XmlException e) {
                    fail("seed " + seed + " chunk " + max + ": refused a document StAX reads: " + e.getMessage()
                            + "\n" + new String(doc, StandardCharsets.UTF_8).substring(0, Math.min(doc.length, 3000)));
                    return;
                }
                if (!actual.equals(expected)) {
                    int i = 0;
                    while (i < Math.min(actual.size(), expected.size()) && actual.get(i).equals(expected.get(i))) {
                        i++;
                    }
                    fail("seed " + seed + " chunk " + max + " differs at event " + i + ":\n  stax:    "
                            + (i < expected.size() ? expected.get(i) : "<end>") + "\n  scanner: "
                            + (i < actual.size() ? actual.get(i) : "<end>"));
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    private static final String[] INSERTS = {"<", ">", "&", "]]>", "<![CDATA[", "<!--", "-->", "<?", "?>", "\"",
        "'", "\r", "\u0000", "\u00ff", "</a>", "<a>", "xmlns:z='u'", "z:", "&#xD800;", "&#0;", ":", "/>",
        "<!DOCTYPE a>", "&foo;", "&#x110000;", "&#99999999999;"};

    @Test
    void mutationsEndInXmlExceptionOnly() throws Exception {
        Random r = new Random(7);
        for (int round = 0; round < 20000; round++) {
            byte[] doc = document(new Random(r.nextLong())).getBytes(StandardCharsets.UTF_8);
            byte[] m = mutate(r, doc);
            for (int max : new int[] {1, 5, 1 << 20}) {
                try {
                    XmlScanner x = new XmlScanner(ChunkedInput.random(m, round, max));
                    int events = 0;
                    for (int e = x.next(); e != XmlScanner.END_DOCUMENT; e = x.next()) {
                        if (e == XmlScanner.CHARACTERS) {
                            x.getText();
                        } else if (e == XmlScanner.START_ELEMENT) {
                            x.getAttributeValue(null, "a0");
                            x.getNamespaceURI("p");
                        }
                        if (++events > 10 * m.length + 10) {
                            fail("too many events: loop? round " + round);
                        }
                    }
                } catch (XmlException expected) {
                    // fine
                } catch (Throwable t) {
                    throw new AssertionError("round " + round + " chunk " + max + ": "
                            + new String(m, StandardCharsets.ISO_8859_1).substring(0, Math.min(m.length, 500)), t);
                }
            }
        }
    }

    static byte[] mutate(Random r, byte[] doc) {
        byte[] m = doc.clone();
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n && m.length > 0; k++) {
            int at = r.nextInt(m.length);
            switch (r.nextInt(5)) {
                case 0 -> m[at] = (byte) r.nextInt(256);
                case 1 -> {
                    byte[] ins = INSERTS[r.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8);
                    byte[] t = new byte[m.length + ins.length];
                    System.arraycopy(m, 0, t, 0, at);
                    System.arraycopy(ins, 0, t, at, ins.length);
                    System.arraycopy(m, at, t, at + ins.length, m.length - at);
                    m = t;
                }
                case 2 -> {
                    int len = Math.min(m.length - at, 1 + r.nextInt(8));
                    byte[] t = new byte[m.length - len];
                    System.arraycopy(m, 0, t, 0, at);
                    System.arraycopy(m, at + len, t, at, m.length - at - len);
                    m = t;
                }
                case 3 -> m = java.util.Arrays.copyOf(m, at);
                default -> m[at] = (byte) (0x80 | r.nextInt(0x80));
            }
        }
        return m;
    }

    private static List<String> scan(String xml) throws Exception {
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        return scanner(new ByteArrayInputStream(b), stax(b));
    }

    /**
     * A well-formed character reference padded past 32 bytes with leading zeros is refused on purpose (StAX reads
     * it): references are read within a bounded window, and PHP never pads them. Refused as malformed, not misread.
     */
    @Test
    void longCharacterReferenceWithLeadingZerosIsRefusedAsMalformed() {
        String xml = "<a>&#x00000000000000000000000000000000041;&#0000000000000000000000000000000065;</a>";
        assertThatThrownBy(() -> scan(xml)).isInstanceOf(XmlException.class);
    }

    /** Malformed declarations StAX refuses: a repeated encoding, a bad standalone value. */
    @Test
    void repeatedEncodingInDeclarationIsRefused() {
        declarationRefused("<?xml version='1.0' encoding='UTF-8' encoding='UTF-8'?><a/>");
    }

    @Test
    void badStandaloneValueIsRefused() {
        declarationRefused("<?xml version='1.0' standalone='maybe'?><a/>");
    }

    @Test
    void standaloneBeforeEncodingIsRefused() {
        declarationRefused("<?xml version='1.0' standalone='yes' encoding='UTF-8'?><a/>");
    }

    private static void declarationRefused(String... xmls) {
        for (String xml : xmls) {
            try {
                stax(xml.getBytes(StandardCharsets.UTF_8));
                continue; // StAX reads it too
            } catch (Exception staxRefuses) {
                // expected: malformed
            }
            try {
                scanner(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), List.of());
                fail("accepted " + xml);
            } catch (XmlException expected) {
                // fine
            } catch (Exception e) {
                fail(e);
            }
        }
    }

    private static final String ENVELOPE = "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:ns1=\"urn:x\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\" xmlns:ns2=\"http://xml.apache.org/xml-soap\""
            + " SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><SOAP-ENV:Body>"
            + "<ns1:fResponse><return xsi:type=\"ns2:Map\"><item><key xsi:type=\"xsd:string\">a&amp;b</key>"
            + "<value xsi:type=\"SOAP-ENC:Array\" SOAP-ENC:arrayType=\"xsd:ur-type[2]\"><item xsi:type=\"xsd:int\">12"
            + "</item><item xsi:type=\"xsd:boolean\">true</item><item xsi:type=\"xsd:double\">1.5</item>"
            + "<item xsi:nil=\"true\"/><item xsi:type=\"xsd:base64Binary\">QUJD</item><item><x>1</x><y>\u00e9\ud83d\ude00"
            + "</y></item></value></item><item><key xsi:type=\"xsd:int\">7</key><value xsi:type=\"xsd:string\">"
            + "l\u00e9\r\n&#13;<![CDATA[x]]></value></item></return></ns1:fResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>";

    @Test
    void soapReaderMutationsEndInSoapFormatExceptionOnly() throws Exception {
        byte[] doc = ENVELOPE.getBytes(StandardCharsets.UTF_8);
        SoapReader.readResponse(new ByteArrayInputStream(doc));
        Random r = new Random(3);
        for (int round = 0; round < 100000; round++) {
            byte[] m = mutate(r, doc);
            try {
                SoapReader.readResponse(ChunkedInput.random(m, round, 1 + (round % 17)));
            } catch (SoapFormatException expected) {
                // fine
            } catch (Throwable t) {
                throw new AssertionError("round " + round + ": " + new String(m, StandardCharsets.UTF_8), t);
            }
        }
    }

    /** Same documents parsed on many threads at once must give the single-threaded answers (static tables). */
    @Test
    void concurrentDocumentsDoNotInterfere() throws Exception {
        Random seeds = new Random(11);
        List<byte[]> docs = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        while (docs.size() < 200) {
            byte[] d = document(new Random(seeds.nextLong())).getBytes(StandardCharsets.UTF_8);
            try {
                expected.add(stax(d));
                docs.add(d);
            } catch (Exception e) {
                // skip
            }
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int shift = t;
                fs.add(pool.submit(() -> {
                    for (int k = 0; k < 5 * docs.size(); k++) {
                        int i = (k + shift * 25) % docs.size();
                        assertThat(scanner(new ByteArrayInputStream(docs.get(i)), expected.get(i)))
                                .isEqualTo(expected.get(i));
                    }
                    return null;
                }));
            }
            for (var f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Linear time: the worst tags the limits allow, repeated to ~8 MB, read well within a hang guard (about 1 s here;
     * quadratic work on them would take many minutes). A guard against blowup, not a performance assertion.
     */
    @Test
    void worstCaseTagsReadInLinearTime() throws Exception {
        StringBuilder decl = new StringBuilder("<r");
        for (int i = 0; i < 255; i++) {
            decl.append(" xmlns:p").append(i).append("='u").append(i).append('\'');
        }
        decl.append('>');
        // Each child: as many attributes as fit in 64 KiB, cycling through three prefixes declared first
        // (longest lookup, defeating the two-entry cache).
        StringBuilder child = new StringBuilder("<c");
        int k = 0;
        while (child.length() < SoapReader.MAX_TAG_BYTES - 40) {
            child.append(" p").append(k % 3).append(":a").append(k).append("=''");
            k++;
        }
        child.append("/>");
        StringBuilder doc = new StringBuilder(decl);
        for (int i = 0; i < 128; i++) {
            doc.append(child);
        }
        doc.append("</r>");
        byte[] b = doc.toString().getBytes(StandardCharsets.UTF_8);
        int events = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            XmlScanner x = new XmlScanner(new ByteArrayInputStream(b));
            int n = 0;
            while (x.next() != XmlScanner.END_DOCUMENT) {
                n++;
            }
            return n;
        });
        assertThat(events).isEqualTo(2 + 2 * 128); // <r>, </r>, and each child's start and end
    }

    private static final String[] EDGE = {
        "<p:a xmlns:p='u1'><p:b xmlns:p='u2'/><p:c/></p:a>",
        "<a xmlns='u'><b xmlns=''><c/></b><d/></a>",
        "<a xml:lang='en' xmlns:xml='http://www.w3.org/XML/1998/namespace'/>",
        "<xml:a/>",
        "<a p:x='1'/>",
        "<a></b>",
        "<a><b></a></b>",
        "<p:a xmlns:p='u' xmlns:q='u'></q:a>",
        "<p:a xmlns:p='u' xmlns:q='u' p:x='1' q:x='2'/>",
        "<\u00e9><\u00e9/><\u00e9\u00e9>t</\u00e9\u00e9></\u00e9>",
        "<a><a><a/></a><ab/><a/></a>",
        "<a>\r\n\r\r\n&#13;&#13;\n</a>",
        "<a x='\r\n\r&#13;&#10;&#9;\t\n'/>",
        "<a>]]></a>",
        "<a>]]&gt;</a>",
        "<a><![CDATA[]]]]><![CDATA[>]]></a>",
        "<a><!-- - --></a>",
        "<a><!-- -- --></a>",
        "<a><!----></a>",
        "<a><!-----></a>",
        "<a><?pi ?></a>",
        "<a><?pi?></a>",
        "<a><?xml-foo x?></a>",
        "<a><?XmL x?></a>",
        "<a/><!-- c --><?pi x?> \n",
        "<a/><b/>",
        "<a/>x",
        " <a/>",
        "\ufeff<a/>",
        "<?xml version='1.0'?>\ufeff<a/>",
        "<a>&#xD800;</a>",
        "<a>&#x10FFFF;&#x10000;&#xFFFD;&#xE000;&#xD7FF;</a>",
        "<a>&#xFFFE;</a>",
        "<a>&#0;</a>",
        "<a>&#x;</a>",
        "<a>&#-1;</a>",
        "<a>&lt</a>",
        "<a>&Amp;</a>",
        "<a b='&lt;&gt;&amp;&quot;&apos;'/>",
        "<a b='<'/>",
        "<a b='>'/>",
        "<a b=\"'\" c='\"'/>",
        "<a b='1'c='2'/>",
        "<a b='1' b='2'/>",
        "<a xmlns:p='u' xmlns:p='v'/>",
        "<a xmlns:p=''/>",
        "<a xmlns:xmlns='u'/>",
        "<a xmlns:xml='u'/>",
        "<a xmlns:p='http://www.w3.org/XML/1998/namespace'/>",
        "<a xmlns='http://www.w3.org/2000/xmlns/'/>",
        "<xmlns:a/>",
        "<a:/>",
        // "<:a/>" JDK accepts, scanner refuses (stricter, per Namespaces): fine
        "<a:b:c xmlns:a='u'/>",
        "<a\u00b7/>",
        "<\u00b7a/>",
        "<a-/>",
        "<-a/>",
        "<a.b/>",
        "<a\u0301/>",
        // "<U+10000/>": XML 1.0 5th edition name start; JDK refuses (older rules): fine
        "<a>\u0085\u2028</a>",
        "<a>\u007f</a>",
        "<a>\u0001</a>",
        "<a>\u00a0</a>",
        "<a >x</a >",
        "<a\t\r\n/>",
        "<a/ >",
        "< a/>",
        "</a>",
        // "<!DOCTYPE a><a/>": refused by design
        "<a><!DOCTYPE a></a>",
        "<a><![CDATA[x]></a>",
        "<a><!-- x -></a>",
        "<?xml version='1.0' encoding='utf-8'?><a/>",
        "<?xml version='1.1'?><a/>",
        "<?xml version='2.0'?><a/>",
        "<?xml  version = '1.0' ?><a/>",
        "<?xml version='1.0'encoding='UTF-8'?><a/>",
    };

    @Test
    void edgeCasesAgreeWithStax() throws Exception {
        List<String> disagreements = new ArrayList<>();
        for (String xml : EDGE) {
            byte[] b = xml.getBytes(StandardCharsets.UTF_8);
            String expected;
            List<String> ref = List.of();
            try {
                ref = stax(b);
                expected = ref.toString();
            } catch (Exception e) {
                expected = "REFUSED";
            }
            for (int max : new int[] {1, 1 << 20}) {
                String actual;
                try {
                    actual = scanner(ChunkedInput.random(b, 1, max), ref).toString();
                } catch (XmlException e) {
                    actual = "REFUSED";
                } catch (Throwable t) {
                    actual = "UNCHECKED " + t;
                }
                if (!actual.equals(expected)) {
                    disagreements.add(esc(xml) + " chunk " + max + "\n    stax:    " + expected + "\n    scanner: "
                            + actual);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** Nit: a PI whose data does not follow the target after whitespace ("<?pi??>") is accepted. */
    @Test
    void processingInstructionDataWithoutSpaceIsRefused() {
        declarationRefused("<a><?pi??></a>");
    }

    /** Names with equal hashes ("Aa" and "BB" hash alike) and more distinct names than NameTable holds. */
    @Test
    void collidingAndManyDistinctNamesKeepTheirIdentity() throws Exception {
        StringBuilder sb = new StringBuilder("<r>");
        for (int i = 0; i < 1024; i++) {
            StringBuilder n = new StringBuilder("n");
            for (int bit = 0; bit < 10; bit++) {
                n.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            sb.append('<').append(n).append(' ').append(n).append("='").append(n).append("'>").append(n)
                    .append("</").append(n).append('>');
        }
        for (int i = 0; i < 10000; i++) {
            sb.append("<e").append(i).append(" v='x").append(i).append("'/>");
        }
        sb.append("</r>");
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        List<String> expected = stax(b);
        assertThat(scanner(ChunkedInput.random(b, 5, 13), expected)).isEqualTo(expected);
        assertThat(scanner(new ByteArrayInputStream(b), expected)).isEqualTo(expected);
    }

    /** Deep nesting (stack growth), a declaration per level (scope growth), redeclared prefixes. */
    @Test
    void deepNestingWithDeclarationsAgreesWithStax() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            String prefix = i % 2 == 0 ? "p" : "q" + (i % 300);
            if (i < 250) {
                sb.append('<').append(prefix).append(":e").append(i % 3).append(" xmlns:").append(prefix)
                        .append("='u").append(i).append("' ").append("p:a='").append(i).append("'>");
            } else {
                sb.append("<p:e").append(i % 3).append(" q1:b='x'>t");
            }
        }
        for (int i = 999; i >= 0; i--) {
            String prefix = i < 250 ? (i % 2 == 0 ? "p" : "q" + (i % 300)) : "p";
            sb.append("</").append(prefix).append(":e").append(i % 3).append('>');
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        List<String> expected = stax(b);
        assertThat(scanner(ChunkedInput.random(b, 2, 9), expected)).isEqualTo(expected);
    }

    /** More than 16 attributes (sorted duplicate check), duplicates by expanded name only. */
    @Test
    void duplicatesAmongManyAttributesAreRefused() {
        StringBuilder many = new StringBuilder("<a xmlns:p='u' xmlns:q='u'");
        for (int i = 0; i < 30; i++) {
            many.append(" a").append(i).append("='1'");
        }
        declarationRefused(many + " p:x='1' q:x='2'/>", many + " a7='2'/>", many + " a29='x' />");
    }
}
