package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.soap.SoapWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Connections live as on an Apache-served panel: keep-alive announced, closed after 100 requests. */
@IspConfigSimulatorTest
class ConnectionsTest {

    @Test
    void aConnectionAnnouncesItsKeepAliveAndClosesAfterTheHundredthRequest(IspConfigSimulator sim) throws IOException {
        byte[] body = SoapWriter.request("urn:test", "login", List.of(sim.username(), sim.password()));
        String request = "POST /remote/index.php HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket(sim.url().getHost(), sim.url().getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 1; i <= 100; i++) {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                String head = readAnswer(in);
                if (i == 1) {
                    assertThat(head).contains("\r\nKeep-Alive: timeout=5, max=99\r\n", "\r\nConnection: Keep-Alive\r\n");
                } else if (i < 100) {
                    assertThat(head).contains("max=" + (100 - i) + "\r\n");
                } else {
                    assertThat(head).contains("\r\nConnection: close\r\n").doesNotContain("Keep-Alive:");
                }
            }
            assertThat(in.read()).as("closed after the 100th answer").isEqualTo(-1);
        }
    }

    @Test
    void theClientFollowsTheAnnouncedLimits(IspConfigSimulator sim) {
        try (IspConfigClient client = sim.client()) {
            for (int i = 0; i < 250; i++) {
                client.call("sites_web_domain_get", 1);
            }
        }
        assertThat(sim.stats().requests()).isEqualTo(252); // login, 250 calls, logout
        assertThat(sim.stats().connections()).isEqualTo(3);
    }

    /** Reads one answer (head and Content-Length body) and returns its head. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            assertThat(b).as("an answer").isNotNegative();
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        String length = text.toLowerCase(Locale.ROOT).split("content-length: ")[1].split("\r\n")[0];
        in.readNBytes(Integer.parseInt(length.strip()));
        return text;
    }
}
