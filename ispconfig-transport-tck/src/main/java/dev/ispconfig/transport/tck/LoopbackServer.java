package dev.ispconfig.transport.tck;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP/1.1 server on 127.0.0.1 and a port of the system's choosing, plain or TLS, for tests of HTTP clients: a
 * daemon thread per connection runs the test's {@link Handler} on the raw connection, so it can answer anything, well
 * formed or not, fast or never. Records every request and counts connections. Closing it closes every connection and
 * wakes every handler that {@linkplain Connection#hold() holds} one.
 */
public final class LoopbackServer implements AutoCloseable {

    /** Serves one connection; returning (or throwing) closes it. */
    @FunctionalInterface
    public interface Handler {
        void serve(Connection connection) throws IOException;
    }

    /** CR LF CR LF as the four bytes of an int. */
    private static final int END_OF_HEAD = 0x0d0a0d0a;

    private final ServerSocket listener;
    private final String scheme;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong bytesSent = new java.util.concurrent.atomic.AtomicLong();
    private final CountDownLatch closed = new CountDownLatch(1);

    private LoopbackServer(ServerSocket listener, String scheme, Handler handler) {
        this.listener = listener;
        this.scheme = scheme;
        Thread acceptor = new Thread(() -> accept(handler), "loopback-server-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A plain HTTP server. */
    public static LoopbackServer plain(Handler handler) {
        return new LoopbackServer(bind(new ServerSocketFactory.Plain()), "http", handler);
    }

    /** A TLS server with the key material of {@code context} (see {@link TestCertificates}). */
    public static LoopbackServer tls(SSLContext context, Handler handler) {
        return tls(context, List.of(), handler);
    }

    /** A TLS server that accepts only these protocols ({@code TLSv1.2}, …); none for the context's defaults. */
    public static LoopbackServer tls(SSLContext context, List<String> protocols, Handler handler) {
        ServerSocket listener = bind(() -> context.getServerSocketFactory().createServerSocket());
        if (!protocols.isEmpty()) {
            ((SSLServerSocket) listener).setEnabledProtocols(protocols.toArray(String[]::new));
        }
        return new LoopbackServer(listener, "https", handler);
    }

    /**
     * A server that accepts connections and never says a word, for {@code https} URLs whose TLS handshake never ends
     * (a connect timeout test).
     */
    public static LoopbackServer silentTls() {
        return new LoopbackServer(bind(new ServerSocketFactory.Plain()), "https", Connection::hold);
    }

    /** The panel's endpoint on this server: {@code http(s)://127.0.0.1:PORT/remote/index.php}. */
    public URI uri() {
        return URI.create(scheme + "://127.0.0.1:" + port() + "/remote/index.php");
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    /** Bytes the handlers pushed into sockets so far: what an endless answer cost before the client hung up. */
    public long bytesSent() {
        return bytesSent.get();
    }

    /** The requests read so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many requests called this SOAP method ({@code <ns1:METHOD>} in the body). */
    public long requestsFor(String method) {
        return requests.stream().filter(request -> method.equals(request.soapMethod())).count();
    }

    private void accept(Handler handler) {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
                socket.setTcpNoDelay(true);
            } catch (IOException e) {
                return; // closed
            }
            connections.incrementAndGet();
            sockets.add(socket);
            Thread worker = new Thread(() -> {
                try (socket) {
                    handler.serve(new Connection(socket));
                } catch (IOException e) {
                    // the client or close() hung up
                }
            }, "loopback-connection-" + listener.getLocalPort());
            worker.setDaemon(true);
            worker.start();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            listener.close();
            for (Socket socket : sockets) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServerSocket bind(ServerSocketFactory factory) {
        try {
            ServerSocket listener = factory.create();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            return listener;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface ServerSocketFactory {
        ServerSocket create() throws IOException;

        final class Plain implements ServerSocketFactory {
            @Override
            public ServerSocket create() throws IOException {
                return new ServerSocket();
            }
        }
    }

    /** One accepted connection, as its handler sees it. */
    public final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = new java.io.FilterOutputStream(socket.getOutputStream()) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    bytesSent.incrementAndGet();
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    bytesSent.addAndGet(len);
                }
            };
        }

        /** The next request (head and Content-Length body), recorded; null when the client closed first. */
        public @Nullable Request next() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int last4 = 0;
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                last4 = last4 << 8 | b;
                if (last4 == END_OF_HEAD) {
                    String text = head.toString(StandardCharsets.ISO_8859_1);
                    Request request = new Request(text, in.readNBytes(contentLength(text)));
                    requests.add(request);
                    return request;
                }
            }
            if (head.size() > 0) {
                throw new EOFException("the client closed the connection in the middle of a request head");
            }
            return null;
        }

        /** Writes and flushes raw bytes: an answer, a part of one, or garbage. */
        public void send(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        public void send(String text) throws IOException {
            send(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        /** Answers every request of this connection with {@code answer} until the client closes it. */
        public void answerEach(Answer answer) throws IOException {
            Request request;
            while ((request = next()) != null) {
                send(answer.to(request));
            }
        }

        /** Keeps the connection open and silent until the server is closed. */
        public void hold() {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Keeps the connection open and silent for {@code millis}, or until the server is closed. */
        public void pause(long millis) {
            try {
                closed.await(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public Socket socket() {
            return socket;
        }

        /** The connection's output, for answers written piece by piece (or without end); counted in bytesSent. */
        public OutputStream out() {
            return out;
        }

        public InputStream in() {
            return in;
        }
    }

    /** The bytes with which to answer a request. */
    @FunctionalInterface
    public interface Answer {
        byte[] to(Request request) throws IOException;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return 0;
    }
}
