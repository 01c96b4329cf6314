package dev.ispconfig.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;

/**
 * For the benchmarks: the core's package-private {@link SocketTransport} driven as the client drives it (post, read
 * the body to its end, close), with no SOAP around it.
 */
public final class TransportCalls implements AutoCloseable {

    private final SocketTransport transport;

    public TransportCalls(String url) {
        this.transport = new SocketTransport(URI.create(url), null, Duration.ofSeconds(10), Duration.ofSeconds(60),
                64L * 1024 * 1024);
    }

    public void call(String soapAction, byte[] request) throws IOException {
        try (Transport.Reply reply = transport.post(soapAction, request)) {
            reply.body().transferTo(OutputStream.nullOutputStream());
        }
    }

    @Override
    public void close() {
        transport.close();
    }
}
