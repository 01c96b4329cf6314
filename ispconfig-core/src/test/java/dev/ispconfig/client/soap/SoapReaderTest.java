package dev.ispconfig.client.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shapes the captures do not show: other fault codes, other types, and input that must be refused. */
class SoapReaderTest {

    private static final String ENVELOPE_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"/remote/index.php\" "
            + "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xmlns:ns2=\"http://xml.apache.org/xml-soap\" xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\">"
            + "<SOAP-ENV:Body>";

    private static SoapResponse read(String xml) throws Exception {
        return SoapReader.readResponse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Object value(String returnElement) throws Exception {
        return read(ENVELOPE_START + "<ns1:xResponse>" + returnElement + "</ns1:xResponse></SOAP-ENV:Body>"
                + "</SOAP-ENV:Envelope>").value();
    }

    private static SoapFault fault(String code) throws Exception {
        return read(ENVELOPE_START + "<SOAP-ENV:Fault><faultcode>" + code + "</faultcode><faultstring>text"
                + "</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>").fault();
    }

    @Test
    void faultCodesAreKeptVerbatim() throws Exception {
        assertThat(fault("invalid parameters").code()).isEqualTo("invalid parameters");
        assertThat(fault("Invalid reseller").code()).isEqualTo("Invalid reseller");
        assertThat(fault("SOAP-ENV:Server").code()).isEqualTo("SOAP-ENV:Server");
        assertThat(fault("SOAP-ENV:Client").code()).isEqualTo("SOAP-ENV:Client");
    }

    @Test
    void faultWithDetailAndActorStillReadsCodeAndString() throws Exception {
        SoapFault fault = read(ENVELOPE_START + "<SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode>"
                + "<faultstring>boom</faultstring><faultactor>x</faultactor><detail><a><b>deep</b></a></detail>"
                + "</SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>").fault();

        assertThat(fault).isEqualTo(new SoapFault("SOAP-ENV:Server", "boom"));
    }

    @Test
    void scalarsFollowTheirXsiType() throws Exception {
        assertThat(value("<return xsi:type=\"xsd:int\">42</return>")).isEqualTo(42);
        assertThat(value("<return xsi:type=\"xsd:int\">3000000000</return>")).isEqualTo(3_000_000_000L);
        assertThat(value("<return xsi:type=\"xsd:int\">-9223372036854775808</return>")).isEqualTo(Long.MIN_VALUE);
        assertThat(value("<return xsi:type=\"xsd:boolean\">false</return>")).isEqualTo(false);
        assertThat(value("<return xsi:type=\"xsd:boolean\">1</return>")).isEqualTo(true);
        assertThat(value("<return xsi:type=\"xsd:float\">0.1</return>")).isEqualTo(0.1);
        assertThat(value("<return xsi:type=\"xsd:float\">-INF</return>")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat((Double) value("<return xsi:type=\"xsd:double\">NaN</return>")).isNaN();
        assertThat(value("<return xsi:type=\"xsd:string\"></return>")).isEqualTo("");
        assertThat(value("<return xsi:type=\"xsd:string\">a &lt;&amp;&gt; b&#13;\n</return>"))
                .isEqualTo("a <&> b\r\n");
        assertThat(value("<return xsi:type=\"xsd:base64Binary\">AAEC</return>")).isEqualTo(new byte[] {0, 1, 2});
        assertThat(value("<return>untyped</return>")).isEqualTo("untyped");
        assertThat(value("<return xsi:nil=\"true\"/>")).isNull();
    }

    @Test
    void mapsWithIntKeysAndNestedMapsKeepTheirOrder() throws Exception {
        Object value = value("<return xsi:type=\"ns2:Map\"><item><key xsi:type=\"xsd:int\">2</key>"
                + "<value xsi:type=\"ns2:Map\"><item><key xsi:type=\"xsd:string\">b</key><value xsi:type=\"xsd:string\">1"
                + "</value></item></value></item><item><key xsi:type=\"xsd:int\">1</key>"
                + "<value SOAP-ENC:arrayType=\"xsd:ur-type[0]\" xsi:type=\"SOAP-ENC:Array\"/></item></return>");

        assertThat(value).isEqualTo(Map.of("2", Map.of("b", "1"), "1", java.util.List.of()));
        assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) value).keySet())).containsExactly("2", "1");
    }

    @Test
    void phpObjectsBecomeMapsByElementName() throws Exception {
        Object value = value("<return xsi:type=\"SOAP-ENC:Struct\"><a xsi:type=\"xsd:int\">1</a><b>x</b></return>");

        assertThat(value).isEqualTo(Map.of("a", 1, "b", "x"));
    }

    @Test
    void wrongScalarTextIsMalformedSoap() throws Exception {
        assertThatThrownBy(() -> value("<return xsi:type=\"xsd:int\">abc</return>"))
                .isInstanceOfSatisfying(SoapFormatException.class, e -> assertThat(e.isSoap()).isTrue());
        assertThatThrownBy(() -> value("<return xsi:type=\"xsd:boolean\">maybe</return>"))
                .isInstanceOf(SoapFormatException.class);
        assertThatThrownBy(() -> value("<return xsi:type=\"xsd:float\">1.5d</return>"))
                .isInstanceOf(SoapFormatException.class);
        for (String twoSigns : new String[] {"+-5", "++5", "-+5", "+"}) { // found by review: "+-5" read as -5
            assertThatThrownBy(() -> value("<return xsi:type=\"xsd:int\">" + twoSigns + "</return>"))
                    .as(twoSigns).isInstanceOf(SoapFormatException.class);
        }
        assertThat(value("<return xsi:type=\"xsd:int\">+5</return>")).isEqualTo(5);
    }

    /** Found by review: the key was the array's identity, "[B@1b6d3586", different at every read. */
    @Test
    void aBase64KeyIsTheTextOfItsBytes() throws Exception {
        Object value = value("<return xsi:type=\"ns2:Map\"><item><key xsi:type=\"xsd:base64Binary\">QUJD</key>"
                + "<value xsi:type=\"xsd:string\">v</value></item></return>");

        assertThat(value).isEqualTo(Map.of("ABC", "v"));
    }

    @Test
    void plainTextAndHtmlAreNotSoap() {
        assertThatThrownBy(() -> read("Remote API is disabled in security settings."))
                .isInstanceOfSatisfying(SoapFormatException.class, e -> assertThat(e.isSoap()).isFalse());
        assertThatThrownBy(() -> read("<!DOCTYPE html><html><body>Error</body></html>"))
                .isInstanceOfSatisfying(SoapFormatException.class, e -> assertThat(e.isSoap()).isFalse());
        assertThatThrownBy(() -> read("<html><body>Error</body></html>"))
                .isInstanceOfSatisfying(SoapFormatException.class, e -> assertThat(e.isSoap()).isFalse());
        assertThatThrownBy(() -> read(""))
                .isInstanceOfSatisfying(SoapFormatException.class, e -> assertThat(e.isSoap()).isFalse());
    }

    @Test
    void externalEntitiesAreRefusedNotResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + ENVELOPE_START.substring(ENVELOPE_START.indexOf('\n') + 1)
                + "<ns1:xResponse><return xsi:type=\"xsd:string\">&xxe;</return></ns1:xResponse>"
                + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";

        assertThatThrownBy(() -> read(xxe)).isInstanceOf(SoapFormatException.class)
                .hasMessageContaining("DTD").hasMessageNotContaining("root:");
    }

    @Test
    void entityExpansionIsRefusedBeforeItStarts() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]><lolz>&lol9;</lolz>");

        assertThatThrownBy(() -> read(dtd.toString())).isInstanceOf(SoapFormatException.class)
                .hasMessageContaining("DTD");
    }

    @Test
    void deepNestingIsRefused() {
        String open = "<item xsi:type=\"SOAP-ENC:Array\">".repeat(SoapReader.MAX_DEPTH + 2);
        String close = "</item>".repeat(SoapReader.MAX_DEPTH + 2);

        assertThatThrownBy(() -> value("<return xsi:type=\"SOAP-ENC:Array\">" + open + close + "</return>"))
                .isInstanceOf(SoapFormatException.class).hasMessageContaining("deeper");
    }

    @Test
    void deepNestingThroughAnyTypeIsRefusedToo() {
        String open = "<item xsi:type=\"xsd:anyType\">".repeat(SoapReader.MAX_DEPTH + 2);
        String close = "</item>".repeat(SoapReader.MAX_DEPTH + 2);

        assertThatThrownBy(() -> value("<return xsi:type=\"xsd:anyType\">" + open + close + "</return>"))
                .isInstanceOf(SoapFormatException.class).hasMessageContaining("deeper");
    }

    @Test
    void aFloodOfNamespaceDeclarationsOnOneTagIsRefusedBeforeTheParserChewsOnIt() {
        // The JDK parser compares each declaration of a tag with the earlier ones: 200,000 of them (5 MB) took 36 s.
        StringBuilder declarations = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            declarations.append(" xmlns:p").append(i).append("=\"urn:").append(i).append('"');
        }
        String xml = ENVELOPE_START + "<ns1:xResponse><return xsi:type=\"xsd:string\"" + declarations
                + ">x</return></ns1:xResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>";

        // A hang guard, not a measurement: quadratic attribute handling would take minutes here.
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(SoapFormatException.class,
                        e -> assertThat(e.isSoap()).isTrue()).hasMessageContaining("tag longer than"));
    }

    @Test
    void longTextIsNotATag() throws Exception {
        String text = "x".repeat(SoapReader.MAX_TAG_BYTES * 3);

        assertThat(value("<return xsi:type=\"xsd:string\">" + text + "</return>")).isEqualTo(text);
    }

    @Test
    void truncatedSoapIsMalformedNotMissing() {
        byte[] capture = Captures.bytes("soap-03-sites_web_domain_get.response.xml");
        byte[] cut = java.util.Arrays.copyOf(capture, capture.length / 2);

        assertThatThrownBy(() -> SoapReader.readResponse(new ByteArrayInputStream(cut)))
                .isInstanceOfSatisfying(SoapFormatException.class, e -> assertThat(e.isSoap()).isTrue());
    }

    @Test
    void invalidUtf8IsMalformedXmlNotAnIoFailure() {
        byte[] head = (ENVELOPE_START + "<ns1:xResponse><return xsi:type=\"xsd:string\">")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</return></ns1:xResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = (byte) 0xC3;
        bad[head.length + 1] = (byte) 0x28; // not a continuation byte
        System.arraycopy(tail, 0, bad, head.length + 2, tail.length);

        assertThatThrownBy(() -> SoapReader.readResponse(new ByteArrayInputStream(bad)))
                .isInstanceOf(SoapFormatException.class);
    }

    @Test
    void streamFailuresPassThroughAsIoExceptions() {
        // A valid start of a real answer, then the stream fails as a size limit or a timeout would.
        byte[] start = java.util.Arrays.copyOf(Captures.bytes("soap-03-sites_web_domain_get.response.xml"), 3000);
        InputStream failing = new InputStream() {
            private final InputStream head = new ByteArrayInputStream(start);

            @Override
            public int read() throws IOException {
                int b = head.read();
                if (b < 0) {
                    throw new IOException("limit reached");
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = head.read(buffer, offset, length);
                if (n < 0) {
                    throw new IOException("limit reached");
                }
                return n;
            }
        };
        assertThatThrownBy(() -> SoapReader.readResponse(failing)).isInstanceOf(IOException.class)
                .hasMessage("limit reached");
    }

    @Test
    void soap12IsRefusedClearly() {
        assertThatThrownBy(() -> read("<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\">"
                + "<env:Body/></env:Envelope>")).hasMessageContaining("SOAP 1.2");
    }
}
