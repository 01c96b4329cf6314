package dev.ispconfig.reliability;

import dev.ispconfig.transport.tck.LoopbackServer;
import dev.ispconfig.transport.tck.Request;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A panel scripted one answer per request body, on the kit's {@link LoopbackServer}: the handler writes the raw answer
 * bytes itself (status line, headers and body, honest or lying, finite or endless). WireMock cannot stream an endless
 * body, hence this.
 */
final class Scripted {

    /** Writes one answer. Return true to keep the connection for the next request. */
    @FunctionalInterface
    interface Handler {
        boolean answer(byte[] requestBody, OutputStream out) throws IOException;
    }

    private Scripted() {
    }

    static LoopbackServer serve(Handler handler) {
        return LoopbackServer.plain(connection -> {
            Request request;
            while ((request = connection.next()) != null) {
                boolean keepAlive = handler.answer(request.body(), connection.out());
                connection.out().flush();
                if (!keepAlive) {
                    return;
                }
            }
        });
    }

    /** A complete answer with an honest Content-Length. */
    static void respond(OutputStream out, int status, String contentType, byte[] body) throws IOException {
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
    }

    static void respondXml(OutputStream out, int status, byte[] body) throws IOException {
        respond(out, status, "text/xml; charset=utf-8", body);
    }
}
