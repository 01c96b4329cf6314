package dev.ispconfig.reliability;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 (port chosen by the OS) that hands each request body to a {@link Handler} which
 * writes the raw answer bytes itself: status line, headers and body are whatever the test wants, including lies
 * (a Content-Length that is never honoured) and bodies that never end. WireMock cannot stream an endless body, hence
 * this. Keeps the connection alive as long as the handler says so.
 */
final class LoopbackServer implements AutoCloseable {

    /** Writes one answer. Return true to keep the connection for the next request. */
    @FunctionalInterface
    interface Handler {
        boolean answer(byte[] requestBody, OutputStream out) throws IOException;
    }

    private final ServerSocket socket;
    private final Handler handler;
    private final Thread acceptor;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicLong bytesSent = new AtomicLong();
    private volatile boolean closed;

    LoopbackServer(Handler handler) throws IOException {
        this.handler = handler;
        this.socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        this.acceptor = new Thread(this::acceptLoop, "loopback-server-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/remote/index.php");
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Connections accepted so far (an XXE test asserts the parser never dialled back). */
    int acceptedConnections() {
        return accepted.get();
    }

    /** Bytes the handlers pushed into sockets so far (what an endless body cost before the client hung up). */
    long bytesSent() {
        return bytesSent.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket connection = socket.accept();
                accepted.incrementAndGet();
                connection.setTcpNoDelay(true);
                connections.add(connection);
                Thread worker = new Thread(() -> serve(connection), "loopback-conn");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = new CountingOutputStream(connection.getOutputStream(), bytesSent);
            while (!closed) {
                byte[] body = readRequest(in);
                if (body == null || !handler.answer(body, out)) {
                    out.flush();
                    return;
                }
                out.flush();
            }
        } catch (SocketException e) {
            // the client hung up: expected for refused, oversized and endless answers
        } catch (IOException e) {
            // same
        } finally {
            connections.remove(connection);
        }
    }

    /** Reads one request's headers and its Content-Length body; null at the end of the connection. */
    private static byte[] readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            last4 = (last4 << 8) | b;
            if (last4 == 0x0D0A0D0A) {
                break;
            }
        }
        if (last4 != 0x0D0A0D0A) {
            return null;
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return in.readNBytes(length);
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

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {

        private final AtomicLong counter;

        CountingOutputStream(OutputStream out, AtomicLong counter) {
            super(out);
            this.counter = counter;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            counter.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            counter.addAndGet(len);
        }
    }
}
