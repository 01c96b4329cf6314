package dev.ispconfig.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP/1.1 server that answers every POST with a fixed body chosen by the SOAP method (the part of the
 * {@code SOAPAction} after {@code #}). One thread per connection, keep-alive, {@code Content-Length} framing,
 * TCP_NODELAY, and {@code Connection: close} honoured: the things the JDK's own httpserver gets wrong with PHP.
 */
final class CannedServer implements AutoCloseable {

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, byte[]> answers;
    private final byte[] fallback;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong serviceNanos = new AtomicLong();
    private volatile long holdNanos;
    private volatile boolean closed;

    /**
     * @param answers body per SOAP method
     * @param fallback the body for any other method
     */
    CannedServer(Map<String, byte[]> answers, byte[] fallback) throws IOException {
        this.answers = Map.copyOf(answers);
        this.fallback = fallback;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        Thread acceptor = new Thread(this::accept, "canned-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The panel as the benchmarks see it: login, logout, and one answer for every other call. */
    static CannedServer panel(byte[] callAnswer, Map<String, byte[]> more) throws IOException {
        Map<String, byte[]> answers = new java.util.HashMap<>(more);
        answers.put("login", Wire.capture(Wire.LOGIN));
        answers.put("logout", Wire.capture(Wire.LOGOUT));
        return new CannedServer(answers, callAnswer);
    }

    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/remote/index.php";
    }

    long requests() {
        return requests.get();
    }

    /**
     * Makes each answer leave {@code hold} after its request was read, as a panel whose PHP takes that long: the
     * "panel floor" of the benchmarks. Zero: at once.
     */
    void hold(java.time.Duration hold) {
        holdNanos = hold.toNanos();
    }

    /** The mean time from a request read to its answer written, over the requests since the last call. */
    java.time.Duration takeMeanServiceTime() {
        long n = requests.getAndSet(0);
        long total = serviceNanos.getAndSet(0);
        return java.time.Duration.ofNanos(n == 0 ? 0 : total / n);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                open.add(socket);
                Thread worker = new Thread(() -> serve(socket), "canned-conn");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("canned server: accept failed: " + e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            while (!closed) {
                Request request = Request.read(in);
                if (request == null) {
                    return; // the client closed the connection
                }
                if (request.expectContinue) {
                    out.write(CONTINUE);
                    out.flush();
                }
                in.skipNBytes(request.contentLength);
                long start = System.nanoTime();
                long hold = holdNanos;
                for (long left = hold; left > 0; left = start + hold - System.nanoTime()) {
                    java.util.concurrent.locks.LockSupport.parkNanos(left);
                }
                byte[] body = answers.getOrDefault(request.method, fallback);
                String head = "HTTP/1.1 200 OK\r\n"
                        + "Content-Type: text/xml; charset=utf-8\r\n"
                        + "Content-Length: " + body.length + "\r\n"
                        + (request.keepAlive ? "" : "Connection: close\r\n")
                        + "\r\n";
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                serviceNanos.addAndGet(System.nanoTime() - start);
                requests.incrementAndGet();
                if (!request.keepAlive) {
                    socket.shutdownOutput();
                    return;
                }
            }
        } catch (SocketException e) {
            // a reset by the client, or close() below
        } catch (IOException e) {
            if (!closed) {
                System.err.println("canned server: " + e);
            }
        } finally {
            open.remove(socket);
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
    }

    /** The parts of a request the server needs. */
    private record Request(String method, int contentLength, boolean keepAlive, boolean expectContinue) {

        /** @return null at a clean end of stream before a request line */
        static Request read(InputStream in) throws IOException {
            String line = line(in);
            if (line == null) {
                return null;
            }
            boolean http10 = line.endsWith("HTTP/1.0");
            int length = 0;
            String connection = "";
            String soapAction = "";
            boolean expectContinue = false;
            while (!(line = headerLine(in)).isEmpty()) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Integer.parseInt(value);
                    case "connection" -> connection = value.toLowerCase(Locale.ROOT);
                    case "soapaction" -> soapAction = value;
                    case "expect" -> expectContinue = value.equalsIgnoreCase("100-continue");
                    default -> {
                        // ignored
                    }
                }
            }
            boolean keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
            return new Request(method(soapAction), length, keepAlive, expectContinue);
        }

        private static String method(String soapAction) {
            String action = soapAction.replace("\"", "");
            return action.substring(action.lastIndexOf('#') + 1);
        }

        private static String headerLine(InputStream in) throws IOException {
            String line = line(in);
            if (line == null) {
                throw new IOException("connection closed inside the request head");
            }
            return line;
        }

        /** One header line without its CRLF; null at end of stream before any byte. */
        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder(64);
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
            if (line.length() == 0) {
                return null;
            }
            throw new IOException("connection closed inside the request head");
        }
    }
}
