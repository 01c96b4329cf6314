package dev.ispconfig.test;

import dev.ispconfig.client.soap.SoapFault;
import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapRequest;
import dev.ispconfig.client.soap.SoapWriter;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A small HTTP/1.1 server on a loopback {@link ServerSocket}: a thread per connection from a bounded pool,
 * keep-alive, Content-Length bodies, TCP_NODELAY, and {@code Connection: close} honoured. Written by hand rather than
 * on {@code com.sun.net.httpserver} because that one stalls keep-alive clients (Nagle) and breaks PHP's
 * {@code Connection: close} requests, and because fault injection needs control over every byte.
 */
final class HttpServer implements AutoCloseable {

    static final String PATH = "/remote/index.php";
    /**
     * Connections served at once. Generous because PHP's SoapClient leaks its keep-alive connection when the object is
     * dropped (a script making a new client per task holds one connection per task until the keep-alive timeout),
     * which a real panel's event MPM parks without a worker.
     */
    private static final int MAX_THREADS = 4096;
    /** Apache's defaults: an idle keep-alive connection is closed after 5 s, and after 100 requests. */
    private static final int KEEP_ALIVE_TIMEOUT_MILLIS = 5_000;
    private static final int MAX_KEEP_ALIVE_REQUESTS = 100;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_BODY_BYTES = 64 * 1024 * 1024;
    private static final int IDLE_TIMEOUT_MILLIS = 60_000;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final byte[] HTML_500 = ("<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>"
            + "<body><h1>Internal Server Error</h1><p>The server encountered an internal error or misconfiguration"
            + " and was unable to complete your request.</p></body></html>\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] API_DISABLED =
            "Remote API is disabled in security settings.".getBytes(StandardCharsets.UTF_8);

    private final ServerSocket server;
    private final ThreadPoolExecutor pool;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Panel panel;
    private final Faults faults;
    private final SimulatorStats stats;
    private volatile boolean closed;

    HttpServer(InetAddress address, int port, Panel panel, Faults faults, SimulatorStats stats) throws IOException {
        this.panel = panel;
        this.faults = faults;
        this.stats = stats;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(address, port), 128);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "ispconfig-simulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "ispconfig-simulator-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            stats.connectionOpened();
            open.add(socket);
            try {
                pool.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                closeQuietly(socket); // more connections than threads: refuse rather than queue without bound
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            String ip = socket.getInetAddress().getHostAddress();
            for (int served = 1; !closed; served++) {
                if (!awaitRequest(socket, in)) {
                    return;
                }
                Request request = Request.read(in);
                if (request == null) {
                    return;
                }
                if ("100-continue".equalsIgnoreCase(request.header("expect"))) {
                    out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
                request.readBody(in);
                boolean keepAlive = request.keepAlive() && served < MAX_KEEP_ALIVE_REQUESTS;
                stats.requestStarted();
                Response response;
                try {
                    response = answer(request, ip);
                } finally {
                    stats.requestFinished();
                }
                if (response == null) { // an injected dropped connection
                    socket.setSoLinger(true, 0);
                    return;
                }
                response.write(out, keepAlive ? MAX_KEEP_ALIVE_REQUESTS - served : -1);
                if (!keepAlive) {
                    return;
                }
            }
        } catch (SocketException | EOFException e) {
            // the client went away
        } catch (IOException e) {
            // a broken request or connection ends the connection, as PHP's server would
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
        }
    }

    /**
     * Waits up to the keep-alive timeout for the next request to start; false when the client closed the connection
     * or stayed silent that long (the connection is then closed, as Apache does).
     */
    private static boolean awaitRequest(Socket socket, InputStream in) throws IOException {
        socket.setSoTimeout(KEEP_ALIVE_TIMEOUT_MILLIS);
        try {
            in.mark(1);
            if (in.read() < 0) {
                return false;
            }
            in.reset();
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } finally {
            if (!socket.isClosed()) {
                socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
            }
        }
    }

    /** The answer; null to drop the connection. */
    private @Nullable Response answer(Request request, String ip) throws InterruptedException {
        String path = request.path();
        if (!path.equals(PATH) && !path.equals("/remote/") && !path.equals("/remote")) {
            return Response.html(404, "Not Found", "<h1>Not Found</h1>".getBytes(StandardCharsets.UTF_8));
        }
        if (!request.method().equals("POST")) {
            return Response.html(405, "Method Not Allowed",
                    "<h1>Method Not Allowed</h1>".getBytes(StandardCharsets.UTF_8));
        }
        SoapRequest soap;
        try {
            soap = SoapReader.readRequest(new ByteArrayInputStream(request.body()));
        } catch (Exception e) {
            Faults.Rule rule = faults.take(null);
            if (rule != null) {
                return injected(rule, null);
            }
            return Response.fault(new SoapFault("SOAP-ENV:Client", "Bad Request"));
        }
        Faults.Rule rule = faults.take(soap.method());
        if (rule != null && rule.kind != Faults.Kind.TRUNCATED_XML) {
            return injected(rule, soap.method());
        }
        Response response;
        try {
            response = Response.soap(200, panel.call(soap.method(), soap.arguments(), ip));
        } catch (PanelFault f) {
            response = Response.fault(f.toSoapFault());
        } catch (RuntimeException e) {
            response = Response.fault(new SoapFault("SOAP-ENV:Server", String.valueOf(e.getMessage())));
        }
        return rule == null ? response : response.truncated();
    }

    /** The injected answer; null to drop the connection. */
    private static @Nullable Response injected(Faults.Rule rule, @Nullable String method) {
        return switch (rule.kind) {
            case HTTP_500_HTML -> Response.html(500, "Internal Server Error", HTML_500);
            case API_DISABLED -> new Response(200, "OK", "text/html; charset=UTF-8", API_DISABLED);
            case MALFORMED_XML -> Response.soap(200, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SOAP-ENV:Envelope"
                    + " xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body><ns1:"
                    + (method == null ? "x" : method) + "Response><return>&broken;</wrong></SOAP-ENV:Body>\n")
                    .getBytes(StandardCharsets.UTF_8));
            case DROP_CONNECTION -> null;
            default -> throw new IllegalStateException("not a replacing fault: " + rule.kind);
        };
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        open.forEach(HttpServer::closeQuietly);
        pool.shutdownNow();
        try {
            acceptor.join(5_000);
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing anyway
        }
    }

    /** A parsed request head and its body. */
    private static final class Request {

        private final String method;
        private final String target;
        private final String version;
        private final Map<String, String> headers;
        private byte[] body = new byte[0];

        private Request(String method, String target, String version, Map<String, String> headers) {
            this.method = method;
            this.target = target;
            this.version = version;
            this.headers = headers;
        }

        /** The next request head, or null at a clean end of the connection. */
        static @Nullable Request read(InputStream in) throws IOException {
            String line = readLine(in, true);
            while (line != null && line.isEmpty()) {
                line = readLine(in, true); // tolerate stray CRLF between requests
            }
            if (line == null) {
                return null;
            }
            String[] parts = line.split(" ");
            if (parts.length != 3) {
                throw new IOException("bad request line");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            int size = line.length();
            for (String h; !(h = requiredLine(in)).isEmpty(); ) {
                size += h.length();
                if (size > MAX_HEADER_BYTES) {
                    throw new IOException("headers too large");
                }
                int colon = h.indexOf(':');
                if (colon > 0) {
                    headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
                }
            }
            return new Request(parts[0], parts[1], parts[2], headers);
        }

        void readBody(InputStream in) throws IOException {
            String length = headers.get("content-length");
            if (length == null) {
                if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                    body = readChunked(in);
                }
                return;
            }
            int n = Integer.parseInt(length.trim());
            if (n < 0 || n > MAX_BODY_BYTES) {
                throw new IOException("bad content length");
            }
            body = in.readNBytes(n);
            if (body.length != n) {
                throw new EOFException("body cut short");
            }
        }

        private static byte[] readChunked(InputStream in) throws IOException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (true) {
                String sizeLine = requiredLine(in);
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                if (size == 0) {
                    while (!requiredLine(in).isEmpty()) {
                        // trailers
                    }
                    return out.toByteArray();
                }
                if (out.size() + size > MAX_BODY_BYTES) {
                    throw new IOException("body too large");
                }
                out.write(in.readNBytes(size));
                readLine(in, false);
            }
        }

        /** A line where the end of the stream is not allowed ({@link #readLine} throws there). */
    private static String requiredLine(InputStream in) throws IOException {
        return Objects.requireNonNull(readLine(in, false), "no end allowed here");
    }

    private static @Nullable String readLine(InputStream in, boolean eofAllowed) throws IOException {
            StringBuilder line = new StringBuilder();
            while (true) {
                int c = in.read();
                if (c < 0) {
                    if (eofAllowed && line.length() == 0) {
                        return null;
                    }
                    throw new EOFException();
                }
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                if (line.length() > MAX_HEADER_BYTES) {
                    throw new IOException("line too long");
                }
                line.append((char) c);
            }
        }

        @Nullable String header(String name) {
            return headers.get(name);
        }

        String method() {
            return method;
        }

        String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        byte[] body() {
            return body;
        }

        boolean keepAlive() {
            String connection = headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT);
            return version.equals("HTTP/1.1") ? !connection.contains("close") : connection.contains("keep-alive");
        }
    }

    /** A response as PHP behind a web server sends it: the panel's no-cache headers, exact Content-Length. */
    private record Response(int status, String reason, String contentType, byte[] body) {

        static Response soap(int status, byte[] body) {
            return new Response(status, status == 200 ? "OK" : "Internal Server Error", "text/xml; charset=utf-8", body);
        }

        static Response fault(SoapFault fault) {
            return soap(500, SoapWriter.fault(fault));
        }

        static Response html(int status, String reason, byte[] body) {
            return new Response(status, reason, "text/html; charset=UTF-8", body);
        }

        /** Cut inside the answer's return tag: a reader that stops after the value would miss a later cut. */
        Response truncated() {
            int start = new String(body, StandardCharsets.ISO_8859_1).indexOf("<return");
            int cut = start < 0 ? body.length / 2 : start + "<return xsi:ty".length();
            return new Response(status, reason, contentType, Arrays.copyOf(body, cut));
        }

        /** @param keepAliveLeft requests this connection may still carry, as Apache announces it; -1 closes it */
        void write(OutputStream out, int keepAliveLeft) throws IOException {
            String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
                    + "Date: " + HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)) + "\r\n"
                    + (keepAliveLeft < 0 ? "Connection: close\r\n"
                            : "Keep-Alive: timeout=" + KEEP_ALIVE_TIMEOUT_MILLIS / 1000 + ", max=" + keepAliveLeft
                                    + "\r\nConnection: Keep-Alive\r\n")
                    + "Pragma: no-cache\r\n"
                    + "Cache-Control: no-store, no-cache, max-age=0, must-revalidate\r\n"
                    + "X-Content-Type-Options: nosniff\r\n"
                    + "Content-Type: " + contentType + "\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "Vary: Accept-Encoding\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
        }
    }
}
