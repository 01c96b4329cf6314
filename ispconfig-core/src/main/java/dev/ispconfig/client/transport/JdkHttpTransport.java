package dev.ispconfig.client.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import org.jspecify.annotations.Nullable;

/**
 * The core's default transport, on the JDK's {@link HttpClient} pinned to HTTP/1.1: no dependency beyond the JDK.
 *
 * <p>The connect timeout covers the TCP connect and the TLS handshake; the read timeout bounds the wait for the
 * answer's head (counted from the start of sending, so it also bounds a request the panel stops reading) and then each
 * silence between two body chunks; the call timeout bounds the whole. An interrupt cancels the exchange. The JDK
 * watches idle pooled connections, so one the panel closed is not reused. Answers in gzip are decoded.
 *
 * <p>Known limits, from the JDK: a host name with several addresses is tried on its first address only; proxy
 * credentials are sent preemptively as Basic, which the JDK allows to a proxy for {@code http} panels but drops from
 * the CONNECT of an {@code https} panel unless the JVM runs with {@code -Djdk.http.auth.tunneling.disabledSchemes=}
 * (a JVM-wide choice); {@code ApacheHttpTransport} has neither limit.
 */
public final class JdkHttpTransport implements Transport {

    private final HttpClient http;
    private final Duration readTimeout;
    private final Duration callTimeout;
    /** The Proxy-Authorization value, or null; the JDK sends it to proxies only and strips it on direct requests. */
    private final @Nullable String proxyAuthorization;
    private volatile boolean closed;

    public JdkHttpTransport(TransportSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .proxy(settings.proxy())
                // The JDK's tasks here only hand over bytes and complete futures, none blocks: running them where they
                // arise instead of on a pool took about a quarter off the CPU per call (benchmarks/README.md).
                .executor(Runnable::run);
        if (settings.sslContext() != null) {
            builder.sslContext(settings.sslContext());
        }
        SSLParameters parameters = new SSLParameters();
        if (!settings.tlsProtocols().isEmpty()) {
            parameters.setProtocols(settings.tlsProtocols().toArray(String[]::new));
        }
        if (!settings.tlsCiphers().isEmpty()) {
            parameters.setCipherSuites(settings.tlsCiphers().toArray(String[]::new));
        }
        builder.sslParameters(parameters); // the host name check is the JDK's own (insecure mode's trust manager skips it)
        this.http = builder.build();
        this.readTimeout = settings.readTimeout();
        this.callTimeout = settings.callTimeout();
        this.proxyAuthorization = settings.proxyUsername() == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((settings.proxyUsername() + ":" + settings.proxyPassword())
                        .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        if (closed) {
            throw new RequestNotSentException("the transport is closed", null);
        }
        Deadline deadline = Deadline.start(callTimeout);
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(deadline.cap(readTimeout))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .header("Accept-Encoding", "gzip");
        request.headers().forEach(builder::header);
        if (proxyAuthorization != null) {
            builder.header("Proxy-Authorization", proxyAuthorization);
        }
        CompletableFuture<HttpResponse<BodyQueue>> answer =
                http.sendAsync(builder.build(), info -> new BodyQueue(readTimeout, deadline));
        HttpResponse<BodyQueue> response;
        try {
            response = answer.get();
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the panel's answer");
        } catch (ExecutionException e) {
            throw failure(e.getCause(), deadline);
        }
        return new JdkResponse(response);
    }

    /** Sorts the JDK's failures into the classes {@link Transport} defines. */
    private IOException failure(@Nullable Throwable cause, Deadline deadline) {
        if (cause == null) { // an ExecutionException always has one; should it not, the outcome is unknown
            return new IOException("the HTTP client failed without saying why");
        }
        if (cause instanceof HttpConnectTimeoutException e) {
            return new RequestNotSentException("no connection within the connect timeout", e);
        }
        if (cause instanceof ConnectException e) { // refused, unknown host, unreachable: the JDK wraps its cause
            Throwable root = e.getCause() != null ? e.getCause() : e;
            return new RequestNotSentException("could not connect: " + describe(root), e);
        }
        if (cause instanceof SSLHandshakeException e) { // a handshake comes before any byte of the request
            return new RequestNotSentException("TLS handshake failed: " + describe(e), e);
        }
        if (cause instanceof HttpTimeoutException e) {
            SocketTimeoutException timeout = deadline.passed() ? new CallTimeoutException(callTimeout)
                    : new SocketTimeoutException("no answer within the read timeout of " + readTimeout);
            timeout.initCause(e);
            return timeout;
        }
        if (cause instanceof IOException e) {
            return e;
        }
        return new IOException(describe(cause), cause);
    }

    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }

    /** Lets go of the JDK client's connections where the JDK can (from Java 21, where HttpClient is closeable). */
    @Override
    public void close() {
        closed = true;
        if (http instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public String toString() {
        return "JdkHttpTransport";
    }

    private static final class JdkResponse implements TransportResponse {

        private final HttpResponse<BodyQueue> response;
        private final InputStream body;

        JdkResponse(HttpResponse<BodyQueue> response) throws IOException {
            this.response = response;
            boolean gzip = response.headers().firstValue("Content-Encoding")
                    .filter(encoding -> encoding.trim().equalsIgnoreCase("gzip")).isPresent();
            BodyQueue queue = response.body();
            // The JDK hands a proxy's refusal of CONNECT (407) over without a body.
            this.body = queue == null ? InputStream.nullInputStream() : gzip ? gunzip(queue) : queue;
        }

        private static InputStream gunzip(BodyQueue body) throws IOException {
            try {
                return new GZIPInputStream(body, 8192);
            } catch (IOException e) {
                body.close();
                throw e;
            }
        }

        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        @Override
        public InputStream body() {
            return body;
        }

        @Override
        public void close() {
            if (response.body() != null) {
                response.body().close();
            }
        }
    }
}
