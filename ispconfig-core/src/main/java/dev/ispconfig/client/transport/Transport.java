package dev.ispconfig.client.transport;

import java.io.IOException;

/**
 * Moves one SOAP request to the panel and hands back its answer: the extension point for the HTTP client underneath
 * the SDK. Everything above it (the SOAP envelope, sessions, interceptors, fault mapping, the maximum response size)
 * is the SDK's; a transport only does HTTP.
 *
 * <p>Two come with the SDK: {@link JdkHttpTransport} ({@code java.net.http}, the core's default, no dependency) and
 * {@code ApacheHttpTransport} (module {@code ispconfig-transport-apache5}, the Spring Boot starter's default). Choose
 * one with {@code IspConfigClient.builder().transport(ApacheHttpTransport::new)}: the builder passes the
 * {@link TransportSettings} (timeouts, TLS, proxy) it was given.
 *
 * <h2>The contract</h2>
 *
 * <ul>
 *   <li>{@link #send} posts {@link TransportRequest#body()} to {@link TransportRequest#uri()} with the request's
 *       headers, over HTTP/1.1 with keep-alive, and returns once the answer's status line and headers arrived. Any
 *       status is an answer (a SOAP Fault comes with 500): never throw for a status.</li>
 *   <li>It never sends a request twice: no retry inside the transport. Whether to repeat is decided above it, from
 *       how the failure happened (next point).</li>
 *   <li>Failures say how far the request got, because a write that may have reached the panel must not be repeated:
 *       <ul>
 *         <li>{@link RequestNotSentException}: no byte of the request left (connection refused, unknown host, TLS
 *             handshake failed, proxy refused the tunnel, connect timeout, a closed transport). Safe to repeat. Only
 *             throw it when that is certain.</li>
 *         <li>{@link java.net.SocketTimeoutException}: the panel stayed silent past the read timeout after the request
 *             was sent; {@link CallTimeoutException} when the call timeout ran out first.</li>
 *         <li>{@link java.io.InterruptedIOException} (not a timeout) with the thread's interrupt status set: the
 *             caller was interrupted; the transport must stop waiting promptly.</li>
 *         <li>Any other {@link IOException}: the outcome is unknown (reset, closed early, broken chunking). This is
 *             the safe default for a failure a transport cannot classify.</li>
 *       </ul></li>
 *   <li>The same classes apply to reads of {@link TransportResponse#body()}: a stall between two chunks past the read
 *       timeout is a {@link java.net.SocketTimeoutException}, the call timeout a {@link CallTimeoutException}.</li>
 *   <li>A gzip-encoded answer is decoded: {@link TransportResponse#body()} is the SOAP XML.</li>
 *   <li>Timeouts must fire even when the panel stops reading a large request, without blocking any other call, and
 *       aborting a connection must never wait on a lock held by a blocked writer.</li>
 *   <li>Thread-safe: one instance serves every thread of a client.</li>
 * </ul>
 *
 * <p>The conformance suite {@code TransportConformanceTest} (artifact {@code ispconfig-transport-tck}) checks all of
 * this against real loopback servers: extend it to check a transport of your own.
 */
public interface Transport extends AutoCloseable {

    /**
     * Posts the request and returns the answer once its status line and headers arrived.
     *
     * @throws RequestNotSentException when nothing of the request left, so repeating it is safe
     * @throws IOException for any other failure, whose outcome is then unknown (see the class comment)
     */
    TransportResponse send(TransportRequest request) throws IOException;

    /** Lets go of pooled connections. Calls after this fail with {@link RequestNotSentException}. */
    @Override
    default void close() {
    }

    /** Makes a transport from the settings the client was built with; {@code JdkHttpTransport::new}, for instance. */
    @FunctionalInterface
    interface Factory {

        Transport create(TransportSettings settings);
    }
}
