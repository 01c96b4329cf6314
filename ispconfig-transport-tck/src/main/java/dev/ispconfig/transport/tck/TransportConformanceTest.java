package dev.ispconfig.transport.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.TransportException.Reason;
import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.TransportSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link Transport} must do, tried through a real {@code IspConfigClient} against loopback servers that
 * answer like a healthy, slow, broken or hostile panel, through proxies, over TLS. Extend it with your transport:
 *
 * <pre>{@code
 * class MyTransportConformanceTest extends TransportConformanceTest {
 *     @Override
 *     protected Transport transport(TransportSettings settings) {
 *         return new MyTransport(settings);
 *     }
 * }
 * }</pre>
 *
 * <p>Every exception is also checked for the password and the session id, which must never appear in a message.
 * Timing bounds here are hang guards (seconds for timeouts of a few hundred milliseconds), not measurements.
 */
public abstract class TransportConformanceTest {

    private static final String USER = "api";
    private static final String PASSWORD = "s3cret-Pa55word";
    private static final String SESSION = "c0ffee0123456789abcdef0123456789abcdef012";
    private static final String PROXY_USER = "proxy-user";
    private static final String PROXY_PASSWORD = "proxy-Pa55";
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final Duration SHORT = Duration.ofMillis(400);

    @TempDir
    static Path keys;
    private static TestCertificates loopbackTls;
    private static TestCertificates otherHostTls;

    private final List<AutoCloseable> resources = new ArrayList<>();

    /** The transport under test, made from the settings a client was built with. */
    protected abstract Transport transport(TransportSettings settings);

    /**
     * Whether Basic proxy credentials reach the proxy on the CONNECT of an {@code https} panel. The JDK's client
     * drops them by default (its {@code jdk.http.auth.tunneling.disabledSchemes}); the call must then fail cleanly.
     */
    protected boolean sendsBasicProxyCredentialsOnConnect() {
        return true;
    }

    @BeforeAll
    static void certificates() {
        loopbackTls = TestCertificates.forLoopback(keys);
        otherHostTls = TestCertificates.forAnotherHost(keys);
    }

    @AfterEach
    void closeResources() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    // --- keep-alive and connections ----------------------------------------------------------------------------------

    @Test
    void sequentialCallsShareOneKeepAliveConnection() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> c.answerEach(panel(echo()))));
        IspConfigClient client = client(panel.uri(), b -> { });

        for (int i = 0; i < 3; i++) {
            assertThat(client.call("sites_web_domain_get", i)).isEqualTo(i);
        }

        assertThat(panel.requestsFor("sites_web_domain_get")).isEqualTo(3);
        assertThat(panel.connections()).isEqualTo(1);
    }

    @Test
    void anAnswerWithConnectionCloseIsFollowedByANewConnection() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> {
            Request request = c.next();
            if (request != null) {
                byte[] answer = panel(echo()).to(request);
                c.send(withHeader(answer, "Connection: close"));
            }
        }));
        IspConfigClient client = client(panel.uri(), b -> { });

        assertThat(client.call("sites_web_domain_get", 1)).isEqualTo(1);
        assertThat(client.call("sites_web_domain_get", 2)).isEqualTo(2);

        assertThat(panel.connections()).isEqualTo(3); // login, and one per call
    }

    @Test
    void anHttp10AnswerWithoutKeepAliveIsFollowedByANewConnection() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> {
            Request request = c.next();
            if (request != null) {
                String answer = new String(panel(echo()).to(request), StandardCharsets.ISO_8859_1);
                c.send(answer.replaceFirst("HTTP/1.1", "HTTP/1.0"));
            }
        }));
        IspConfigClient client = client(panel.uri(), b -> { });

        assertThat(client.call("sites_web_domain_get", 1)).isEqualTo(1);
        assertThat(client.call("sites_web_domain_get", 2)).isEqualTo(2);

        assertThat(panel.connections()).isEqualTo(3);
    }

    /**
     * A panel's web server closes a keep-alive connection after it idled (its keep-alive timeout, or a graceful
     * reload, which ISPConfig triggers after config changes). The next write must not go out on the dead connection
     * and then be reported as possibly run: it succeeds on a new connection, or fails as not sent.
     */
    @ParameterizedTest(name = "closed {0} ms after its answer")
    @ValueSource(ints = {200, 600, 2500})
    void aConnectionThePanelClosedWhileIdleDoesNotFailTheNextWrite(int idleCloseMillis) throws Exception {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> {
            c.socket().setSoTimeout(idleCloseMillis);
            try {
                c.answerEach(panel(request -> Answers.soap(Objects.requireNonNull(request.soapMethod(), "a SOAP call"), "1")));
            } catch (SocketTimeoutException idleTooLong) {
                // closed, as Apache's KeepAliveTimeout does
            }
        }));
        IspConfigClient client = client(panel.uri(), b -> { });
        client.call("dns_a_add", 1, Map.of("name", "a"));

        Thread.sleep(idleCloseMillis + 300L); // the panel has closed the idle connection by now

        Throwable failure = catchThrowable(() -> client.call("dns_a_add", 1, Map.of("name", "b")));
        if (failure != null) {
            assertThat(failure).isInstanceOf(TransportException.class);
            assertThat(((TransportException) failure).outcomeUnknown()).as("a write on a closed idle connection")
                    .isFalse();
        } else {
            assertThat(panel.requestsFor("dns_a_add")).isEqualTo(2);
        }
    }

    @Test
    void aRequestTheConnectionDiedOnIsNeverSentAgain() {
        // Reads the add whole, then hangs up without a word.
        LoopbackServer panel = serve(LoopbackServer.plain(answeringExcept("dns_a_add", (c, request) -> false)));
        IspConfigClient client = client(panel.uri(), b -> { });

        TransportException e = transportFailure(() -> client.call("dns_a_add", 1, Map.of("name", "x")));

        assertThat(e.reason()).isEqualTo(Reason.IO);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(panel.requestsFor("dns_a_add")).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionIsATransientConnectFailureThatSentNothing() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        IspConfigClient client = client(URI.create("http://127.0.0.1:" + port + "/remote/index.php"), b -> { });

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.CONNECT);
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(e.isTransient()).isTrue();
    }

    // --- timeouts ------------------------------------------------------------------------------------------------

    @Test
    void aTlsHandshakeThatNeverEndsFailsAtTheConnectTimeoutAsNotSent() {
        LoopbackServer silent = serve(LoopbackServer.silentTls());
        IspConfigClient client = client(silent.uri(), b -> b.connectTimeout(SHORT).sslContext(loopbackTls
                .clientContext()));

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.CONNECT);
        assertThat(e.outcomeUnknown()).isFalse();
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsATimeoutWithUnknownOutcome() {
        LoopbackServer panel = serve(LoopbackServer.plain(answeringExcept("sites_web_domain_get", (c, request) -> {
            c.hold();
            return false;
        })));
        IspConfigClient client = client(panel.uri(), b -> b.readTimeout(SHORT));

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getMessage()).contains("read timeout");
    }

    @Test
    void anAnswerStallingMidBodyIsATimeout() {
        LoopbackServer panel = serve(LoopbackServer.plain(answeringExcept("sites_web_domain_get", (c, request) -> {
            c.send(cut(panel(echo()).to(request)));
            c.hold();
            return false;
        })));
        IspConfigClient client = client(panel.uri(), b -> b.readTimeout(SHORT));

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.outcomeUnknown()).isTrue();
    }

    @Test
    void anAnswerTrickledWithinTheReadTimeoutStillEndsAtTheCallTimeout() {
        LoopbackServer panel = serve(LoopbackServer.plain(answeringExcept("sites_web_domain_get", (c, request) -> {
            for (byte b : panel(echo()).to(request)) { // a byte every 50 ms: never silent for a read timeout
                c.send(new byte[] {b});
                c.pause(50);
            }
            return true;
        })));
        IspConfigClient client = client(panel.uri(), b -> b.readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofMillis(800)));

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getMessage()).contains("call timeout");
    }

    @Test
    void aPanelSilentBeforeItsHeadEndsAtTheCallTimeoutWhenThatComesFirst() {
        LoopbackServer panel = serve(LoopbackServer.plain(answeringExcept("sites_web_domain_get", (c, request) -> {
            c.hold();
            return false;
        })));
        IspConfigClient client = client(panel.uri(), b -> b.readTimeout(Duration.ofSeconds(30)).callTimeout(SHORT));

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.getMessage()).contains("call timeout");
    }

    @Test
    void callsWithinTheCallTimeoutKeepTheirConnection() throws InterruptedException {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> c.answerEach(panel(echo()))));
        IspConfigClient client = client(panel.uri(), b -> b.callTimeout(Duration.ofMillis(300)));

        client.call("sites_web_domain_get", 1);
        Thread.sleep(500); // past the first call's timeout: no timer may fire on the pooled connection now
        assertThat(client.call("sites_web_domain_get", 2)).isEqualTo(2);

        assertThat(panel.connections()).isEqualTo(1);
    }

    /**
     * A TLS panel that completes the handshake and then stops reading: a 64 MB request cannot be written, and the
     * call must still end at about its read timeout, without holding back another client's timeout meanwhile (closing
     * a TLS socket under a blocked writer waits for the writer's lock: the abort must not do that).
     */
    @Test
    void aTlsPanelThatStopsReadingALargeRequestCannotHoldTheCallOrAnotherClientsTimeout() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        LoopbackServer panel = serve(LoopbackServer.tls(loopbackTls.serverContext(), c -> {
            Request request;
            while ((request = c.next()) != null) {
                c.send(panel(echo()).to(request));
                if ("login".equals(request.soapMethod())) {
                    stuck.countDown();
                    c.hold(); // the next request is never read
                    return;
                }
            }
        }));
        LoopbackServer silent = serve(LoopbackServer.plain(answeringExcept("sites_web_domain_get", (c, request) -> {
            c.hold();
            return false;
        })));
        IspConfigClient big = client(panel.uri(), b -> b.readTimeout(Duration.ofMillis(500))
                .sslContext(loopbackTls.clientContext()));
        IspConfigClient other = client(silent.uri(), b -> b.readTimeout(Duration.ofMillis(300)));
        String body = "x".repeat(64 * 1024 * 1024);

        CompletableFuture<Throwable> bigCall = CompletableFuture.supplyAsync(
                () -> catchThrowable(() -> big.call("sites_web_domain_update", 1, 1, Map.of("notes", body))));
        assertThat(stuck.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();
        TransportException otherFailure = assertTimeoutPreemptively(HANG_GUARD,
                () -> transportFailure(() -> other.call("sites_web_domain_get", 1)));
        Throwable bigFailure = assertTimeoutPreemptively(HANG_GUARD, () -> bigCall.get());

        assertThat(otherFailure.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(bigFailure).isInstanceOf(TransportException.class);
        assertThat(((TransportException) bigFailure).reason()).isIn(Reason.TIMEOUT, Reason.IO);
        assertThat(((TransportException) bigFailure).outcomeUnknown()).isTrue();
    }

    @Test
    void anInterruptEndsACallWaitingForTheAnswer() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        LoopbackServer panel = serve(LoopbackServer.plain(answeringExcept("sites_web_domain_get", (c, request) -> {
            waiting.countDown();
            c.hold();
            return false;
        })));
        IspConfigClient client = client(panel.uri(), b -> b.readTimeout(Duration.ofSeconds(60)));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            failure.set(catchThrowable(() -> client.call("sites_web_domain_get", 1)));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertThat(waiting.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();

        caller.interrupt();
        caller.join(HANG_GUARD.toMillis());

        assertThat(caller.isAlive()).as("the caller is still blocked after an interrupt").isFalse();
        assertThat(failure.get()).isInstanceOf(TransportException.class);
        TransportException e = (TransportException) Objects.requireNonNull(failure.get());
        assertThat(e.reason()).isEqualTo(Reason.REQUEST_FAILED);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(stillInterrupted.get()).as("the interrupt status is kept").isTrue();
    }

    // --- TLS -----------------------------------------------------------------------------------------------------

    @Test
    void aSelfSignedPanelIsRefusedByDefault() {
        LoopbackServer panel = serve(LoopbackServer.tls(loopbackTls.serverContext(), c -> c.answerEach(panel(echo()))));
        IspConfigClient client = client(panel.uri(), b -> { });

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.CONNECT);
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(panel.requests()).isEmpty();
    }

    @Test
    void aPanelWhoseCertificateIsTrustedIsAccepted() {
        LoopbackServer panel = serve(LoopbackServer.tls(loopbackTls.serverContext(), c -> c.answerEach(panel(echo()))));
        IspConfigClient client = client(panel.uri(), b -> b.sslContext(loopbackTls.clientContext()));

        assertThat(client.call("sites_web_domain_get", 7)).isEqualTo(7);
    }

    @Test
    void insecureModeAcceptsASelfSignedCertificateForAnotherHost() {
        LoopbackServer panel = serve(LoopbackServer.tls(otherHostTls.serverContext(),
                c -> c.answerEach(panel(echo()))));
        IspConfigClient client = client(panel.uri(), b -> b.insecure(true));

        assertThat(client.call("sites_web_domain_get", 7)).isEqualTo(7);
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() {
        LoopbackServer panel = serve(LoopbackServer.tls(otherHostTls.serverContext(),
                c -> c.answerEach(panel(echo()))));
        IspConfigClient client = client(panel.uri(), b -> b.sslContext(otherHostTls.clientContext()));

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.CONNECT);
        assertThat(panel.requests()).isEmpty();
    }

    @Test
    void theTlsProtocolsOfTheSettingsAreHonoured() {
        LoopbackServer panel = serve(LoopbackServer.tls(loopbackTls.serverContext(), List.of("TLSv1.2"),
                c -> c.answerEach(panel(echo()))));
        IspConfigClient onlyTls13 = client(panel.uri(), b -> b.sslContext(loopbackTls.clientContext())
                .tlsProtocols("TLSv1.3"));
        IspConfigClient tls12 = client(panel.uri(), b -> b.sslContext(loopbackTls.clientContext())
                .tlsProtocols("TLSv1.2"));

        TransportException e = transportFailure(() -> onlyTls13.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.CONNECT);
        assertThat(tls12.call("sites_web_domain_get", 2)).isEqualTo(2);
    }

    // --- proxies ---------------------------------------------------------------------------------------------------

    @Test
    void aPlainPanelIsReachedThroughAProxyWithAbsoluteFormRequests() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> c.answerEach(panel(echo()))));
        LoopbackProxy proxy = serve(new LoopbackProxy());
        URI named = URI.create("http://panel.example:" + panel.port() + "/remote/index.php");
        IspConfigClient client = client(named, b -> b.proxy(proxy.proxy()));

        assertThat(client.call("sites_web_domain_get", 3)).isEqualTo(3);

        assertThat(proxy.requestLines()).first().asString()
                .startsWith("POST http://panel.example:" + panel.port() + "/remote/index.php");
    }

    @Test
    void aTlsPanelIsReachedThroughAConnectTunnelAndItsOwnNameIsVerified() {
        LoopbackServer panel = serve(LoopbackServer.tls(loopbackTls.serverContext(), c -> c.answerEach(panel(echo()))));
        LoopbackProxy proxy = serve(new LoopbackProxy());
        IspConfigClient client = client(panel.uri(), b -> b.proxy(proxy.proxy())
                .sslContext(loopbackTls.clientContext()));

        assertThat(client.call("sites_web_domain_get", 3)).isEqualTo(3);

        assertThat(proxy.requestLines()).first().asString().startsWith("CONNECT 127.0.0.1:" + panel.port());
    }

    @Test
    void proxyCredentialsAreNotSentToAPanelReachedDirectly() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> c.answerEach(panel(echo()))));
        IspConfigClient client = client(panel.uri(), b -> b.proxy(java.net.Proxy.NO_PROXY)
                .proxyCredentials(PROXY_USER, PROXY_PASSWORD));

        assertThat(client.call("sites_web_domain_get", 4)).isEqualTo(4);

        assertThat(panel.requests()).isNotEmpty().allSatisfy(request ->
                assertThat(request.header("Proxy-Authorization")).isNull());
    }

    @Test
    void proxyCredentialsGoToTheProxyAndNeverToThePanel() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> c.answerEach(panel(echo()))));
        LoopbackProxy proxy = serve(new LoopbackProxy());
        proxy.requireBasic(PROXY_USER, PROXY_PASSWORD);
        URI named = URI.create("http://panel.example:" + panel.port() + "/remote/index.php");
        IspConfigClient client = client(named, b -> b.proxy(proxy.proxy())
                .proxyCredentials(PROXY_USER, PROXY_PASSWORD));

        assertThat(client.call("sites_web_domain_get", 4)).isEqualTo(4);

        assertThat(proxy.heads()).anySatisfy(head -> assertThat(head).contains("Proxy-Authorization: Basic "));
        assertThat(panel.requests()).isNotEmpty().allSatisfy(request ->
                assertThat(request.header("Proxy-Authorization")).isNull());
    }

    @Test
    void proxyCredentialsOpenATunnelOrTheCallFailsCleanly() {
        LoopbackServer panel = serve(LoopbackServer.tls(loopbackTls.serverContext(), c -> c.answerEach(panel(echo()))));
        LoopbackProxy proxy = serve(new LoopbackProxy());
        proxy.requireBasic(PROXY_USER, PROXY_PASSWORD);
        IspConfigClient client = client(panel.uri(), b -> b.proxy(proxy.proxy())
                .proxyCredentials(PROXY_USER, PROXY_PASSWORD).sslContext(loopbackTls.clientContext()));

        if (sendsBasicProxyCredentialsOnConnect()) {
            assertThat(client.call("sites_web_domain_get", 5)).isEqualTo(5);
        } else {
            TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 5));
            assertThat(e.statusCode()).isEqualTo(407);
            assertThat(e.outcomeUnknown()).isFalse();
            assertThat(panel.requests()).isEmpty();
        }
        assertThat(panel.requests()).allSatisfy(request ->
                assertThat(request.header("Proxy-Authorization")).isNull());
    }

    @Test
    void wrongProxyCredentialsFailWithoutQuotingTheProxy() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> c.answerEach(panel(echo()))));
        LoopbackProxy proxy = serve(new LoopbackProxy());
        proxy.requireBasic(PROXY_USER, PROXY_PASSWORD);
        URI named = URI.create("http://panel.example:" + panel.port() + "/remote/index.php");
        IspConfigClient client = client(named, b -> b.proxy(proxy.proxy())
                .proxyCredentials(PROXY_USER, "wrong-password"));

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.statusCode()).isEqualTo(407);
        assertThat(e.getMessage()).doesNotContain(LoopbackProxy.SECRET_REALM, "wrong-password");
        assertThat(panel.requests()).isEmpty();
    }

    // --- bodies ----------------------------------------------------------------------------------------------------

    @Test
    void aGzipAnswerIsDecoded() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> c.answerEach(request -> {
            byte[] plain = panel(echo()).to(request);
            int body = indexOf(plain, "\r\n\r\n") + 4;
            return Answers.gzip(200, Answers.XML, java.util.Arrays.copyOfRange(plain, body, plain.length));
        })));
        IspConfigClient client = client(panel.uri(), b -> { });

        assertThat(client.call("sites_web_domain_get", 8)).isEqualTo(8);
    }

    @Test
    void aChunkedAnswerWithExtensionsAndTrailersIsReadAndItsConnectionKept() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> c.answerEach(request -> {
            byte[] plain = panel(echo()).to(request);
            int body = indexOf(plain, "\r\n\r\n") + 4;
            return Answers.chunked(200, Answers.XML, java.util.Arrays.copyOfRange(plain, body, plain.length), 100);
        })));
        IspConfigClient client = client(panel.uri(), b -> { });

        assertThat(client.call("sites_web_domain_get", 9)).isEqualTo(9);
        assertThat(client.call("sites_web_domain_get", 10)).isEqualTo(10);

        assertThat(panel.connections()).isEqualTo(1);
    }

    @Test
    void aBodyCutShortOfItsLengthIsAnIoFailureWithUnknownOutcome() {
        LoopbackServer panel = serve(LoopbackServer.plain(answeringExcept("sites_web_domain_get", (c, request) -> {
            c.send(cut(panel(echo()).to(request)));
            return false; // and close
        })));
        IspConfigClient client = client(panel.uri(), b -> { });

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isIn(Reason.IO, Reason.MALFORMED_RESPONSE);
        assertThat(e.outcomeUnknown()).isTrue();
    }

    @Test
    void aBrokenChunkIsAnIoFailureWithUnknownOutcome() {
        LoopbackServer panel = serve(LoopbackServer.plain(answeringExcept("sites_web_domain_get", (c, request) -> {
            c.send(Answers.head(200, Answers.XML, "Transfer-Encoding: chunked"));
            c.send("-5\r\nhello\r\n0\r\n\r\n"); // a negative chunk size
            c.hold();
            return false;
        })));
        IspConfigClient client = client(panel.uri(), b -> b.readTimeout(Duration.ofSeconds(10)));

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.IO);
        assertThat(e.outcomeUnknown()).isTrue();
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefused() {
        byte[] big = dev.ispconfig.client.soap.SoapWriter.response("sites_web_domain_get", "y".repeat(256 * 1024));
        LoopbackServer declared = serve(LoopbackServer.plain(c -> c.answerEach(panel(
                request -> Answers.http(200, Answers.XML, big)))));
        LoopbackServer chunked = serve(LoopbackServer.plain(c -> c.answerEach(panel(
                request -> Answers.chunked(200, Answers.XML, big, 8192)))));

        for (LoopbackServer panel : List.of(declared, chunked)) {
            IspConfigClient client = client(panel.uri(), b -> b.maxResponseSize(64 * 1024));
            TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));
            assertThat(e.reason()).isEqualTo(Reason.RESPONSE_TOO_LARGE);
        }
    }

    @Test
    void anHtmlErrorPageIsAnHttpStatusFailureQuotingItsText() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> c.answerEach(panel(request -> Answers.http(500,
                "text/html", "<html><body><h1>Internal Server Error</h1></body></html>".getBytes(
                        StandardCharsets.UTF_8))))));
        IspConfigClient client = client(panel.uri(), b -> { });

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e.getMessage()).contains("Internal Server Error");
    }

    @Test
    void theDisabledApiNoticeIsNotSoapWithAHint() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> c.answerEach(request -> Answers.http(200,
                "text/html; charset=UTF-8", "Remote API is disabled in security settings.".getBytes(
                        StandardCharsets.UTF_8)))));
        IspConfigClient client = client(panel.uri(), b -> { });

        TransportException e = transportFailure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e.reason()).isEqualTo(Reason.NOT_SOAP);
        assertThat(e.getMessage()).contains("Remote API is disabled", "remote_api_allowed");
    }

    @Test
    void aSoapFaultWithStatus500IsTheTypedFault() {
        LoopbackServer panel = serve(LoopbackServer.plain(c -> c.answerEach(panel(
                request -> Answers.fault("permission_denied", "You do not have the permissions to access this "
                        + "function.")))));
        IspConfigClient client = client(panel.uri(), b -> { });

        Throwable e = failure(() -> client.call("sites_web_domain_get", 1));

        assertThat(e).isInstanceOf(IspConfigFaultException.class);
        assertThat(((IspConfigFaultException) e).faultCode()).isEqualTo("permission_denied");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** A client of {@code uri} through the transport under test; closed after the test. */
    protected final IspConfigClient client(URI uri, Consumer<IspConfigClient.Builder> settings) {
        IspConfigClient.Builder builder = IspConfigClient.builder().url(uri).username(USER).password(PASSWORD)
                .transport(this::transport);
        settings.accept(builder);
        IspConfigClient client = builder.build();
        resources.add(0, client); // closed before the servers it talks to
        return client;
    }

    /** Closes {@code resource} after the test. */
    protected final <T extends AutoCloseable> T serve(T resource) {
        resources.add(resource);
        return resource;
    }

    /**
     * A connection handler that answers like {@link #panel}({@link #echo}) but hands each call of {@code method} to
     * {@code special}, which may answer anything and says whether to go on serving the connection.
     */
    protected static LoopbackServer.Handler answeringExcept(String method, Special special) {
        return c -> {
            Request request;
            while ((request = c.next()) != null) {
                if (!method.equals(request.soapMethod())) {
                    c.send(panel(echo()).to(request));
                } else if (!special.serve(c, request)) {
                    return;
                }
            }
        };
    }

    /** What a test's panel does with one call. */
    @FunctionalInterface
    protected interface Special {
        /** @return whether to go on serving the connection */
        boolean serve(LoopbackServer.Connection connection, Request request) throws IOException;
    }

    /** The answer without its last 40 bytes: its Content-Length promises more than comes. */
    private static byte[] cut(byte[] answer) {
        return java.util.Arrays.copyOf(answer, answer.length - 40);
    }

    /** A panel's answers: login gives a session, logout true, and every other call what {@code calls} answers. */
    protected static LoopbackServer.Answer panel(LoopbackServer.Answer calls) {
        return request -> {
            String method = request.soapMethod();
            if ("login".equals(method)) {
                return Answers.soap("login", SESSION);
            }
            if ("logout".equals(method)) {
                return Answers.soap("logout", Boolean.TRUE);
            }
            return calls.to(request);
        };
    }

    /** Answers a call with its first argument after the session id, as an int. */
    protected static LoopbackServer.Answer echo() {
        return request -> {
            String body = request.bodyText();
            int param1 = body.indexOf("<param1");
            int start = body.indexOf('>', param1) + 1;
            int end = body.indexOf('<', start);
            return Answers.soap(Objects.requireNonNull(request.soapMethod(), "a SOAP call"), Integer.parseInt(body.substring(start, end)));
        };
    }

    private static byte[] withHeader(byte[] answer, String header) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        return text.replaceFirst("\r\n", "\r\n" + header + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] bytes, String what) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(what);
    }

    private static TransportException transportFailure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = failure(call);
        assertThat(thrown).isInstanceOf(TransportException.class);
        return (TransportException) thrown;
    }

    /** The exception the call throws (within the hang guard), checked for secrets in every message and cause. */
    private static Throwable failure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowable(call));
        assertThat(thrown).as("the call should fail").isNotNull();
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(PASSWORD, SESSION, PROXY_PASSWORD);
        return thrown;
    }
}
