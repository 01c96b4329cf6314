package dev.ispconfig.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connection handling of {@link SocketTransport} against a scripted loopback server: keep-alive reuse and when a
 * connection must not be reused, framing (chunked, interim answers), the head deadline, and close.
 */
class SocketTransportTest {

    private static final byte[] REQUEST = "<x/>".getBytes(StandardCharsets.UTF_8);

    private ScriptedServer server;
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

    @Test
    void sequentialCallsShareOneKeepAliveConnection() throws IOException {
        start(ScriptedServer.fixed("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 5\r\n\r\nhello"));

        for (int i = 0; i < 20; i++) {
            assertThat(call()).isEqualTo("hello");
        }

        assertThat(server.connections.get()).isEqualTo(1);
        assertThat(server.requests.get(0)).startsWith("POST /remote/index.php HTTP/1.1\r\n")
                .contains("\r\nHost: 127.0.0.1:" + server.port() + "\r\n", "\r\nSOAPAction: \"urn:x#m\"\r\n",
                        "\r\nContent-Length: 4\r\n", "\r\nContent-Type: text/xml; charset=utf-8\r\n")
                .endsWith("\r\n\r\n<x/>");
    }

    @Test
    void connectionCloseMeansANewConnectionForTheNextCall() throws IOException {
        start(ScriptedServer.fixed("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"));

        for (int i = 0; i < 3; i++) {
            assertThat(call()).isEqualTo("ok");
        }

        assertThat(server.connections.get()).isEqualTo(3);
    }

    @Test
    void anHttp10AnswerWithoutKeepAliveIsNotReused() throws IOException {
        start(ScriptedServer.fixed("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok"));

        call();
        call();

        assertThat(server.connections.get()).isEqualTo(2);
    }

    @Test
    void anIdleConnectionIsReusedOnlyWithinThePanelsAnnouncedKeepAlive() throws Exception {
        // timeout=2 leaves one second of reuse, a second before the panel would close it.
        start(ScriptedServer.fixed("HTTP/1.1 200 OK\r\nKeep-Alive: timeout=2, max=100\r\nContent-Length: 2\r\n\r\nok"));

        call();
        call();
        assertThat(server.connections.get()).isEqualTo(1);
        Thread.sleep(1_100);
        call();

        assertThat(server.connections.get()).isEqualTo(2);
    }

    @Test
    void aKeepAliveOfOneSecondIsNotReusedAtAll() throws IOException {
        start(ScriptedServer.fixed("HTTP/1.1 200 OK\r\nKeep-Alive: timeout=1\r\nContent-Length: 2\r\n\r\nok"));

        call();
        call();

        assertThat(server.connections.get()).isEqualTo(2);
    }

    @Test
    void aChunkedAnswerWithExtensionsAndTrailersIsReadAndTheConnectionReused() throws IOException {
        start(ScriptedServer.fixed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3;name=value\r\nhel\r\n2\r\nlo\r\n0\r\nX-Trailer: t\r\n\r\n"));

        assertThat(call()).isEqualTo("hello");
        assertThat(call()).isEqualTo("hello");

        assertThat(server.connections.get()).isEqualTo(1);
    }

    @Test
    void interimAnswersBeforeTheFinalOneAreSkipped() throws IOException {
        start(ScriptedServer.fixed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"));

        try (Transport.Reply reply = transport.post("urn:x#m", REQUEST)) {
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(new String(reply.body().readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("ok");
        }
    }

    @Test
    void aLengthAndAChunkedEncodingTogetherAreReadChunkedAndTheConnectionIsNotReused() throws IOException {
        start(ScriptedServer.fixed("HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "2\r\nok\r\n0\r\n\r\n"));

        assertThat(call()).isEqualTo("ok");
        assertThat(call()).isEqualTo("ok");

        assertThat(server.connections.get()).isEqualTo(2);
    }

    @Test
    void anAnswerLeftHalfReadClosesItsConnection() throws IOException {
        start(ScriptedServer.fixed("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"));

        try (Transport.Reply reply = transport.post("urn:x#m", REQUEST)) {
            assertThat(reply.body().read()).isEqualTo('h');
        }
        assertThat(call()).isEqualTo("hello");

        assertThat(server.connections.get()).isEqualTo(2);
    }

    @Test
    void headersTrickledSlowerThanTheReadTimeoutAllowsInTotalAreATimeout() throws IOException {
        // Every byte comes within the read timeout, but the head as a whole does not.
        server = new ScriptedServer((out, index) -> {
            for (byte b : "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
                LoopbackHttpServer.sleepQuietly(60);
            }
            return true;
        });
        transport = transportFor(server, Duration.ofMillis(300));

        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(2), this::call))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TransportException.Reason.TIMEOUT);
                    assertThat(e.outcomeUnknown()).isTrue();
                });
    }

    @Test
    void closeLetsGoOfIdleConnectionsAndLaterCallsStillWork() throws Exception {
        start(ScriptedServer.fixed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"));
        call();

        transport.close();
        server.awaitHangUps(1);
        assertThat(call()).isEqualTo("ok"); // a logout deferred until the last call in flight has finished
        server.awaitHangUps(2);

        assertThat(server.connections.get()).isEqualTo(2);
    }

    /** A panel's name with an address that refuses (here 127.0.0.2, where nothing listens) before the one that works. */
    @Test
    void anAddressThatRefusesIsSkippedForTheNextOne() throws IOException {
        server = ScriptedServer.fixed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        List<String> asked = new CopyOnWriteArrayList<>();
        transport = resolving("http://panel.test:" + server.port() + "/remote/index.php", host -> {
            asked.add(host);
            return new InetAddress[] {address(127, 0, 0, 2), address(127, 0, 0, 1)};
        });

        assertThat(call()).isEqualTo("ok");
        assertThat(asked).containsExactly("panel.test");
        assertThat(server.requests.get(0)).contains("\r\nHost: panel.test:" + server.port() + "\r\n");
    }

    @Test
    void whenEveryAddressRefusesTheFailureNamesTheFirstAndKeepsTheOthers() throws IOException {
        server = ScriptedServer.fixed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        transport = resolving("http://panel.test:" + server.port() + "/remote/index.php",
                host -> new InetAddress[] {address(127, 0, 0, 2), address(127, 0, 0, 3)});

        assertThatThrownBy(this::call).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT);
            assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
            assertThat(e.getCause().getSuppressed()).hasSize(1);
        });
        assertThat(server.connections.get()).isZero();
    }

    @Test
    void anUnknownHostIsAConnectFailure() {
        transport = resolving("http://panel.test/remote/index.php", host -> {
            throw new UnknownHostException(host);
        });

        assertThatThrownBy(this::call).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT);
            assertThat(e.getMessage()).contains("UnknownHostException (panel.test)");
        });
    }

    /** A transport for {@code url} whose names {@code resolver} answers. */
    private static SocketTransport resolving(String url, SocketTransport.Resolver resolver) {
        return new SocketTransport(URI.create(url), null, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ZERO,
                1024, resolver, null, "");
    }

    private static InetAddress address(int a, int b, int c, int d) throws UnknownHostException {
        return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    }

    private void start(ScriptedServer scripted) {
        server = scripted;
        transport = transportFor(server, Duration.ofSeconds(5));
    }

    private static SocketTransport transportFor(ScriptedServer server, Duration readTimeout) {
        return new SocketTransport(URI.create("http://127.0.0.1:" + server.port() + "/remote/index.php"), null,
                Duration.ofSeconds(2), readTimeout, 1024 * 1024);
    }

    private String call() throws IOException {
        try (Transport.Reply reply = transport.post("urn:x#m", REQUEST)) {
            return new String(reply.body().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** Answers each request with what its script writes; counts connections and hang-ups, keeps the requests. */
    private static final class ScriptedServer implements AutoCloseable {

        /** Writes the answer to the {@code index}-th request of a connection; false closes the connection. */
        interface Script {
            boolean answer(OutputStream out, int index) throws IOException;
        }

        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger hangUps = new AtomicInteger();
        final List<String> requests = new CopyOnWriteArrayList<>();
        private final LoopbackHttpServer server;

        ScriptedServer(Script script) {
            server = new LoopbackHttpServer(socket -> {
                connections.incrementAndGet();
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                for (int index = 0; ; index++) {
                    String request = LoopbackHttpServer.readRequest(in);
                    if (request == null) {
                        hangUps.incrementAndGet();
                        return;
                    }
                    requests.add(request);
                    if (!script.answer(out, index)) {
                        return;
                    }
                }
            });
        }

        /** The same raw answer to every request; the connection is closed after it when it says so. */
        static ScriptedServer fixed(String answer) {
            byte[] bytes = answer.getBytes(StandardCharsets.US_ASCII);
            boolean close = answer.toLowerCase(Locale.ROOT).contains("connection: close")
                    || answer.startsWith("HTTP/1.0");
            return new ScriptedServer((out, index) -> {
                out.write(bytes);
                out.flush();
                return !close;
            });
        }

        int port() {
            return server.port();
        }

        void awaitHangUps(int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (hangUps.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(hangUps.get()).as("connections the client closed").isEqualTo(count);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
