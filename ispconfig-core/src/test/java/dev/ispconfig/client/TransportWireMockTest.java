package dev.ispconfig.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP transport against a real HTTP server (WireMock on loopback) that answers like a healthy, a broken or a
 * hostile panel: every failure must surface as the documented exception type and reason, and no exception may carry
 * the password or the session id.
 */
class TransportWireMockTest {

    private static final String PATH = "/remote/index.php";
    private static final String PASSWORD = "s3cret-pass";
    private static final String SESSION = "g3d0202bd9ff33a90de86f0fb763ccc3387181eb4";
    private static final String METHOD = "sites_web_domain_get";
    private static final String XML = "text/xml; charset=utf-8";

    private static WireMockServer server;

    @BeforeAll
    static void startServer() {
        // A panel that does not compress: the size tests need the Content-Length the stubs declare.
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .gzipDisabled(true));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void healthyLoginAndLogout() {
        server.resetAll();
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ns1:login>"))
                .willReturn(soap(capture("soap-01-login.response.xml"))));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ns1:logout>"))
                .willReturn(soap(capture("soap-07-logout.response.xml"))));
    }

    // --- answers that are not SOAP ---------------------------------------------------------------------------------

    @Test
    void anHtmlErrorPageWithStatus500IsAnHttpStatusFailureQuotingItsText() {
        stubCall(aResponse().withStatus(500).withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody("<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head><body>\n"
                        + "<h1>Internal Server Error</h1>\n<p>The server encountered an internal error or\n"
                        + "misconfiguration and was unable to complete your request.</p>\n</body></html>\n"));

        TransportException e = transportFailure(this::callRecord);

        assertThat(e.reason()).isEqualTo(TransportException.Reason.HTTP_STATUS);
        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e.isTransient()).isFalse();
        assertThat(e.getMessage()).contains(METHOD, "HTTP 500", "text/html", "Internal Server Error")
                .doesNotContain("<h1>", "<title>", "<!DOCTYPE", "\n");
    }

    @Test
    void remoteApiDisabledNoticeIsNotSoapAndQuotedWithAHint() {
        stubCall(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody("Remote API is disabled in security settings."));

        TransportException e = transportFailure(this::callRecord);

        assertThat(e.reason()).isEqualTo(TransportException.Reason.NOT_SOAP);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(e.getMessage()).contains("\"Remote API is disabled in security settings.\"", "remote_api_allowed");
    }

    @Test
    void anErrorPageEchoingTheSessionIdQuotesItMasked() {
        // PHP with display_errors on prints the call's arguments in its stack trace.
        stubCall(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                .withBody("<br />\n<b>Fatal error</b>: Uncaught Error in remote.d/sites.inc.php\nStack trace:\n"
                        + "#0 [internal function]: remoting->" + METHOD + "('" + SESSION + "', 1)\n"));

        TransportException e = transportFailure(this::callRecord);

        assertThat(e.reason()).isEqualTo(TransportException.Reason.HTTP_STATUS);
        assertThat(e.getMessage()).contains("Fatal error", "[session id]");
    }

    @Test
    void aLoginErrorPageEchoingThePasswordDoesNotLeakIt() {
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ns1:login>"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                        .withBody("<br />\n<b>Fatal error</b>: Uncaught Error\nStack trace:\n"
                                + "#0 [internal function]: remoting->login('admin', '" + PASSWORD + "')\n")));

        TransportException e = transportFailure(this::callRecord);

        assertThat(e.reason()).isEqualTo(TransportException.Reason.HTTP_STATUS);
        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e.getMessage()).contains("login", "Fatal error", "remoting->login('admin', '[redacted]')");
    }

    @Test
    void status503WithAnEmptyBodyIsATransientHttpStatusFailure() {
        stubCall(aResponse().withStatus(503));

        TransportException e = transportFailure(this::callRecord);

        assertThat(e.reason()).isEqualTo(TransportException.Reason.HTTP_STATUS);
        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(e.isTransient()).isTrue();
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(e.getMessage()).contains("HTTP 503", "(empty body)");
    }

    @Test
    void status502WithAPlainTextBodyIsATransientHttpStatusFailure() {
        stubCall(aResponse().withStatus(502).withHeader("Content-Type", "text/plain")
                .withBody("Bad Gateway: upstream php-fpm closed the connection\n"));

        TransportException e = transportFailure(this::callRecord);

        assertThat(e.reason()).isEqualTo(TransportException.Reason.HTTP_STATUS);
        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).contains("HTTP 502", "text/plain",
                "\"Bad Gateway: upstream php-fpm closed the connection\"");
    }

    // --- broken and hostile XML ------------------------------------------------------------------------------------

    @Test
    void aRecordCutShortIsMalformed() {
        byte[] record = capture("soap-03-sites_web_domain_get.response.xml");
        byte[] half = Arrays.copyOf(record, record.length / 2);
        stubCall(soap(half));

        TransportException e = transportFailure(this::callRecord);

        assertThat(e.reason()).isEqualTo(TransportException.Reason.MALFORMED_RESPONSE);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.isTransient()).isFalse();
        assertThat(e.getMessage()).contains(METHOD, "broken SOAP");
    }

    @Test
    void anExternalEntityIsRefusedNotExpanded() {
        stubCall(soap(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + envelope("<return xsi:type=\"xsd:string\">&xxe;</return>")).getBytes(StandardCharsets.UTF_8)));

        TransportException e = transportFailure(this::callRecord);

        // The DTD comes before the envelope, so the parser stops while the body is not yet known to be SOAP.
        assertThat(e.reason()).isEqualTo(TransportException.Reason.NOT_SOAP);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(stackTraceOf(e)).contains("DTD").doesNotContain("root:", "/bin/");
    }

    @Test
    void billionLaughsIsRefusedWithoutExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            String previous = level == 1 ? "&lol;" : "&lol" + (level - 1) + ";";
            dtd.append("<!ENTITY lol").append(level).append(" \"").append(previous.repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        stubCall(soap(("<?xml version=\"1.0\"?>\n" + dtd
                + envelope("<return xsi:type=\"xsd:string\">&lol9;</return>")).getBytes(StandardCharsets.UTF_8)));

        // A hang guard only: the refusal comes at the DTD, long before any expansion could start.
        TransportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> transportFailure(this::callRecord));

        assertThat(e.reason()).isIn(TransportException.Reason.NOT_SOAP, TransportException.Reason.MALFORMED_RESPONSE);
        assertThat(e.reason()).isEqualTo(TransportException.Reason.NOT_SOAP);
        assertThat(stackTraceOf(e)).doesNotContain("lollollol");
    }

    // --- size ------------------------------------------------------------------------------------------------------

    @Test
    void anAnswerDeclaredTooLargeIsRefusedByItsContentLength() {
        byte[] big = largeAnswer();
        stubCall(soap(big).withHeader("Content-Length", String.valueOf(big.length)));

        TransportException e = transportFailure(() -> callRecordWith(b -> b.maxResponseSize(64 * 1024)));

        assertThat(e.reason()).isEqualTo(TransportException.Reason.RESPONSE_TOO_LARGE);
        assertThat(e.statusCode()).isEqualTo(200);
        // The Content-Length check names the declared size; the streaming limit does not.
        assertThat(e.getMessage()).contains(big.length + " bytes", String.valueOf(64 * 1024));
    }

    @Test
    void anAnswerDeclaredTooLargeFailsWithoutWaitingForItsBody() {
        byte[] big = largeAnswer();
        // Headers at once, then the body trickles for a minute: only the declared size can end the call within the
        // hang guard.
        stubCall(soap(big).withHeader("Content-Length", String.valueOf(big.length)).withChunkedDribbleDelay(60, 60_000));

        TransportException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> transportFailure(() -> callRecordWith(b -> b.maxResponseSize(64 * 1024))));

        assertThat(e.reason()).isEqualTo(TransportException.Reason.RESPONSE_TOO_LARGE);
    }

    @Test
    void aChunkedAnswerGrowingTooLargeIsStoppedWhileStreaming() {
        byte[] big = largeAnswer();
        // Several chunks without a Content-Length: only the streaming limit can see the size.
        stubCall(soap(big).withChunkedDribbleDelay(16, 400));

        TransportException e = transportFailure(() -> callRecordWith(b -> b.maxResponseSize(64 * 1024)));

        assertThat(e.reason()).isEqualTo(TransportException.Reason.RESPONSE_TOO_LARGE);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.getMessage()).contains(METHOD, "exceeds the maximum response size", String.valueOf(64 * 1024))
                .doesNotContain(big.length + " bytes");
        assertThat(lastCallEvent().getResponse().getHeaders().getHeader("Content-Length").isPresent()).isFalse();
    }

    // --- timeouts and broken connections ---------------------------------------------------------------------------

    @Test
    void noAnswerWithinTheReadTimeoutIsATimeoutWithUnknownOutcome() {
        stubCall(soap(capture("soap-03-sites_web_domain_get.response.xml")).withFixedDelay(2000));

        TransportException e = transportFailure(() -> callRecordWith(b -> b.readTimeout(Duration.ofMillis(300))));

        assertThat(e.reason()).isEqualTo(TransportException.Reason.TIMEOUT);
        assertThat(e.statusCode()).isZero();
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).contains("read timeout");
    }

    @Test
    void headersDribbledTooSlowlyAreATimeout() {
        // WireMock's dribble waits before every chunk, the first too: the status line itself comes late.
        stubCall(soap(capture("soap-03-sites_web_domain_get.response.xml")).withChunkedDribbleDelay(3, 3000));

        TransportException e = transportFailure(() -> callRecordWith(b -> b.readTimeout(Duration.ofMillis(300))));

        assertThat(e.reason()).isEqualTo(TransportException.Reason.TIMEOUT);
        assertThat(e.statusCode()).isZero();
        assertThat(e.outcomeUnknown()).isTrue();
    }

    @Test
    void aConnectionResetIsAnIoFailureWithUnknownOutcome() {
        stubCall(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        TransportException e = transportFailure(this::callRecord);

        assertThat(e.reason()).isEqualTo(TransportException.Reason.IO);
        assertThat(e.statusCode()).isZero();
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).contains("connection broke", "Connection reset");
    }

    @Test
    void anEmptyResponseIsAnIoFailure() {
        stubCall(aResponse().withFault(Fault.EMPTY_RESPONSE));

        TransportException e = transportFailure(this::callRecord);

        // The connection closes before a status line: the request may have been run, so the outcome is unknown.
        assertThat(e.reason()).isEqualTo(TransportException.Reason.IO);
        assertThat(e.statusCode()).isZero();
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getMessage()).contains("connection broke while waiting for the panel's answer", METHOD);
    }

    @Test
    void aMalformedChunkIsAnIoFailure() {
        stubCall(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        TransportException e = transportFailure(this::callRecord);

        // A 200 status line, then a chunk the decoder rejects: usually while the SOAP reader pulls the body (status
        // 200), sometimes already inside send(), before the client sees the response (status 0). Both are I/O.
        assertThat(e.reason()).isEqualTo(TransportException.Reason.IO);
        assertThat(e.statusCode()).isIn(0, 200);
        assertThat(e.outcomeUnknown()).isTrue();
    }

    @Test
    void randomDataThenCloseIsAnIoFailure() {
        stubCall(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

        TransportException e = transportFailure(this::callRecord);

        // Observed: garbage, then a close before a complete status line; the JDK reports an EOFException.
        assertThat(e.reason()).isIn(TransportException.Reason.IO, TransportException.Reason.NOT_SOAP,
                TransportException.Reason.MALFORMED_RESPONSE);
        assertThat(e.reason()).isEqualTo(TransportException.Reason.IO);
        assertThat(e.statusCode()).isZero();
        assertThat(e.outcomeUnknown()).isTrue();
    }

    @Test
    void aRefusedConnectionIsATransientConnectFailureWithKnownOutcome() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + PATH;

        TransportException e;
        try (IspConfigClient client = builder().url(url).build()) {
            e = transportFailure(() -> client.call(METHOD, 1));
        }

        assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT);
        assertThat(e.statusCode()).isZero();
        assertThat(e.isTransient()).isTrue();
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(e.getMessage()).contains("could not connect", "127.0.0.1:" + closedPort);
    }

    // --- faults, recovery, request shape ---------------------------------------------------------------------------

    @Test
    void aSoapFaultInsideStatus500IsTheTypedFaultNotATransportFailure() {
        stubCall(soap(capture("soap-fault-permission-denied.response.xml")).withStatus(500));

        Throwable thrown = failure(this::callRecord);

        assertThat(thrown).isInstanceOf(PermissionDeniedException.class).isNotInstanceOf(TransportException.class);
        PermissionDeniedException e = (PermissionDeniedException) thrown;
        assertThat(e.faultCode()).isEqualTo("permission_denied");
        assertThat(e.method()).isEqualTo(METHOD);
        assertThat(e.getMessage()).contains("You do not have the permissions to access this function.");
    }

    @Test
    void theNextCallSucceedsAfterAFailedOne() {
        String scenario = "panel restarts";
        server.stubFor(callMapping().inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server.stubFor(callMapping().inScenario(scenario).whenScenarioStateIs("up")
                .willReturn(soap(capture("soap-03-sites_web_domain_get.response.xml"))));

        try (IspConfigClient client = builder().build()) {
            TransportException e = transportFailure(() -> client.call(METHOD, 1));
            assertThat(e.reason()).isEqualTo(TransportException.Reason.HTTP_STATUS);
            assertThat(e.statusCode()).isEqualTo(503);

            Object record = client.call(METHOD, 1);

            assertThat(record).isInstanceOf(Map.class);
            assertThat(((Map<?, ?>) record).get("domain")).isEqualTo("example.com");
        }
        // One login served both calls: a failed HTTP exchange does not cost the session.
        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("<ns1:login>")));
    }

    @Test
    void theNextCallSucceedsAfterATimeoutAndAnOversizedAnswer() {
        String scenario = "flaky";
        server.stubFor(callMapping().inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(soap(capture("soap-03-sites_web_domain_get.response.xml")).withChunkedDribbleDelay(3, 3000))
                .willSetStateTo("big"));
        server.stubFor(callMapping().inScenario(scenario).whenScenarioStateIs("big")
                .willReturn(soap(largeAnswer()).withChunkedDribbleDelay(16, 400)).willSetStateTo("healthy"));
        server.stubFor(callMapping().inScenario(scenario).whenScenarioStateIs("healthy")
                .willReturn(soap(capture("soap-03-sites_web_domain_get.response.xml"))));

        try (IspConfigClient client = builder().readTimeout(Duration.ofMillis(300)).maxResponseSize(64 * 1024)
                .build()) {
            assertThat(transportFailure(() -> client.call(METHOD, 1)).reason())
                    .isEqualTo(TransportException.Reason.TIMEOUT);
            assertThat(transportFailure(() -> client.call(METHOD, 1)).reason())
                    .isEqualTo(TransportException.Reason.RESPONSE_TOO_LARGE);

            assertThat(client.call(METHOD, 1)).isInstanceOf(Map.class);
        }
    }

    @Test
    void theLoginAndTheCallAreSentAsPhpsSoapClientSendsThem() {
        stubCall(soap(capture("soap-03-sites_web_domain_get.response.xml")));
        String namespace = "http://127.0.0.1:" + server.port() + "/remote/";

        try (IspConfigClient client = builder().build()) {
            assertThat(client.call(METHOD, 1)).isInstanceOf(Map.class);
        }

        server.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Content-Type", equalToIgnoreCase(XML))
                .withHeader("SOAPAction", equalTo("\"" + namespace + "#login\""))
                .withRequestBody(matchingXPath("//*[local-name()='login']/param0/text()", equalTo("admin")))
                .withRequestBody(matchingXPath("//*[local-name()='login']/param1/text()", equalTo(PASSWORD))));
        server.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Content-Type", equalToIgnoreCase(XML))
                .withHeader("SOAPAction", equalTo("\"" + namespace + "#" + METHOD + "\""))
                .withRequestBody(matchingXPath("//*[local-name()='" + METHOD + "']/param0/text()", equalTo(SESSION)))
                .withRequestBody(matchingXPath("//*[local-name()='" + METHOD + "']/param1/text()", equalTo("1"))));
        // Ignoring case: Jetty's header cache hands WireMock "charset=UTF-8" for the "charset=utf-8" on the wire.
        // close() logs the session out, with the same session id.
        server.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("SOAPAction", equalTo("\"" + namespace + "#logout\""))
                .withRequestBody(matchingXPath("//*[local-name()='logout']/param0/text()", equalTo(SESSION))));

        List<String> order = server.getAllServeEvents().stream()
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(event -> event.getRequest().getHeader("SOAPAction"))
                .toList();
        assertThat(order).containsExactly("\"" + namespace + "#login\"", "\"" + namespace + "#" + METHOD + "\"",
                "\"" + namespace + "#logout\"");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private Object callRecord() {
        return callRecordWith(b -> b);
    }

    private Object callRecordWith(UnaryOperator<IspConfigClient.Builder> settings) {
        try (IspConfigClient client = settings.apply(builder()).build()) {
            return client.call(METHOD, 1);
        }
    }

    private static IspConfigClient.Builder builder() {
        return IspConfigClient.builder()
                .url("http://127.0.0.1:" + server.port() + PATH)
                .username("admin")
                .password(PASSWORD)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(5));
    }

    private static MappingBuilder callMapping() {
        return post(urlEqualTo(PATH)).withRequestBody(containing("<ns1:" + METHOD + ">"));
    }

    private static void stubCall(ResponseDefinitionBuilder response) {
        server.stubFor(callMapping().willReturn(response));
    }

    private static ServeEvent lastCallEvent() {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getBodyAsString().contains("<ns1:" + METHOD + ">"))
                .findFirst()
                .orElseThrow();
    }

    private static ResponseDefinitionBuilder soap(byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", XML).withBody(body);
    }

    private static String envelope(String returnElement) {
        return "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:ns1=\"/remote/index.php\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><SOAP-ENV:Body>"
                + "<ns1:" + METHOD + "Response>" + returnElement + "</ns1:" + METHOD + "Response>"
                + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    }

    /** A valid answer of about 1 MB: one long string. */
    private static byte[] largeAnswer() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + envelope("<return xsi:type=\"xsd:string\">" + "x".repeat(1024 * 1024) + "</return>"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] capture(String name) {
        try (InputStream in = TransportWireMockTest.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no capture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TransportException transportFailure(ThrowingCallable call) {
        Throwable thrown = failure(call);
        assertThat(thrown).isInstanceOf(TransportException.class);
        return (TransportException) thrown;
    }

    /** The exception the call throws, checked for secrets in every message, toString and cause. */
    private static Throwable failure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the call should fail").isNotNull();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD, SESSION);
            assertThat(t.toString()).doesNotContain(PASSWORD, SESSION);
        }
        // Suppressed exceptions and every cause, as a log would print them.
        assertThat(stackTraceOf(thrown)).doesNotContain(PASSWORD, SESSION);
        return thrown;
    }

    private static String stackTraceOf(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
