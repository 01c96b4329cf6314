package dev.ispconfig.client;

import static dev.ispconfig.client.LoopbackHttpServer.sleepQuietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SocketTransport at its limits (most found by an independent review, each first a failing test): malformed framing, a
 * panel that never reads, interrupts, bodiless answers, idle connections past their time, bad ports; and the call
 * timeout (an answer trickled within the read timeout still ends, outcome unknown; within it, connections pool).
 */
class SocketTransportLimitsTest {

    private LoopbackHttpServer server;
    private SocketTransport transport;

    @AfterEach
    void stop() throws IOException {
        if (transport != null) {
            transport.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A chunk size of "-1": Long.parseLong accepts the sign, copy() gets a negative length. */
    @Test
    void aNegativeChunkSizeIsAnIoFailureNotAnIndexOutOfBounds() throws IOException {
        server = LoopbackHttpServer.answering("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nxx\r\n0\r\n\r\n");
        transport = transportFor(server, Duration.ofSeconds(2), 1024 * 1024);

        try (Transport.Reply reply = transport.post("urn:x#m", "<x/>".getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> reply.body().readAllBytes()).isInstanceOf(IOException.class);
        }
    }

    /** Same bytes through SoapExchange: the caller must get a TransportException, not a raw RuntimeException. */
    @Test
    void aNegativeChunkSizeGivesATypedTransportException() {
        server = LoopbackHttpServer.answering("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "-1\r\nxx\r\n0\r\n\r\n");
        transport = transportFor(server, Duration.ofSeconds(2), 1024 * 1024);
        SoapExchange exchange = new SoapExchange(transport, "https://127.0.0.1/remote/");

        assertThatThrownBy(() -> exchange.call("sites_web_domain_get", List.of("s", 1)))
                .isInstanceOf(TransportException.class);
    }

    /**
     * A panel that accepts the connection but never reads: the request write has no timeout (SO_TIMEOUT bounds reads
     * only), so a large request blocks the caller forever instead of failing after the read timeout.
     */
    @Test
    void aPanelThatNeverReadsCannotHoldALargeRequestForever() {
        server = new LoopbackHttpServer(LoopbackHttpServer.listener(4096), socket -> sleepQuietly(60_000));
        transport = transportFor(server, Duration.ofMillis(500), 1024 * 1024);
        byte[] large = new byte[64 * 1024 * 1024];

        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> transport.post("urn:x#m", large).close()))
                .isInstanceOf(TransportException.class);
    }

    /**
     * An interrupt ends a call waiting for its answer, long before the read timeout (a plain blocking socket would
     * ignore it); the request was sent, so the outcome is unknown.
     */
    @Test
    void anInterruptEndsACallThatWaitsForTheAnswer() throws Exception {
        server = new LoopbackHttpServer(socket -> {
            LoopbackHttpServer.readRequest(socket.getInputStream());
            sleepQuietly(60_000);
        });
        transport = transportFor(server, Duration.ofSeconds(60), 1024 * 1024);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                transport.post("urn:x#m", "<x/>".getBytes(StandardCharsets.UTF_8)).close();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        caller.start();
        Thread.sleep(300);
        caller.interrupt();
        caller.join(10_000);

        assertThat(caller.isAlive()).as("still waiting for the 60 s read timeout").isFalse();
        assertThat(failure.get()).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(TransportException.Reason.REQUEST_FAILED);
            assertThat(e.outcomeUnknown()).isTrue();
        });
    }

    /** The same for an interrupt while the body stalls: typed like one before the head, not as a broken connection. */
    @Test
    void anInterruptWhileTheBodyStallsIsARequestFailureWithUnknownOutcome() throws Exception {
        server = new LoopbackHttpServer(socket -> {
            LoopbackHttpServer.readRequest(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 1000\r\n\r\n<?xml version=\"1.0\"?>"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sleepQuietly(60_000);
        });
        transport = transportFor(server, Duration.ofSeconds(60), 1024 * 1024);
        SoapExchange exchange = new SoapExchange(transport, "https://127.0.0.1/remote/");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                exchange.call("sites_web_domain_get", List.of("s", 1));
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        caller.start();
        Thread.sleep(300);
        caller.interrupt();
        caller.join(10_000);

        assertThat(caller.isAlive()).as("still waiting for the 60 s read timeout").isFalse();
        assertThat(failure.get()).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(TransportException.Reason.REQUEST_FAILED);
            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e.outcomeUnknown()).isTrue();
        });
    }

    /** RFC 9112 6.3: a 204 answer has no body; reading "until close" waits for the read timeout instead. */
    @Test
    void a204AnswerWithoutLengthEndsAtItsHeadNotAtTheReadTimeout() {
        server = LoopbackHttpServer.answering("HTTP/1.1 204 No Content\r\n\r\n");
        transport = transportFor(server, Duration.ofSeconds(3), 1024 * 1024);
        SoapExchange exchange = new SoapExchange(transport, "https://127.0.0.1/remote/");

        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> exchange.call("sites_web_domain_get", List.of("s", 1))))
                .isInstanceOfSatisfying(TransportException.class, // a 2xx with an empty body is NOT_SOAP, as documented
                        e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.NOT_SOAP));
    }

    /** A port the URI parser accepts but a socket cannot use: an untyped IllegalArgumentException at call time. */
    @Test
    void aPortOutOfRangeIsATypedFailure() {
        transport = new SocketTransport(URI.create("http://127.0.0.1:99999/remote/index.php"), null,
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1024);

        assertThatThrownBy(() -> transport.post("urn:x#m", new byte[0]))
                .isInstanceOf(TransportException.class);
    }

    /** Control for the TLS case in TlsTransportReviewTest: over plain TCP a stray answer is noticed (passes). */
    @Test
    void aStrayAnswerOnAnIdlePlainConnectionIsNotTakenAsTheNextAnswer() throws Exception {
        server = new LoopbackHttpServer(socket -> {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            boolean first = true;
            while (LoopbackHttpServer.readRequest(in) != null) {
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (first) {
                    sleepQuietly(100);
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nstray".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                first = false;
            }
        });
        transport = transportFor(server, Duration.ofSeconds(2), 1024 * 1024);

        assertThat(body()).isEqualTo("ok");
        Thread.sleep(400);
        assertThat(body()).isEqualTo("ok");
    }

    private String body() throws IOException {
        try (Transport.Reply reply = transport.post("urn:x#m", "<x/>".getBytes(StandardCharsets.UTF_8))) {
            return new String(reply.body().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /**
     * Idle connections are taken newest first and an expired one is only closed when it reaches the front: after a
     * burst of two concurrent calls, the older connection stays in the pool (and open) long past its keep-alive
     * while the newer one carries all later calls.
     */
    @Test
    void anExpiredIdleConnectionBehindAFreshOneIsClosed() throws Exception {
        java.util.concurrent.atomic.AtomicInteger hangUps = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        server = new LoopbackHttpServer(socket -> {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (LoopbackHttpServer.readRequest(in) != null) {
                if (requests.incrementAndGet() <= 2) {
                    sleepQuietly(300); // the first two calls overlap: two connections
                }
                out.write("HTTP/1.1 200 OK\r\nKeep-Alive: timeout=2\r\nContent-Length: 2\r\n\r\nok"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            hangUps.incrementAndGet();
        });
        transport = transportFor(server, Duration.ofSeconds(2), 1024 * 1024);
        Thread other = new Thread(() -> {
            try {
                body();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        other.start();
        body();
        other.join();

        for (int i = 0; i < 12; i++) { // 2.4 s of calls, each on the newest connection; reuse window is 1 s
            body();
            Thread.sleep(200);
        }

        assertThat(server.connections()).as("connections").isEqualTo(2);
        assertThat(hangUps.get()).as("connections the client closed").isEqualTo(1);
    }

    // --- the call timeout: the whole request, which the read timeout (each silence) cannot bound ------------------

    private static final String SOAP = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: %d\r\n\r\n%s";
    private static final String ANSWER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="
            + "\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body><ns1:r xmlns:ns1=\"urn:x\"><return>ok"
            + "</return></ns1:r></SOAP-ENV:Body></SOAP-ENV:Envelope>";

    @Test
    void anAnswerTrickledWithinTheReadTimeoutStillEndsAtTheCallTimeout() {
        server = new LoopbackHttpServer(socket -> {
            LoopbackHttpServer.readRequest(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            byte[] answer = String.format(SOAP, ANSWER.length(), ANSWER).getBytes(StandardCharsets.US_ASCII);
            for (byte b : answer) { // a byte every 50 ms: never silent for the read timeout, 13 s in all
                out.write(b);
                out.flush();
                sleepQuietly(50);
            }
        });
        transport = transportFor(server, Duration.ofSeconds(1), Duration.ofMillis(800));
        SoapExchange exchange = new SoapExchange(transport, "urn:x");

        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> exchange.call("sites_web_domain_get", List.of("s", 1))))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TransportException.Reason.TIMEOUT);
                    assertThat(e.outcomeUnknown()).isTrue();
                    assertThat(e.getMessage()).contains("call timeout of PT0.8S");
                });
    }

    @Test
    void aPanelSilentBeforeItsHeadEndsAtTheCallTimeoutWhenThatComesFirst() {
        server = new LoopbackHttpServer(socket -> {
            LoopbackHttpServer.readRequest(socket.getInputStream());
            sleepQuietly(60_000);
        });
        transport = transportFor(server, Duration.ofSeconds(30), Duration.ofMillis(300));

        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> transport.post("urn:x#m", new byte[0]).close()))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TransportException.Reason.TIMEOUT);
                    assertThat(e.outcomeUnknown()).isTrue();
                    assertThat(e.getMessage()).contains("did not answer within the call timeout");
                });
    }

    @Test
    void callsWithinItKeepTheirConnectionAfterItsTimeHasPassed() throws Exception {
        server = LoopbackHttpServer.answering(String.format(SOAP, ANSWER.length(), ANSWER));
        transport = transportFor(server, Duration.ofSeconds(5), Duration.ofMillis(200));
        SoapExchange exchange = new SoapExchange(transport, "urn:x");

        for (int i = 0; i < 3; i++) {
            assertThat(exchange.call("m", List.of("s"))).isEqualTo("ok");
            Thread.sleep(300); // past the call timeout: a timer left running would close the idle connection
        }

        assertThat(server.connections()).isEqualTo(1);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    static SocketTransport transportFor(LoopbackHttpServer server, Duration readTimeout, long max) {
        return new SocketTransport(URI.create("http://127.0.0.1:" + server.port() + "/remote/index.php"), null,
                Duration.ofSeconds(2), readTimeout, max);
    }

    private static SocketTransport transportFor(LoopbackHttpServer server, Duration readTimeout,
            Duration callTimeout) {
        return new SocketTransport(URI.create("http://127.0.0.1:" + server.port() + "/remote/index.php"), null,
                Duration.ofSeconds(2), readTimeout, callTimeout, 1024 * 1024, InetAddress::getAllByName, null, "");
    }
}
