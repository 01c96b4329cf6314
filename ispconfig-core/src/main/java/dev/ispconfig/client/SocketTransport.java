package dev.ispconfig.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * {@link Transport} over blocking sockets (a SocketChannel's, so an interrupt ends a call): HTTP/1.1 with keep-alive,
 * one write per request, TCP_NODELAY, TLS from an SSLContext with host name verification. The benchmarks' HTTP probe
 * made 5 to 9 times the loopback calls per second of the JDK's {@code java.net.http} client, which hands every
 * exchange between its selector and executor threads; this answers in the calling thread.
 *
 * <p>Idle connections are reused newest first, and only while younger than the panel's announced keep-alive
 * ({@code Keep-Alive: timeout=N}, less a second) or {@link #DEFAULT_KEEP_ALIVE}: an HTTP/1.1 client cannot see a
 * server's close of an idle connection without reading from it, and a request on a closed connection must not be
 * repeated blindly (it may be a write). A request is never re-sent by this class.
 *
 * <p>Each new connection asks the {@link ProxySelector} about the panel's URI: through an HTTP proxy, a plain panel
 * gets absolute-form requests on a connection to the proxy, a TLS panel a CONNECT tunnel with the TLS handshake inside
 * it (verified against the panel's name). SOCKS proxies are not supported: a connection fails with reason CONNECT.
 */
final class SocketTransport implements Transport {

    /** How long an idle connection is reused when the panel does not announce its keep-alive (Apache's is 5 s). */
    static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(4);
    private static final int MAX_IDLE = 32;
    /** Requests up to this size fit any socket's send buffer, so writing them cannot block. */
    private static final int UNGUARDED_WRITE_BYTES = 16 * 1024;

    private final URI endpoint;
    private final String host;
    private final int port;
    private final SSLSocketFactory tls;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final Duration readTimeout;
    private final long maxResponseBytes;
    private final String requestHead;
    /** The same with the absolute-form target, for plain HTTP through a proxy. */
    private final String proxyRequestHead;
    /** Null: always direct. */
    private final ProxySelector proxies;
    private final String proxyAuthorization;
    private final Resolver resolver;
    private final Duration callTimeout;
    private final int callTimeoutMillis;
    private final ArrayDeque<Http1Connection> idle = new ArrayDeque<>();
    private boolean closed;

    /** The addresses of a host name, in the order to try them. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    SocketTransport(URI endpoint, SSLContext sslContext, Duration connectTimeout, Duration readTimeout,
            long maxResponseBytes) {
        this(endpoint, sslContext, connectTimeout, readTimeout, Duration.ZERO, maxResponseBytes,
                InetAddress::getAllByName, null, "");
    }

    /**
     * @param callTimeout the longest a request and its whole answer may take once connected; zero: no limit
     * @param proxies asked once per new connection for the way to the panel; null: always direct
     * @param proxyAuthorization the {@code Proxy-Authorization} header line for every request to a proxy, or ""
     */
    SocketTransport(URI endpoint, SSLContext sslContext, Duration connectTimeout, Duration readTimeout,
            Duration callTimeout, long maxResponseBytes, Resolver resolver, ProxySelector proxies,
            String proxyAuthorization) {
        this.endpoint = endpoint;
        this.proxies = proxies;
        this.proxyAuthorization = proxyAuthorization;
        this.resolver = resolver;
        this.callTimeout = callTimeout;
        this.callTimeoutMillis = callTimeout.isZero() ? 0 : millis(callTimeout);
        boolean https = "https".equalsIgnoreCase(endpoint.getScheme());
        this.host = endpoint.getHost();
        this.port = endpoint.getPort() >= 0 ? endpoint.getPort() : https ? 443 : 80;
        this.tls = https ? socketFactory(sslContext) : null;
        this.connectTimeoutMillis = millis(connectTimeout);
        this.readTimeoutMillis = millis(readTimeout);
        this.readTimeout = readTimeout;
        this.maxResponseBytes = maxResponseBytes;
        String path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
        String query = endpoint.getRawQuery() == null ? "" : "?" + endpoint.getRawQuery();
        boolean defaultPort = endpoint.getPort() < 0 || endpoint.getPort() == (https ? 443 : 80);
        String authority = host + (defaultPort ? "" : ":" + port);
        String headers = "Host: " + authority + "\r\n"
                + "User-Agent: ispconfig-java/" + Version.current() + "\r\n"
                + "Content-Type: text/xml; charset=utf-8\r\n";
        this.requestHead = "POST " + path + query + " HTTP/1.1\r\n" + headers;
        this.proxyRequestHead = "POST http://" + authority + path + query + " HTTP/1.1\r\n" + headers
                + proxyAuthorization;
    }

    @Override
    public Reply post(String soapAction, byte[] body) {
        Http1Connection connection = pooled();
        if (connection == null) {
            connection = connect();
        }
        byte[] request = request(connection.viaProxy != null ? proxyRequestHead : requestHead, soapAction, body);
        // The call timeout bounds what the read timeout cannot: an answer trickled slower than it, byte by byte.
        Watchdog deadline = callTimeoutMillis > 0 ? Watchdog.closeAfter(connection::close, callTimeoutMillis) : null;
        boolean sent = false;
        try {
            send(connection, request);
            sent = true;
            Http1Connection.Head head = connection.readHead();
            if (head.status == 407 && connection.viaProxy != null) {
                connection.close(); // the proxy's answer, not the panel's: its body is not quoted
                throw new TransportException(TransportException.Reason.HTTP_STATUS, 407, "the proxy "
                        + connection.viaProxy + " wants (other) credentials: see the builder's proxyCredentials", null);
            }
            if (head.contentLength > maxResponseBytes) {
                connection.close(); // instead of reading what will be refused
                throw new TransportException(TransportException.Reason.RESPONSE_TOO_LARGE, head.status,
                        "the panel's answer (" + head.contentLength + " bytes) exceeds the maximum response size of "
                                + maxResponseBytes + " bytes", null);
            }
            InputStream answer = connection.body(head, maxResponseBytes);
            return new SocketReply(connection, head, deadline == null ? answer : new Deadlined(answer, deadline),
                    deadline);
        } catch (IOException e) {
            connection.close();
            if (deadline != null) {
                deadline.close();
                if (deadline.fired()) {
                    throw new TransportException(TransportException.Reason.TIMEOUT, 0, "the panel at " + endpoint
                            + " did not answer within the call timeout of " + callTimeout, e, sent);
                }
            }
            throw failure(e, sent);
        } catch (RuntimeException e) {
            connection.close();
            if (deadline != null) {
                deadline.close();
            }
            throw e;
        }
    }

    /** A body whose reads fail as a call timeout once the deadline has closed the connection under them. */
    private final class Deadlined extends FilterInputStream {

        private final Watchdog deadline;

        Deadlined(InputStream body, Watchdog deadline) {
            super(body);
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw translated(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw translated(e);
            }
        }

        private IOException translated(IOException e) {
            return deadline.fired() ? new CallTimeoutException(callTimeout, e) : e;
        }
    }

    /**
     * Writes the request. One that fits the socket's send buffer cannot block; a larger one is written under a
     * watchdog, because SO_TIMEOUT does not bound writes and a panel that never reads would hold the caller forever.
     */
    private void send(Http1Connection connection, byte[] request) throws IOException {
        if (request.length <= UNGUARDED_WRITE_BYTES) {
            connection.send(request);
            return;
        }
        try (Watchdog watchdog = Watchdog.closeAfter(connection::close, readTimeoutMillis)) {
            try {
                connection.send(request);
            } catch (IOException e) {
                if (watchdog.fired()) {
                    throw new SocketTimeoutException("the panel did not take the request within the read timeout");
                }
                throw e;
            }
        }
    }

    /** Closes the idle connections; connections in use are closed when their answer has been read. */
    @Override
    public void close() {
        List<Http1Connection> idleNow;
        synchronized (idle) {
            closed = true;
            idleNow = new ArrayList<>(idle);
            idle.clear();
        }
        idleNow.forEach(Http1Connection::close);
    }

    private static byte[] request(String requestHead, String soapAction, byte[] body) {
        byte[] head = (requestHead + "SOAPAction: \"" + soapAction + "\"\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    /** The newest idle connection still within its keep-alive and clean, or null; expired ones are closed. */
    private Http1Connection pooled() {
        List<Http1Connection> expired = new ArrayList<>(0);
        Http1Connection found = null;
        synchronized (idle) {
            Http1Connection connection;
            while (found == null && (connection = idle.pollFirst()) != null) {
                if (fresh(connection, System.nanoTime()) && connection.clean()) {
                    found = connection;
                } else {
                    expired.add(connection);
                }
            }
            sweep(expired);
        }
        expired.forEach(Http1Connection::close);
        return found;
    }

    private void release(Http1Connection connection, Http1Connection.Head head) {
        long keepAlive = head.keepAliveSeconds >= 0
                ? TimeUnit.SECONDS.toNanos(Math.max(0, head.keepAliveSeconds - 1)) : DEFAULT_KEEP_ALIVE.toNanos();
        connection.keepAliveNanos = Math.min(keepAlive, DEFAULT_KEEP_ALIVE.toNanos());
        connection.idleSinceNanos = System.nanoTime();
        List<Http1Connection> expired = new ArrayList<>(0);
        boolean pooled = false;
        synchronized (idle) {
            sweep(expired);
            if (!closed && idle.size() < MAX_IDLE && connection.keepAliveNanos > 0) {
                idle.addFirst(connection);
                pooled = true;
            }
        }
        if (!pooled) {
            expired.add(connection);
        }
        expired.forEach(Http1Connection::close); // outside the lock: closing TLS sends close_notify
    }

    /** Moves expired connections from the old end of the pool to {@code expired}; called holding the lock. */
    private void sweep(List<Http1Connection> expired) {
        long now = System.nanoTime();
        while (!idle.isEmpty() && !fresh(idle.peekLast(), now)) {
            expired.add(idle.pollLast());
        }
    }

    private static boolean fresh(Http1Connection connection, long now) {
        return now - connection.idleSinceNanos < connection.keepAliveNanos;
    }

    private Http1Connection connect() {
        SocketChannel channel = null;
        HttpProxy proxy = null;
        try {
            proxy = HttpProxy.select(proxies, endpoint);
            channel = proxy == null ? open(resolver.resolve(host), port) : openToProxy(proxy);
            Socket socket = channel.socket();
            socket.setSoTimeout(readTimeoutMillis);
            String viaProxy = proxy == null ? null : proxy.label();
            return tls == null ? new Http1Connection(socket, null, readTimeoutMillis, viaProxy)
                    : new Http1Connection(handshake(socket, proxy), socket, readTimeoutMillis);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw connectFailure(e, proxy);
        }
    }

    /** A TCP connection to the proxy; a failure is reported to the selector, as the JDK's clients do. */
    private SocketChannel openToProxy(HttpProxy proxy) throws IOException {
        try {
            return open(proxy.addresses(resolver), proxy.port);
        } catch (IOException e) {
            if (!Thread.currentThread().isInterrupted()) {
                proxies.connectFailed(endpoint, proxy.address(), e);
            }
            throw e;
        }
    }

    /**
     * A TCP connection to the first of the addresses (the panel's or the proxy's) that takes one, each tried within the
     * connect timeout:
     * a panel's name often has an IPv6 and an IPv4 address, and one of them may be unreachable from here.
     */
    private SocketChannel open(InetAddress[] addresses, int toPort) throws IOException {
        IOException failure = null;
        for (InetAddress address : addresses) {
            // A channel's socket, not a plain Socket: its blocking reads and writes end when the thread is interrupted.
            SocketChannel channel = SocketChannel.open();
            try {
                channel.socket().setTcpNoDelay(true);
                channel.socket().connect(new InetSocketAddress(address, toPort), connectTimeoutMillis);
                return channel;
            } catch (RuntimeException e) {
                closeQuietly(channel);
                throw e;
            } catch (IOException e) {
                closeQuietly(channel);
                if (Thread.currentThread().isInterrupted() || e instanceof ClosedByInterruptException) {
                    throw e;
                }
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure; // the resolver returns at least one address or throws UnknownHostException
    }

    /**
     * The TLS handshake, within the connect timeout as a whole (a server may trickle it); through a proxy, the CONNECT
     * exchange first, within the same time. The panel's name, never the proxy's, is sent (SNI) and verified.
     */
    private SSLSocket handshake(Socket plain, HttpProxy proxy) throws IOException {
        SSLSocket socket;
        try (Watchdog watchdog = Watchdog.closeAfter(plain, connectTimeoutMillis)) {
            plain.setSoTimeout(connectTimeoutMillis);
            try {
                if (proxy != null) {
                    proxy.openTunnel(plain.getInputStream(), plain.getOutputStream(), host + ":" + port,
                            proxyAuthorization);
                }
                socket = (SSLSocket) tls.createSocket(plain, host, port, true);
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
                socket.startHandshake();
            } catch (IOException e) {
                if (watchdog.fired()) {
                    throw new HandshakeTimeoutException(e);
                }
                throw e;
            }
        }
        plain.setSoTimeout(readTimeoutMillis);
        return socket;
    }

    /** Names the proxy by host and port only: its answer is never quoted. */
    private TransportException connectFailure(Exception e, HttpProxy proxy) {
        String via = proxy == null ? "" : " through the proxy " + proxy.label();
        if (Thread.currentThread().isInterrupted() || e instanceof ClosedByInterruptException) {
            return new TransportException(TransportException.Reason.REQUEST_FAILED, 0,
                    "interrupted while connecting to the panel at " + endpoint + via, e, false);
        }
        if (e instanceof HttpProxy.TunnelRefusedException refused) {
            return new TransportException(TransportException.Reason.CONNECT, refused.status,
                    e.getMessage() + " (panel at " + endpoint + ")", e);
        }
        if (e instanceof HttpProxy.UnsupportedProxyException) {
            return new TransportException(TransportException.Reason.CONNECT, 0,
                    "could not connect to the panel at " + endpoint + ": " + e.getMessage(), e);
        }
        if (e instanceof HandshakeTimeoutException || e instanceof SocketTimeoutException) {
            return new TransportException(TransportException.Reason.CONNECT, 0,
                    "could not connect to the panel at " + endpoint + via + " within the connect timeout", e);
        }
        if (e instanceof SSLException) {
            return new TransportException(TransportException.Reason.CONNECT, 0,
                    "TLS handshake with the panel at " + endpoint + via + " failed: " + describe(e), e);
        }
        return new TransportException(TransportException.Reason.CONNECT, 0,
                "could not connect to the panel at " + endpoint + via + ": " + describe(e), e);
    }

    private TransportException failure(IOException e, boolean sent) {
        if (Thread.currentThread().isInterrupted() || e instanceof ClosedByInterruptException) {
            return new TransportException(TransportException.Reason.REQUEST_FAILED, 0, "interrupted while "
                    + (sent ? "waiting for the panel's answer; the panel may have run the call" : "sending the call"),
                    e, sent);
        }
        if (e instanceof SocketTimeoutException) {
            return new TransportException(TransportException.Reason.TIMEOUT, 0,
                    "the panel at " + endpoint + " did not answer within the read timeout of " + readTimeout, e);
        }
        if (e instanceof Http1Connection.NoAnswerException) {
            return new TransportException(TransportException.Reason.IO, 0,
                    "the panel at " + endpoint + " closed the connection without answering", e);
        }
        return new TransportException(TransportException.Reason.IO, 0,
                "connection to the panel at " + endpoint + " failed: " + describe(e), e);
    }

    /** The root cause's type and message, for failure messages. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    private static SSLSocketFactory socketFactory(SSLContext sslContext) {
        try {
            return (sslContext != null ? sslContext : SSLContext.getDefault()).getSocketFactory();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no TLS", e);
        }
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** The TLS handshake overran the connect timeout and was cut off. */
    private static final class HandshakeTimeoutException extends IOException {

        private static final long serialVersionUID = 1L;

        HandshakeTimeoutException(IOException cause) {
            super("TLS handshake (and CONNECT, through a proxy) not done within the connect timeout", cause);
        }
    }

    /** An answer on a connection; closing it returns the connection to the pool when the body was read whole. */
    private final class SocketReply implements Reply {

        private final Http1Connection connection;
        private final Http1Connection.Head head;
        private final InputStream body;
        private final Watchdog deadline;
        private boolean closed;

        SocketReply(Http1Connection connection, Http1Connection.Head head, InputStream body, Watchdog deadline) {
            this.connection = connection;
            this.head = head;
            this.body = body;
            this.deadline = deadline;
        }

        @Override
        public int statusCode() {
            return head.status;
        }

        @Override
        public String contentType() {
            return head.contentType;
        }

        @Override
        public InputStream body() {
            return body;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (deadline != null) {
                deadline.close(); // before the release: a pooled connection must not be closed by a late timer
            }
            try {
                body.close();
            } catch (IOException ignored) {
                // our bodies do not fail on close
            }
            if (connection.reusable() && head.persistent() && (deadline == null || !deadline.fired())) {
                release(connection, head);
            } else {
                connection.close();
            }
        }
    }
}
