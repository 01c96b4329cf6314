package dev.ispconfig.reliability;

import static dev.ispconfig.reliability.Hostile.DECLARATION;
import static dev.ispconfig.reliability.Hostile.ENVELOPE_CLOSE;
import static dev.ispconfig.reliability.Hostile.ENVELOPE_OPEN;
import static dev.ispconfig.reliability.Hostile.bytes;
import static dev.ispconfig.reliability.Hostile.concat;
import static dev.ispconfig.reliability.Hostile.response;
import static dev.ispconfig.reliability.Hostile.stringWithRawBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.ispconfig.client.soap.SoapFormatException;
import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapResponse;
import dev.ispconfig.transport.tck.LoopbackServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile XML straight into {@link SoapReader}: every attack must end in a {@link SoapFormatException} (or, where the
 * bytes are legal XML that merely looks dangerous, in a harmless value), within a hang guard, allocating no more than a
 * bounded multiple of its input, and without the parser ever dialling out.
 */
class HostileXmlReaderTest {

    /** A hang guard for a noisy 2-core machine, not a benchmark: every attack here finishes in milliseconds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    /** The parser dials back here if it ever resolves an external entity or DTD; nothing may arrive. */
    private static LoopbackServer callback;

    @BeforeAll
    static void startCallbackServer() throws IOException {
        callback = Scripted.serve((body, out) -> {
            Scripted.respond(out, 200, "text/plain", "root:x:0:0:LEAKED".getBytes(StandardCharsets.UTF_8));
            return false;
        });
    }

    @AfterAll
    static void stopCallbackServer() throws IOException {
        assertThat(callback.connections()).as("connections the parser made to an attacker's URL").isZero();
        callback.close();
        Figures.total(HostileXmlReaderTest.class.getSimpleName());
    }

    /** Allocation allowed for one parse: a generous multiple of the input plus the parser's fixed buffers. */
    static long allocationBound(long inputBytes) {
        return 16 * inputBytes + 16L * 1024 * 1024;
    }

    static Stream<Arguments> refused() {
        String url = "http://127.0.0.1:" + callback.port() + "/evil";
        String laughs = billionLaughs();
        String bigEntity = "A".repeat(100_000);
        return Stream.of(
                arguments("XXE file (SYSTEM file:///etc/passwd)", response(
                        "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n",
                        "<return xsi:type=\"xsd:string\">&xxe;</return>")),
                arguments("XXE URL (SYSTEM http loopback)", response(
                        "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + url + "\">]>\n",
                        "<return xsi:type=\"xsd:string\">&xxe;</return>")),
                arguments("external DTD (DOCTYPE SYSTEM url)", response(
                        "<!DOCTYPE SOAP-ENV:Envelope SYSTEM \"" + url + "\">\n",
                        "<return xsi:type=\"xsd:string\">x</return>")),
                arguments("parameter entity to url", response(
                        "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>\n",
                        "<return xsi:type=\"xsd:string\">x</return>")),
                arguments("DTD internal subset with default xsi:type", response(
                        "<!DOCTYPE r [<!ATTLIST return xsi:type CDATA \"xsd:int\">]>\n",
                        "<return>x</return>")),
                arguments("billion laughs (10^9 expansion)", response(laughs,
                        "<return xsi:type=\"xsd:string\">&lol9;</return>")),
                arguments("quadratic blowup (100 kB x 10,000 refs)", response(
                        "<!DOCTYPE r [<!ENTITY a \"" + bigEntity + "\">]>\n",
                        "<return xsi:type=\"xsd:string\">" + "&a;".repeat(10_000) + "</return>")),
                arguments("undeclared entity reference", response(
                        "<return xsi:type=\"xsd:string\">&xxe;</return>")),
                arguments("DTD inside the body", response(
                        "<return xsi:type=\"xsd:string\"><!DOCTYPE r></return>")),
                arguments("10,000-deep untyped nesting", response(
                        "<return>" + "<a>".repeat(10_000) + "x" + "</a>".repeat(10_000) + "</return>")),
                arguments("10,000-deep SOAP-ENC:Array nesting", response(
                        "<return xsi:type=\"SOAP-ENC:Array\">"
                                + "<item xsi:type=\"SOAP-ENC:Array\">".repeat(10_000) + "</item>".repeat(10_000)
                                + "</return>")),
                arguments("10,000-deep ns2:Map nesting", response(
                        "<return xsi:type=\"ns2:Map\">"
                                + "<item><key xsi:type=\"xsd:string\">k</key><value xsi:type=\"ns2:Map\">"
                                .repeat(10_000) + "</value></item>".repeat(10_000) + "</return>")),
                arguments("10,000-deep nesting in SOAP Header", (DECLARATION
                        + ENVELOPE_OPEN.replace("<SOAP-ENV:Body>", "<SOAP-ENV:Header>" + "<h>".repeat(10_000)
                        + "</h>".repeat(10_000) + "</SOAP-ENV:Header><SOAP-ENV:Body>")
                        + "<return/>" + ENVELOPE_CLOSE).getBytes(StandardCharsets.UTF_8)),
                arguments("10,000-deep nesting in Fault detail", (DECLARATION + ENVELOPE_OPEN.substring(0,
                        ENVELOPE_OPEN.indexOf("<ns1:")) + "<SOAP-ENV:Fault><faultcode>x</faultcode><detail>"
                        + "<d>".repeat(10_000) + "</d>".repeat(10_000) + "</detail></SOAP-ENV:Fault>"
                        + "</SOAP-ENV:Body></SOAP-ENV:Envelope>").getBytes(StandardCharsets.UTF_8)),
                arguments("10,000-deep nesting as the root", ("<a>".repeat(10_000) + "</a>".repeat(10_000))
                        .getBytes(StandardCharsets.UTF_8)),
                arguments("100,000 attributes on <return>", response(
                        "<return xsi:type=\"xsd:string\"" + attributes(100_000, "a") + ">x</return>")),
                arguments("100,000 namespace declarations on one tag", response(
                        "<return xsi:type=\"xsd:string\"" + attributes(100_000, "xmlns:p") + ">x</return>")),
                arguments("1,000,000 namespace declarations on one tag", response(
                        "<return xsi:type=\"xsd:string\"" + attributes(1_000_000, "xmlns:p") + ">x</return>")),
                arguments("100,000 duplicate attributes", response(
                        "<return xsi:type=\"xsd:string\"" + " a=\"1\"".repeat(100_000) + ">x</return>")),
                arguments("1 MB element name", response("<return><" + "n".repeat(1_000_000) + ">v</"
                        + "n".repeat(1_000_000) + "></return>")),
                arguments("1 MB of digits as xsd:int", response(
                        "<return xsi:type=\"xsd:int\">" + "9".repeat(1_000_000) + "</return>")),
                arguments("unclosed CDATA", response("<return xsi:type=\"xsd:string\"><![CDATA[" + "x".repeat(1000))),
                arguments("unclosed comment", response("<return xsi:type=\"xsd:string\"><!--" + "x".repeat(1000))),
                arguments("multi-reference href", response("<return href=\"#id1\"/>")),
                arguments("element inside xsd:string", response(
                        "<return xsi:type=\"xsd:string\">a<b/>c</return>")),
                arguments("invalid UTF-8: lone continuation 0x80", stringWithRawBytes(bytes(0x80))),
                arguments("invalid UTF-8: overlong '<' (C0 BC)", stringWithRawBytes(bytes(0xC0, 0xBC))),
                arguments("invalid UTF-8: overlong '/' (E0 80 AF)", stringWithRawBytes(bytes(0xE0, 0x80, 0xAF))),
                arguments("invalid UTF-8: overlong NUL (C0 80)", stringWithRawBytes(bytes(0xC0, 0x80))),
                arguments("invalid UTF-8: encoded surrogate (ED A0 80)", stringWithRawBytes(bytes(0xED, 0xA0, 0x80))),
                arguments("invalid UTF-8: above U+10FFFF (F4 90 80 80)",
                        stringWithRawBytes(bytes(0xF4, 0x90, 0x80, 0x80))),
                arguments("invalid UTF-8: 5-byte form (F8 88 80 80 80)",
                        stringWithRawBytes(bytes(0xF8, 0x88, 0x80, 0x80, 0x80))),
                arguments("invalid UTF-8: bytes FE FF", stringWithRawBytes(bytes(0xFE, 0xFF))),
                arguments("invalid UTF-8: truncated 3-byte (E2 82)", stringWithRawBytes(bytes(0xE2, 0x82))),
                arguments("invalid UTF-8: cut at end of body", concat(response("<return xsi:type=\"xsd:string\">"
                        + "x"), bytes(0xE2, 0x82))),
                arguments("NUL byte in text", stringWithRawBytes(bytes(0x00))),
                arguments("NUL byte in an element name", response("<ret\0urn xsi:type=\"xsd:string\">x</ret\0urn>")),
                arguments("NUL byte before the declaration", concat(bytes(0x00), response("<return/>"))),
                arguments("character reference &#0;", response("<return xsi:type=\"xsd:string\">&#0;</return>")),
                arguments("character reference &#xD800;", response(
                        "<return xsi:type=\"xsd:string\">&#xD800;</return>")),
                arguments("character reference &#xFFFE;", response(
                        "<return xsi:type=\"xsd:string\">&#xFFFE;</return>")),
                arguments("character reference &#x110000;", response(
                        "<return xsi:type=\"xsd:string\">&#x110000;</return>")),
                arguments("C0 control 0x01 raw in text", stringWithRawBytes(bytes(0x01))),
                arguments("UTF-16LE BOM before UTF-8 bytes", concat(bytes(0xFF, 0xFE), response("<return/>"))),
                arguments("UTF-32BE BOM before UTF-8 bytes", concat(bytes(0x00, 0x00, 0xFE, 0xFF),
                        response("<return/>"))),
                arguments("two UTF-8 BOMs", concat(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), response("<return/>"))),
                arguments("BOM after the declaration", (DECLARATION + "\uFEFF" + ENVELOPE_OPEN + "<return/>"
                        + ENVELOPE_CLOSE).getBytes(StandardCharsets.UTF_8)),
                arguments("declared UTF-16, sent UTF-8", response("<return/>").length == 0 ? null
                        : (DECLARATION.replace("UTF-8", "UTF-16") + ENVELOPE_OPEN + "<return/>" + ENVELOPE_CLOSE)
                        .getBytes(StandardCharsets.UTF_8)),
                arguments("declared unknown encoding", (DECLARATION.replace("UTF-8", "x-no-such-charset")
                        + ENVELOPE_OPEN + "<return/>" + ENVELOPE_CLOSE).getBytes(StandardCharsets.UTF_8)),
                arguments("only a BOM", bytes(0xEF, 0xBB, 0xBF)),
                arguments("empty body", new byte[0]),
                arguments("gzip magic (compressed body)", bytes(0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3)),
                arguments("PNG header", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
                arguments("64 kB of random bytes", random(65_536)),
                arguments("SOAP 1.2 envelope", ("<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\">"
                        + "<e:Body/></e:Envelope>").getBytes(StandardCharsets.UTF_8)),
                arguments("undeclared xsi:type prefix", response("<return xsi:type=\"zz:int\">1</return>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void hostileInputIsRefusedWithATypedErrorInBoundedTimeAndMemory(String attack, byte[] input) {
        Measure.Run run = parse(attack, input);
        assertThat(run.failure()).as(attack).isInstanceOf(SoapFormatException.class);
        assertThat(run.failure().getMessage()).as("no attacker file content in the message")
                .doesNotContain("root:").doesNotContain("LEAKED");
    }

    /** Legal XML that looks dangerous: it may be read, but must read to something harmless and stay bounded. */
    static Stream<Arguments> harmless() {
        String url = "http://127.0.0.1:" + callback.port() + "/evil";
        Predicate<Object> noLeak = v -> !String.valueOf(v).contains("root:") && !String.valueOf(v).contains("LEAKED");
        return Stream.of(
                arguments("2 GiB array length claim", response(
                        "<return SOAP-ENC:arrayType=\"xsd:string[2147483647]\" xsi:type=\"SOAP-ENC:Array\">"
                                + "<item xsi:type=\"xsd:string\">x</item></return>"),
                        (Predicate<Object>) v -> v.equals(List.of("x"))),
                arguments("2^70 array length claim", response(
                        "<return SOAP-ENC:arrayType=\"xsd:string[1180591620717411303424]\" "
                                + "xsi:type=\"SOAP-ENC:Array\"></return>"),
                        (Predicate<Object>) v -> v.equals(List.of())),
                arguments("XInclude of /etc/passwd", response("<return><xi:include href=\"file:///etc/passwd\" "
                        + "xmlns:xi=\"http://www.w3.org/2001/XInclude\"/></return>"), noLeak),
                arguments("xsi:schemaLocation to url", response("<return xsi:schemaLocation=\"urn:x " + url
                        + "\" xsi:type=\"xsd:string\">x</return>"), (Predicate<Object>) "x"::equals),
                arguments("xml-stylesheet PI to url", concat(DECLARATION.getBytes(StandardCharsets.UTF_8),
                        ("<?xml-stylesheet href=\"" + url + "\"?>" + ENVELOPE_OPEN
                                + "<return xsi:type=\"xsd:string\">x</return>" + ENVELOPE_CLOSE)
                                .getBytes(StandardCharsets.UTF_8)), (Predicate<Object>) "x"::equals),
                arguments("XML 1.1 carrying a C0 control (&#1;)", (DECLARATION.replace("1.0", "1.1") + ENVELOPE_OPEN
                        + "<return xsi:type=\"xsd:string\">&#1;</return>" + ENVELOPE_CLOSE)
                        .getBytes(StandardCharsets.UTF_8), (Predicate<Object>) "\u0001"::equals),
                arguments("1 MB of digits as xsd:double", response("<return xsi:type=\"xsd:double\">0."
                        + "1".repeat(1_000_000) + "</return>"), (Predicate<Object>) v -> v instanceof Double),
                arguments("1 MB comment inside a value", response("<return xsi:type=\"xsd:string\">a<!--"
                        + "-x".repeat(500_000) + "-->b</return>"), (Predicate<Object>) "ab"::equals),
                arguments("1 MB of processing instructions", response("<return xsi:type=\"xsd:string\">a"
                        + "<?p x?>".repeat(150_000) + "b</return>"), (Predicate<Object>) "ab"::equals),
                arguments("UTF-8 BOM before the panel's login answer", concat(bytes(0xEF, 0xBB, 0xBF),
                        Captures.get("soap-01-login.response.xml")),
                        (Predicate<Object>) "g3d0202bd9ff33a90de86f0fb763ccc3387181eb4"::equals),
                arguments("login answer re-encoded as UTF-16 with BOM", reencode(
                        Captures.get("soap-01-login.response.xml"), StandardCharsets.UTF_16),
                        (Predicate<Object>) "g3d0202bd9ff33a90de86f0fb763ccc3387181eb4"::equals),
                arguments("declared ISO-8859-1, sent UTF-8", (DECLARATION.replace("UTF-8", "ISO-8859-1")
                        + ENVELOPE_OPEN + "<return xsi:type=\"xsd:string\">\u00e9</return>" + ENVELOPE_CLOSE)
                        .getBytes(StandardCharsets.UTF_8), (Predicate<Object>) "\u00c3\u00a9"::equals));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harmless")
    void dangerousLookingLegalXmlReadsToAHarmlessValueInBoundedTimeAndMemory(String attack, byte[] input,
            Predicate<Object> expected) {
        Measure.Run run = parse(attack, input);
        if (run.failure() != null) {
            assertThat(run.failure()).as(attack).isInstanceOf(SoapFormatException.class);
        } else {
            assertThat(((SoapResponse) run.value()).value()).as(attack).matches(expected);
        }
    }

    private static Measure.Run parse(String attack, byte[] input) {
        Figures.tried(input.length);
        Measure.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> Measure.onThisThread(
                () -> SoapReader.readResponse(new ByteArrayInputStream(input))), attack);
        Figures.attack("reader: " + attack, input.length, Figures.describe(run.failure()), run.nanos(),
                run.allocated());
        if (run.failure() != null && !(run.failure() instanceof SoapFormatException)) {
            throw new AssertionError(attack + ": escaped as " + run.failure(), run.failure());
        }
        assertThat(run.allocated()).as(attack + ": bytes allocated while parsing " + input.length + " bytes")
                .isLessThan(allocationBound(input.length));
        return run;
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return dtd.append("]>\n").toString();
    }

    private static String attributes(int count, String prefix) {
        StringBuilder out = new StringBuilder(count * 12);
        for (int i = 0; i < count; i++) {
            out.append(' ').append(prefix).append(i).append("=\"").append(prefix.startsWith("xmlns") ? "urn:" : "")
                    .append(i).append('"');
        }
        return out.toString();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(6).nextBytes(bytes);
        return bytes;
    }

    private static byte[] reencode(byte[] utf8, Charset charset) {
        String text = new String(utf8, StandardCharsets.UTF_8).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        return text.getBytes(charset); // Java's UTF-16 encoder writes a big-endian BOM
    }
}
