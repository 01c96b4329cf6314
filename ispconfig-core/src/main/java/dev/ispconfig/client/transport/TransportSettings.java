package dev.ispconfig.client.transport;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * What every transport is configured with: timeouts, TLS and the way through a proxy. Immutable; made by
 * {@link #builder()}, usually for you by {@code IspConfigClient.Builder}.
 */
public final class TransportSettings {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    private static final String BOTH = "choose either an sslContext or insecure mode, not both";

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final @Nullable SSLContext sslContext;
    private final List<String> tlsProtocols;
    private final List<String> tlsCiphers;
    private final boolean insecure;
    private final @Nullable ProxySelector proxy;
    private final @Nullable String proxyUsername;
    private final @Nullable String proxyPassword;

    private TransportSettings(Builder builder) {
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.callTimeout = builder.callTimeout;
        this.sslContext = builder.sslContext;
        this.tlsProtocols = builder.tlsProtocols;
        this.tlsCiphers = builder.tlsCiphers;
        this.insecure = builder.insecure;
        this.proxy = builder.proxy;
        this.proxyUsername = builder.proxyUsername;
        this.proxyPassword = builder.proxyPassword;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults: 10 s to connect, 60 s read timeout, no call timeout, the JDK's TLS, the JVM's proxy settings. */
    public static TransportSettings defaults() {
        return builder().build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Time to open a connection: TCP connect and TLS handshake (through a proxy, the CONNECT exchange too). */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The longest silence: waiting for the answer's head once the request is sent, then between two body chunks. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** The longest one request may take from sending it to the last byte of its answer; zero for no limit. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * The TLS context whose trust (and key) material checks the panel, or the one {@link #insecure()} made; null for
     * the JDK's default.
     */
    public @Nullable SSLContext sslContext() {
        return sslContext;
    }

    /** The TLS protocols to offer ({@code TLSv1.3}, …); empty for the context's defaults. */
    public List<String> tlsProtocols() {
        return tlsProtocols;
    }

    /** The TLS cipher suites to offer; empty for the context's defaults. */
    public List<String> tlsCiphers() {
        return tlsCiphers;
    }

    /** True when certificate and host name checks are off (test panels only). */
    public boolean insecure() {
        return insecure;
    }

    /** True unless {@link #insecure()}: the panel's certificate must name the host of the URL. */
    public boolean verifyHostname() {
        return !insecure;
    }

    /** Where to find an HTTP proxy for the panel's URL ({@code DIRECT}: none); the JVM's default selector if unset. */
    public ProxySelector proxy() {
        if (proxy != null) {
            return proxy;
        }
        ProxySelector jvm = ProxySelector.getDefault(); // null only where an application removed it
        return jvm != null ? jvm : java.net.http.HttpClient.Builder.NO_PROXY;
    }

    /** The proxy's user name, or null when the proxy needs no credentials. */
    public @Nullable String proxyUsername() {
        return proxyUsername;
    }

    /** The proxy's password, or null. Sent to the proxy only, never to the panel, never logged. */
    public @Nullable String proxyPassword() {
        return proxyPassword;
    }

    @Override
    public String toString() {
        return "TransportSettings[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", callTimeout=" + callTimeout + ", tls=" + (insecure ? "INSECURE" : sslContext == null ? "default"
                : "custom") + ", tlsProtocols=" + tlsProtocols + ", proxy=" + (proxy == null ? "JVM default" : proxy)
                + (proxyUsername == null ? "" : ", proxyUser=" + proxyUsername) + "]";
    }

    /** Builds {@link TransportSettings}. */
    public static final class Builder {

        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration callTimeout = Duration.ZERO;
        private @Nullable SSLContext sslContext;
        private List<String> tlsProtocols = List.of();
        private List<String> tlsCiphers = List.of();
        private boolean insecure;
        private @Nullable ProxySelector proxy;
        private @Nullable String proxyUsername;
        private @Nullable String proxyPassword;

        private Builder() {
        }

        private Builder(TransportSettings settings) {
            this.connectTimeout = settings.connectTimeout;
            this.readTimeout = settings.readTimeout;
            this.callTimeout = settings.callTimeout;
            this.sslContext = settings.sslContext;
            this.tlsProtocols = settings.tlsProtocols;
            this.tlsCiphers = settings.tlsCiphers;
            this.insecure = settings.insecure;
            this.proxy = settings.proxy;
            this.proxyUsername = settings.proxyUsername;
            this.proxyPassword = settings.proxyPassword;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = positive(readTimeout, "readTimeout");
            return this;
        }

        /** Zero for no limit. */
        public Builder callTimeout(Duration callTimeout) {
            if (callTimeout == null || callTimeout.isNegative()) {
                throw new IllegalArgumentException("callTimeout must be zero or positive");
            }
            this.callTimeout = callTimeout;
            return this;
        }

        /**
         * Trust (and key) material for the panel; null for the JDK's default.
         *
         * @throws IllegalArgumentException in {@link #insecure} mode: choose one
         */
        public Builder sslContext(@Nullable SSLContext sslContext) {
            if (insecure && sslContext != null) {
                throw new IllegalArgumentException(BOTH);
            }
            this.sslContext = sslContext;
            return this;
        }

        /** The TLS protocols to offer, for example {@code TLSv1.3}; none for the context's defaults. */
        public Builder tlsProtocols(List<String> tlsProtocols) {
            this.tlsProtocols = List.copyOf(tlsProtocols);
            return this;
        }

        /** The TLS cipher suites to offer; none for the context's defaults. */
        public Builder tlsCiphers(List<String> tlsCiphers) {
            this.tlsCiphers = List.copyOf(tlsCiphers);
            return this;
        }

        /**
         * Accept any certificate for any host name (true), or check them again (false). For test panels only: anyone
         * between you and the panel can then read the password.
         */
        public Builder insecure(boolean insecure) {
            if (insecure && !this.insecure && sslContext != null) {
                throw new IllegalArgumentException(BOTH);
            }
            if (insecure != this.insecure) {
                this.sslContext = insecure ? InsecureTls.context() : null;
            }
            this.insecure = insecure;
            return this;
        }

        /** Where to find an HTTP proxy; asked with the panel's URL. Null: the JVM's {@link ProxySelector#getDefault()}. */
        public Builder proxy(@Nullable ProxySelector proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * One fixed HTTP proxy, or {@link Proxy#NO_PROXY} to go direct whatever the JVM's settings.
         *
         * @throws IllegalArgumentException for a SOCKS proxy, which is not supported
         */
        public Builder proxy(Proxy proxy) {
            Objects.requireNonNull(proxy, "proxy");
            if (proxy.type() == Proxy.Type.SOCKS) {
                throw new IllegalArgumentException("SOCKS proxies are not supported; use an HTTP proxy");
            }
            if (proxy.type() == Proxy.Type.DIRECT) {
                this.proxy = java.net.http.HttpClient.Builder.NO_PROXY;
                return this;
            }
            if (!(proxy.address() instanceof InetSocketAddress address)) {
                throw new IllegalArgumentException("an HTTP proxy needs a host and port (an InetSocketAddress)");
            }
            this.proxy = ProxySelector.of(address);
            return this;
        }

        /** Credentials for the HTTP proxy; null for none. */
        public Builder proxyCredentials(@Nullable String username, @Nullable String password) {
            if ((username == null) != (password == null)) {
                throw new IllegalArgumentException("give both the proxy's username and password, or neither");
            }
            if (username != null && (username.indexOf(':') >= 0 || username.indexOf('\r') >= 0
                    || username.indexOf('\n') >= 0)) {
                throw new IllegalArgumentException("a proxy username cannot contain ':' or line breaks");
            }
            this.proxyUsername = username;
            this.proxyPassword = password;
            return this;
        }

        public TransportSettings build() {
            return new TransportSettings(this);
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
