package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.TransportException.Reason;
import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.transport.tck.LoopbackServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile answers over real HTTP on loopback, through {@link IspConfigClient}: lying and endless bodies, hostile XML,
 * bodies cut short. Each must end in a {@link TransportException} with the documented reason, stop reading at the
 * configured maximum size, stay within a memory bound, and leave the client able to make the next call.
 */
class HostileHttpTest {

    private static final long MAX_RESPONSE = 1024 * 1024;
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final byte[] LOGIN = Captures.get("soap-01-login.response.xml");
    private static final byte[] RECORD = Captures.get("soap-03-sites_web_domain_get.response.xml");

    private static LoopbackServer panel;
    private static LoopbackServer callback;
    /** What the panel answers to the next non-login call. */
    private static volatile Scripted.Handler attack;
    private static volatile byte[] loginAnswer = LOGIN;

    private IspConfigClient client;

    @BeforeAll
    static void start() throws IOException {
        panel = Scripted.serve((body, out) -> {
            if (new String(body, StandardCharsets.UTF_8).contains("<ns1:login>")) {
                Scripted.respondXml(out, 200, loginAnswer);
                return true;
            }
            return attack.answer(body, out);
        });
        callback = Scripted.serve((body, out) -> false);
    }

    @AfterAll
    static void stop() throws IOException {
        assertThat(callback.connections()).as("connections to the attacker's URL").isZero();
        panel.close();
        callback.close();
        Figures.total(HostileHttpTest.class.getSimpleName());
    }

    @BeforeEach
    void newClient() {
        attack = (body, out) -> {
            Scripted.respondXml(out, 200, RECORD);
            return true;
        };
        loginAnswer = LOGIN;
        client = IspConfigClient.builder().url(panel.uri()).username("admin").password("hostile-test-pw")
                .readTimeout(Duration.ofSeconds(5)).connectTimeout(Duration.ofSeconds(2))
                .maxResponseSize(MAX_RESPONSE).build();
    }

    @AfterEach
    void closeClient() {
        attack = (body, out) -> {
            Scripted.respondXml(out, 200, Captures.get("soap-07-logout.response.xml"));
            return false;
        };
        client.close();
    }

    @Test
    void aOneGibContentLengthIsRefusedWithoutWaitingForTheBody() {
        expect("1 GiB Content-Length claim, 100 B sent, then silence", 100, Reason.RESPONSE_TOO_LARGE,
                (body, out) -> {
                    head(out, "Content-Length: " + (1L << 30));
                    out.write(Arrays.copyOf(RECORD, 100));
                    out.flush();
                    sleepUntilClosed();
                    return false;
                });
    }

    @Test
    void aContentLengthOfLongMaxIsRefused() {
        expect("Content-Length 2^63-1 claim", 100, Reason.RESPONSE_TOO_LARGE, (body, out) -> {
            head(out, "Content-Length: " + Long.MAX_VALUE);
            out.write(Arrays.copyOf(RECORD, 100));
            out.flush();
            sleepUntilClosed();
            return false;
        });
    }

    @Test
    void anEndlessChunkedBodyOfWhitespaceStopsAtTheMaximumSize() {
        endless("endless chunked whitespace after the envelope start", Reason.RESPONSE_TOO_LARGE,
                Hostile.DECLARATION + Hostile.ENVELOPE_OPEN, " ".repeat(8192));
    }

    @Test
    void anEndlessChunkedListStopsAtTheMaximumSize() {
        endless("endless chunked SOAP-ENC:Array items", Reason.RESPONSE_TOO_LARGE,
                Hostile.DECLARATION + Hostile.ENVELOPE_OPEN + "<return xsi:type=\"SOAP-ENC:Array\">",
                "<item xsi:type=\"xsd:string\">ab</item>".repeat(200));
    }

    @Test
    void anEndlessChunkedStringStopsAtTheMaximumSize() {
        endless("endless chunked xsd:string text", Reason.RESPONSE_TOO_LARGE,
                Hostile.DECLARATION + Hostile.ENVELOPE_OPEN + "<return xsi:type=\"xsd:string\">", "x".repeat(8192));
    }

    @Test
    void anEndlessAttributeValueStopsAtTheTagBound() {
        endless("endless chunked attribute value", Reason.MALFORMED_RESPONSE,
                Hostile.DECLARATION + Hostile.ENVELOPE_OPEN + "<return a=\"", "x".repeat(8192));
    }

    @Test
    void anEndlessNamespaceFloodStopsAtTheTagBound() {
        StringBuilder declarations = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            declarations.append(" xmlns:q").append(i).append("=\"urn:").append(i).append('"');
        }
        endless("endless chunked namespace declarations", Reason.MALFORMED_RESPONSE,
                Hostile.DECLARATION + Hostile.ENVELOPE_OPEN + "<return", declarations.toString());
    }

    @Test
    void anEndlessBodyWithoutLengthOrChunksStopsAtTheMaximumSize() {
        byte[] chunk = " ".repeat(8192).getBytes(StandardCharsets.US_ASCII);
        expect("endless close-delimited body (no length)", 0, Reason.RESPONSE_TOO_LARGE, (body, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n\r\n"
                    + Hostile.DECLARATION + Hostile.ENVELOPE_OPEN).getBytes(StandardCharsets.UTF_8));
            while (true) {
                out.write(chunk); // until the client hangs up
            }
        });
    }

    @Test
    void endlessBinaryGarbageIsNotSoapAtOnce() {
        byte[] chunk = new byte[8192];
        new java.util.Random(7).nextBytes(chunk);
        expect("endless chunked binary garbage", 0, Reason.NOT_SOAP, (body, out) -> {
            head(out, "Transfer-Encoding: chunked");
            while (true) {
                chunk(out, chunk);
            }
        });
    }

    @Test
    void aLargeHtmlPageIsNotSoapAfterItsFirstKilobyte() {
        byte[] html = ("<html><body>" + "<p>error</p>".repeat(50_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        expect("600 kB HTML page (under the maximum size)", html.length, Reason.NOT_SOAP, (body, out) -> {
            Scripted.respond(out, 200, "text/html", html);
            return true;
        });
    }

    @Test
    void aGzipBombStopsAtTheMaximumResponseSizeOfItsDecodedBytes() throws IOException {
        // Transports ask for gzip and decode it: the limit must count what the decoder makes, not what it was given.
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write((Hostile.DECLARATION + Hostile.ENVELOPE_OPEN + "<return xsi:type=\"xsd:string\">")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[64 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 64 * MAX_RESPONSE / blanks.length; i++) {
                gzip.write(blanks);
            }
        }
        byte[] body = zipped.toByteArray();
        expect("gzip bomb (" + body.length + " B inflating to 64 x the limit)", body.length,
                Reason.RESPONSE_TOO_LARGE, (request, out) -> {
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Encoding: gzip\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    return true;
                });
    }

    @Test
    void anExternalEntityIsNotFetched() {
        byte[] xxe = Hostile.response("<!DOCTYPE r [<!ENTITY x SYSTEM \"http://127.0.0.1:" + callback.port()
                + "/x\">]>\n", "<return xsi:type=\"xsd:string\">&x;</return>");
        expect("XXE to a loopback URL", xxe.length, Reason.NOT_SOAP, (body, out) -> {
            Scripted.respondXml(out, 200, xxe);
            return true;
        });
    }

    @Test
    void invalidUtf8IsMalformed() {
        byte[] bad = Hostile.stringWithRawBytes(Hostile.bytes(0xC0, 0xBC));
        expect("overlong UTF-8 '<' (C0 BC)", bad.length, Reason.MALFORMED_RESPONSE, (body, out) -> {
            Scripted.respondXml(out, 200, bad);
            return true;
        });
    }

    @Test
    void deepNestingIsMalformed() {
        byte[] deep = Hostile.response("<return>" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</return>");
        expect("10,000-deep nesting", deep.length, Reason.MALFORMED_RESPONSE, (body, out) -> {
            Scripted.respondXml(out, 200, deep);
            return true;
        });
    }

    @Test
    void aContentLengthShorterThanTheBodyCutsItAndTheNextCallStillWorks() {
        expect("Content-Length 2,000 on a 9,585 B body", RECORD.length, Reason.MALFORMED_RESPONSE,
                (body, out) -> {
                    head(out, "Content-Length: 2000");
                    out.write(RECORD);
                    return false; // the surplus must not be read as the next answer
                });
    }

    /** The login answer and a record answer, cut at offsets through the client: typed failures, or the whole value. */
    @Test
    void capturesCutShortThroughTheClientFailTypedOrReadWhole() {
        Object whole = client.call("sites_web_domain_get", 1);
        long start = System.nanoTime();
        int calls = 0;
        int readable = 0;
        Set<Reason> allowed = Set.of(Reason.MALFORMED_RESPONSE, Reason.NOT_SOAP);
        for (int cut = 0; cut < LOGIN.length; cut++) {
            client.close();
            newClient();
            loginAnswer = Arrays.copyOf(LOGIN, cut);
            Figures.tried(cut);
            calls++;
            readable += cutCall(cut, whole, allowed) ? 1 : 0;
        }
        loginAnswer = LOGIN;
        for (int cut = 0; cut < RECORD.length; cut += 37) {
            byte[] prefix = Arrays.copyOf(RECORD, cut);
            attack = (body, out) -> {
                Scripted.respondXml(out, 200, prefix);
                return true;
            };
            Figures.tried(cut);
            calls++;
            readable += cutCall(cut, whole, allowed) ? 1 : 0;
        }
        Figures.line(String.format(Locale.ROOT, "cut through the client: %,d calls (login answer at every offset, "
                + "record answer every 37th), %,d read whole, rest TransportException MALFORMED_RESPONSE/NOT_SOAP, "
                + "%,.0f ms", calls, readable, (System.nanoTime() - start) / 1e6));
    }

    private boolean cutCall(int cut, Object whole, Set<Reason> allowed) {
        try {
            Object value = assertTimeoutPreemptively(HANG_GUARD, () -> client.call("sites_web_domain_get", 1));
            assertThat(value).as("cut at %d", cut).isEqualTo(whole);
            return true;
        } catch (TransportException e) {
            assertThat(e.reason()).as("cut at %d: %s", cut, e.getMessage()).isIn(allowed);
            return false;
        }
    }

    // --- helpers

    private void endless(String name, Reason reason, String start, String repeated) {
        byte[] chunk = repeated.getBytes(StandardCharsets.UTF_8);
        expect(name, 0, reason, (body, out) -> {
            head(out, "Transfer-Encoding: chunked");
            chunk(out, start.getBytes(StandardCharsets.UTF_8));
            while (true) {
                chunk(out, chunk); // until the client hangs up
            }
        });
    }

    /** Runs one hostile call and checks the type, the hang guard, the memory bound and the next call. */
    private void expect(String name, long declaredInput, Reason reason, Scripted.Handler hostile) {
        attack = hostile;
        long sentBefore = panel.bytesSent();
        long allBefore = Measure.allocatedByAllThreads();
        Measure.Run run = assertTimeoutPreemptively(HANG_GUARD,
                () -> Measure.onThisThread(() -> client.call("sites_web_domain_get", 1)), name);
        long allThreads = Measure.allocatedByAllThreads() - allBefore;
        long sent = panel.bytesSent() - sentBefore;
        Figures.tried(sent);
        Figures.attack("http: " + name, sent, Figures.describe(run.failure()), run.nanos(), run.allocated());
        Figures.line(String.format(Locale.ROOT, "      (all threads allocated %,d B; panel pushed %,d B into the "
                + "socket before the client hung up)", allThreads, sent));
        assertThat(run.failure()).as(name).isInstanceOf(TransportException.class);
        assertThat(((TransportException) run.failure()).reason()).as(name + ": " + run.failure().getMessage())
                .isEqualTo(reason);
        assertThat(run.allocated()).as(name + ": caller's allocation").isLessThan(32 * MAX_RESPONSE);
        assertThat(allThreads).as(name + ": every thread's allocation").isLessThan(64 * MAX_RESPONSE);

        attack = (body, out) -> {
            Scripted.respondXml(out, 200, RECORD);
            return true;
        };
        Object next = assertTimeoutPreemptively(HANG_GUARD, () -> client.call("sites_web_domain_get", 1));
        assertThat(next).as("the call after " + name).isInstanceOf(Map.class);
    }

    private static void head(OutputStream out, String header) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\n" + header + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void sleepUntilClosed() throws IOException {
        try {
            Thread.sleep(HANG_GUARD.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IOException("gave up waiting");
    }
}
