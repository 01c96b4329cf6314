package dev.ispconfig.client;

import static dev.ispconfig.client.LoopbackHttpServer.sleepQuietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The call timeout bounds a whole request, which the read timeout (each silence) cannot: an answer trickled a byte at a
 * time. Past it the call is a TIMEOUT with unknown outcome; within it, connections are pooled as without it.
 */
class CallTimeoutTest {

    private static final String SOAP = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: %d\r\n\r\n%s";
    private static final String ANSWER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="
            + "\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body><ns1:r xmlns:ns1=\"urn:x\"><return>ok"
            + "</return></ns1:r></SOAP-ENV:Body></SOAP-ENV:Envelope>";

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
        transport = transport(Duration.ofSeconds(1), Duration.ofMillis(800));
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
        transport = transport(Duration.ofSeconds(30), Duration.ofMillis(300));

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
        transport = transport(Duration.ofSeconds(5), Duration.ofMillis(200));
        SoapExchange exchange = new SoapExchange(transport, "urn:x");

        for (int i = 0; i < 3; i++) {
            assertThat(exchange.call("m", List.of("s"))).isEqualTo("ok");
            Thread.sleep(300); // past the call timeout: a timer left running would close the idle connection
        }

        assertThat(server.connections()).isEqualTo(1);
    }

    private SocketTransport transport(Duration readTimeout, Duration callTimeout) {
        return new SocketTransport(URI.create("http://127.0.0.1:" + server.port() + "/remote/index.php"), null,
                Duration.ofSeconds(2), readTimeout, callTimeout, 1024 * 1024, InetAddress::getAllByName);
    }
}
