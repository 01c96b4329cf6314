package dev.ispconfig.client.transport.apache;

import dev.ispconfig.client.transport.CallTimeoutException;
import dev.ispconfig.client.transport.RequestNotSentException;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.TransportRequest;
import dev.ispconfig.client.transport.TransportResponse;
import dev.ispconfig.client.transport.TransportSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.ConnectionShutdownException;
import org.apache.hc.client5.http.impl.TunnelRefusedException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Transport} on Apache HttpClient 5, classic (blocking) API: the Spring Boot starter's default.
 *
 * <ul>
 *   <li>A pool of keep-alive connections; one idle for more than {@value #VALIDATE_AFTER_IDLE_MILLIS} ms is checked
 *       before reuse, so a connection the panel's web server closed meanwhile (a graceful reload after a config
 *       change, its keep-alive timeout) is replaced instead of failing a write with an unknown outcome.</li>
 *   <li>TLS from the settings' {@link SSLContext}, protocols and cipher suites, with host name verification (off in
 *       insecure mode only).</li>
 *   <li>Proxies from the settings' selector, asked once per panel (not once per request); credentials answer the proxy's challenge in any scheme HttpClient knows
 *       (Basic, Digest, NTLM, SPNEGO…), on the CONNECT of an {@code https} panel too, and are never offered to the
 *       panel itself.</li>
 *   <li>gzip answers are asked for and decoded.</li>
 *   <li>Interrupts end a blocked call: connections are made on socket channels, which close when their thread is
 *       interrupted.</li>
 *   <li>The call timeout, and a request the panel stops reading (no progress within the read timeout), abort the
 *       exchange from a timer thread of this transport; the abort resets the connection (SO_LINGER 0) instead of
 *       sending TLS's close_notify, which would wait for the blocked writer.</li>
 * </ul>
 *
 * <p>{@code IspConfigClient.builder().transport(ApacheHttpTransport::new)}, or
 * {@code new ApacheHttpTransport(settings, builder -> …)} to adjust HttpClient's builder (interceptors, a metrics
 * binder) after this class configured it.
 */
public final class ApacheHttpTransport implements Transport {

    static final long VALIDATE_AFTER_IDLE_MILLIS = 100;
    /**
     * A connection's read and write buffers: a 9.6 KB web domain record arrives in one read instead of two, which
     * took about a tenth off a call's CPU against nginx, and a 50 MB answer in a quarter of the reads.
     */
    private static final int BUFFER_BYTES = 32 * 1024;
    /** Connections per panel; the client's own limit on requests in flight (4 by default) is far below it. */
    private static final int MAX_CONNECTIONS = 64;

    private final CloseableHttpClient http;
    private final HttpClientConnectionManager connections;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final Timers timers = new Timers();
    /** Null when the settings name no proxy credentials. */
    private final @Nullable ProxyCredentials proxyCredentials;

    public ApacheHttpTransport(TransportSettings settings) {
        this(settings, builder -> {
        });
    }

    /** @param customizer adjusts HttpClient's builder after this class configured it */
    public ApacheHttpTransport(TransportSettings settings, Consumer<HttpClientBuilder> customizer) {
        this.readTimeout = settings.readTimeout();
        this.callTimeout = settings.callTimeout();
        this.connections = connectionManager(settings);
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(timeout(settings.readTimeout()))
                        .setConnectionRequestTimeout(timeout(settings.connectTimeout()))
                        .setRedirectsEnabled(false)
                        .setExpectContinueEnabled(false)
                        .setProtocolUpgradeEnabled(false)
                        // Authentication is for proxies only, and only when there are credentials to give.
                        .setAuthenticationEnabled(settings.proxyUsername() != null)
                        .build())
                .setRoutePlanner(new PlannedRoutes(settings.proxy()))
                .disableAutomaticRetries() // a request is never repeated here: see Transport
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableDefaultUserAgent();
        String proxyUsername = settings.proxyUsername();
        String proxyPassword = settings.proxyPassword(); // set with the username, never alone
        this.proxyCredentials = proxyUsername == null || proxyPassword == null ? null
                : new ProxyCredentials(settings.proxy(), proxyUsername, proxyPassword.toCharArray());
        builder.setDefaultCredentialsProvider((scope, context) -> null); // credentials go per request, to proxies
        customizer.accept(builder);
        this.http = builder.build();
    }

    private static HttpClientConnectionManager connectionManager(TransportSettings settings) {
        ClientTlsStrategyBuilder tls = ClientTlsStrategyBuilder.create().setSslContext(sslContext(settings));
        if (!settings.tlsProtocols().isEmpty()) {
            tls.setTlsVersions(settings.tlsProtocols().toArray(String[]::new));
        }
        if (!settings.tlsCiphers().isEmpty()) {
            tls.setCiphers(settings.tlsCiphers().toArray(String[]::new));
        }
        if (!settings.verifyHostname()) {
            tls.setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                    .setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT);
        }
        return new ChannelSocketConnections()
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                        .http1Config(Http1Config.custom().setBufferSize(BUFFER_BYTES).build()).build())
                .setTlsSocketStrategy(tls.buildClassic())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout(settings.connectTimeout()))
                        .setSocketTimeout(timeout(settings.readTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofMilliseconds(VALIDATE_AFTER_IDLE_MILLIS))
                        .build())
                .setDefaultTlsConfig(TlsConfig.custom().setHandshakeTimeout(timeout(settings.connectTimeout()))
                        .build())
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .build();
    }

    private static SSLContext sslContext(TransportSettings settings) {
        try {
            return settings.sslContext() != null ? settings.sslContext() : SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no TLS", e);
        }
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        HttpPost post = new HttpPost(request.uri());
        request.headers().forEach(post::setHeader);
        Abort abort = new Abort(post, timers, readTimeout);
        post.setEntity(new GuardedEntity(request.body(), abort));
        abort.after(callTimeout);
        ClassicHttpResponse response;
        try {
            response = http.executeOpen(null, post, context(request));
        } catch (IOException | RuntimeException e) {
            abort.disarm();
            throw failure(e, abort);
        }
        return new ApacheResponse(response, abort);
    }

    private HttpClientContext context(TransportRequest request) {
        HttpClientContext context = HttpClientContext.create();
        if (proxyCredentials != null) {
            context.setCredentialsProvider(proxyCredentials.forPanel(request.uri()));
        }
        return context;
    }

    /** Sorts HttpClient's failures into the classes {@link Transport} defines. */
    private IOException failure(Exception e, Abort abort) {
        if (abort.callTimedOut()) {
            CallTimeoutException timeout = new CallTimeoutException(callTimeout);
            timeout.initCause(e);
            return timeout;
        }
        if (abort.stalled()) {
            SocketTimeoutException timeout = new SocketTimeoutException(
                    "the panel did not take the request within the read timeout of " + readTimeout);
            timeout.initCause(e);
            return timeout;
        }
        if (e instanceof ConnectTimeoutException || e instanceof ConnectionRequestTimeoutException) {
            return new RequestNotSentException("no connection within the connect timeout: " + e.getMessage(), e);
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException) { // HttpHostConnectException too
            return new RequestNotSentException("could not connect: " + describe(e), e);
        }
        if (e instanceof SSLHandshakeException) { // a handshake comes before any byte of the request
            return new RequestNotSentException("TLS handshake failed: " + describe(e), e);
        }
        if (e instanceof ClientProtocolException && e.getCause() instanceof TunnelRefusedException refused) {
            int status = refused.getResponse() == null ? 0 : refused.getResponse().getCode();
            return new RequestNotSentException("the HTTP proxy refused to open a tunnel to the panel: HTTP "
                    + status, status, null); // not the proxy's page, nor its exception: they may echo credentials
        }
        if (e instanceof ConnectionShutdownException || e instanceof IllegalStateException) {
            return new RequestNotSentException("the transport is closed", e);
        }
        if (e instanceof IOException io) {
            return io;
        }
        return new IOException(describe(e), e);
    }

    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }

    private static Timeout timeout(Duration duration) {
        return Timeout.ofMilliseconds(Math.max(1, duration.toMillis()));
    }

    @Override
    public void close() {
        timers.close();
        connections.close(CloseMode.GRACEFUL);
        try {
            http.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public String toString() {
        return "ApacheHttpTransport";
    }

    /** An answer; closing it releases its connection to the pool when its body was read to the end. */
    private static final class ApacheResponse implements TransportResponse {

        private final ClassicHttpResponse response;
        private final Abort abort;
        private final InputStream body;

        ApacheResponse(ClassicHttpResponse response, Abort abort) throws IOException {
            this.response = response;
            this.abort = abort;
            HttpEntity entity = response.getEntity();
            this.body = new AbortAwareStream(entity == null ? InputStream.nullInputStream() : entity.getContent(),
                    abort);
        }

        @Override
        public int statusCode() {
            return response.getCode();
        }

        @Override
        public Optional<String> header(String name) {
            Header header = response.getFirstHeader(name);
            return header == null ? Optional.empty() : Optional.of(header.getValue());
        }

        @Override
        public InputStream body() {
            return body;
        }

        @Override
        public void close() {
            abort.disarm();
            try {
                response.close();
            } catch (IOException ignored) {
                // the connection is discarded either way
            }
        }
    }

    /** Reads of a body whose exchange was aborted by the call timeout fail as that timeout. */
    private static final class AbortAwareStream extends java.io.FilterInputStream {

        private final Abort abort;

        AbortAwareStream(InputStream in, Abort abort) {
            super(in);
            this.abort = abort;
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
            if (!abort.callTimedOut()) {
                return e;
            }
            CallTimeoutException timeout = new CallTimeoutException(abort.callTimeout());
            timeout.initCause(e);
            return timeout;
        }
    }
}
