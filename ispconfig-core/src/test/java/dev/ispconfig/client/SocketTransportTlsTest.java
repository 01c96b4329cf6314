package dev.ispconfig.client;

import static dev.ispconfig.client.LoopbackHttpServer.readRequest;
import static dev.ispconfig.client.LoopbackHttpServer.sleepQuietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SocketTransport over TLS at its limits: a trickled handshake, stray bytes on an idle connection, IPv6 hosts. */
class SocketTransportTlsTest {

    @TempDir
    static Path keys;
    static SSLContext serverContext;
    static SSLContext clientContext;

    private final List<AutoCloseable> closing = new CopyOnWriteArrayList<>();
    private SocketTransport transport;

    @BeforeAll
    static void keys() throws Exception {
        SelfSignedTls tls = SelfSignedTls.create(keys);
        serverContext = tls.serverContext();
        clientContext = tls.clientContext();
    }

    @AfterEach
    void stop() throws Exception {
        if (transport != null) {
            transport.close();
        }
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    /**
     * The handshake is bounded only per silence (SO_TIMEOUT), never in total: a server that trickles one TLS record a
     * byte at a time, each within the read timeout, holds connect() for as long as it likes.
     */
    @Test
    void aTrickledHandshakeIsBoundedInTotal() {
        LoopbackHttpServer server = new LoopbackHttpServer(socket -> {
            socket.getInputStream().read(new byte[4096]); // the ClientHello
            OutputStream out = socket.getOutputStream();
            out.write(new byte[] {0x16, 0x03, 0x03, 0x40, 0x00}); // a 16 KB handshake record
            out.flush();
            for (int i = 0; i < 16384; i++) {
                sleepQuietly(100);
                out.write(0);
                out.flush();
            }
        });
        closing.add(server);
        transport = new SocketTransport(URI.create("https://127.0.0.1:" + server.port() + "/remote/index.php"),
                clientContext, Duration.ofSeconds(1), Duration.ofMillis(500), 1024 * 1024);

        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> transport.post("urn:x#m", new byte[0]).close()))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT));
    }

    /** Host name verification with an IPv6 literal URL (brackets): [::ffff:127.0.0.1] reaches 127.0.0.1. */
    @Test
    void anIpv6LiteralUrlMatchesTheCertificatesIpAddress() throws Exception {
        int port = tlsServer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", null);
        transport = new SocketTransport(URI.create("https://[::ffff:127.0.0.1]:" + port + "/remote/index.php"),
                clientContext, Duration.ofSeconds(1), Duration.ofSeconds(2), 1024 * 1024);

        try (Transport.Reply reply = transport.post("urn:x#m", new byte[0])) {
            assertThat(new String(reply.body().readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("ok");
        }
    }

    /**
     * Over plain TCP, bytes that arrive on an idle pooled connection are seen by in.available() and the connection
     * is dropped; over TLS available() only counts decrypted bytes, so a stray answer sent after the real one is
     * read as the answer to the next request.
     */
    @Test
    void aStrayAnswerOnAnIdleTlsConnectionIsNotTakenAsTheNextAnswer() throws Exception {
        int port = tlsServer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nstray");
        transport = new SocketTransport(URI.create("https://127.0.0.1:" + port + "/remote/index.php"),
                clientContext, Duration.ofSeconds(1), Duration.ofSeconds(2), 1024 * 1024);

        assertThat(call()).isEqualTo("ok");
        Thread.sleep(400); // the stray answer arrives while the connection idles in the pool
        assertThat(call()).isEqualTo("ok");
    }

    private String call() throws IOException {
        try (Transport.Reply reply = transport.post("urn:x#m", "<x/>".getBytes(StandardCharsets.UTF_8))) {
            return new String(reply.body().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** TLS server on 127.0.0.1: answers each request; after the first answer, sends {@code stray} 100 ms later. */
    private int tlsServer(String answer, String stray) throws IOException {
        SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        LoopbackHttpServer server = new LoopbackHttpServer(listener, socket -> {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            boolean first = true;
            while (readRequest(in) != null) {
                out.write(answer.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (first && stray != null) {
                    sleepQuietly(100);
                    out.write(stray.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                first = false;
            }
        });
        closing.add(server);
        return server.port();
    }
}
