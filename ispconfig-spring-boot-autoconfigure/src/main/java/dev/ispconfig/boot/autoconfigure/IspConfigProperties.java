package dev.ispconfig.boot.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code ispconfig.*} properties: where the panel is, who logs in, and how the client treats it. Defaults are
 * those of {@code IspConfigClient.Builder} (written out here so that the configuration metadata shows them).
 */
@ConfigurationProperties("ispconfig")
public class IspConfigProperties {

    /** Whether to auto-configure the ISPConfig client and its module beans. */
    private boolean enabled = true;

    /**
     * The panel's remote API endpoint, for example https://panel.example.com:8080/remote/index.php (a URL without a
     * path gets /remote/index.php).
     */
    private @Nullable String url;

    /** The remote user (System > Remote Users), or the panel client's login when client-login is true. */
    private @Nullable String username;

    /** The password of that user. Never logged. */
    private @Nullable String password;

    /** Whether username and password are an ISPConfig client's login rather than a remote user's. */
    private boolean clientLogin;

    /**
     * An HTTP proxy to reach the panel through, as http://host:port (credentials go in proxy-username and
     * proxy-password, not in the URL). Unset: the JVM's proxy settings (http.proxyHost, https.proxyHost,
     * http.nonProxyHosts) apply.
     */
    private @Nullable URI proxy;

    /**
     * User name for the HTTP proxy, if it wants credentials (the Apache transport answers any scheme HttpClient
     * knows: Basic, Digest, NTLM, SPNEGO; the JDK transport sends Basic).
     */
    private @Nullable String proxyUsername;

    /** Password for the HTTP proxy; sent to the proxy only, never logged. */
    private @Nullable String proxyPassword;

    /**
     * Connect timeout: TCP connect and TLS handshake. Unset: spring.http.clients.connect-timeout when that is set,
     * else 10s.
     */
    private @Nullable Duration connectTimeout;

    /**
     * Read timeout: the longest wait for the answer's headers and then between two chunks of its body. Unset:
     * spring.http.clients.read-timeout when that is set, else 60s.
     */
    private @Nullable Duration readTimeout;

    /**
     * The longest one request may take once connected, from sending it to the last byte of the answer, however the
     * answer trickles in. Zero: no limit.
     */
    private Duration callTimeout = Duration.ZERO;

    /** The largest answer accepted; a bigger one fails instead of filling the heap. */
    private DataSize maxResponseSize = DataSize.ofMegabytes(64);

    /**
     * The most requests in flight to the panel at once, across all threads (logins included); further calls wait.
     * Protects a small php-fpm pool behind the panel, and keeps the calls that meet a killed session (at most 2 x
     * limit - 1) under the panel's lockout threshold of 10. 0: no limit.
     */
    private Integer maxConcurrentRequests = 4;

    private final Ssl ssl = new Ssl();

    private final Session session = new Session();

    private final Retry retry = new Retry();

    private final Health health = new Health();

    /**
     * Several panels, by name (ispconfig.panels.eu.url, ...): each takes every per-panel property of ispconfig.*
     * (url, username, password, client-login, ssl, proxy, timeouts, session, max-concurrent-requests). With panels
     * set, the single-panel ispconfig.url, username and password are not used.
     */
    private final Map<String, IspConfigProperties> panels = new LinkedHashMap<>();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public boolean isClientLogin() {
        return clientLogin;
    }

    public void setClientLogin(boolean clientLogin) {
        this.clientLogin = clientLogin;
    }

    public @Nullable URI getProxy() {
        return proxy;
    }

    public void setProxy(@Nullable URI proxy) {
        this.proxy = proxy;
    }

    public @Nullable String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(@Nullable String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public @Nullable String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(@Nullable String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public @Nullable Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(@Nullable Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public @Nullable Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(@Nullable Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Duration getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    public DataSize getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(DataSize maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public Integer getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(Integer maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public Ssl getSsl() {
        return ssl;
    }

    public Session getSession() {
        return session;
    }

    public Retry getRetry() {
        return retry;
    }

    public Map<String, IspConfigProperties> getPanels() {
        return panels;
    }

    public Health getHealth() {
        return health;
    }

    @Override
    public String toString() {
        return "IspConfigProperties[url=" + url + ", username=" + username + ", password=" + (password == null ? null
                : "***") + "]";
    }

    /** TLS towards the panel. */
    public static class Ssl {

        /**
         * Name of a spring.ssl.bundle.* for the panel: its trust material verifies the panel's certificate, its key
         * material is the client certificate (if any), its protocols and ciphers are the ones offered. Unset:
         * spring.http.clients.ssl.bundle when that is set, else the JDK's defaults.
         */
        private @Nullable String bundle;

        /**
         * Turns certificate and host name checks OFF (a warning is logged). For test panels with a self-signed
         * certificate only: prefer a bundle.
         */
        private boolean insecure;

        public @Nullable String getBundle() {
            return bundle;
        }

        public void setBundle(@Nullable String bundle) {
            this.bundle = bundle;
        }

        public boolean isInsecure() {
            return insecure;
        }

        public void setInsecure(boolean insecure) {
            this.insecure = insecure;
        }
    }

    /** Panel sessions. */
    public static class Session {

        /**
         * Age at which a session is replaced by a fresh login before the panel's absolute 30-minute expiry kills it.
         * Must be under 30 minutes.
         */
        private Duration maxAge = Duration.ofMinutes(25);

        /**
         * How many ISPConfig client logins (IspConfigClient.asClient) keep a session at once; the least recently used
         * one is logged out.
         */
        private int poolSize = 16;

        /**
         * After a refused login, how long the refusal is answered from memory instead of asking the panel again:
         * every failed login counts toward the panel's per-IP lockout.
         */
        private Duration loginFailureCoolDown = Duration.ofMinutes(1);

        /**
         * After a login that could not reach the panel (refused connection, timeout, an error page, maintenance mode),
         * how long that failure is answered from memory: a hung or dead panel then costs one login attempt per
         * cool-down, not one per caller. Zero: try again at once.
         */
        private Duration loginUnreachableCoolDown = Duration.ofSeconds(5);

        public Duration getMaxAge() {
            return maxAge;
        }

        public void setMaxAge(Duration maxAge) {
            this.maxAge = maxAge;
        }

        public int getPoolSize() {
            return poolSize;
        }

        public void setPoolSize(int poolSize) {
            this.poolSize = poolSize;
        }

        public Duration getLoginFailureCoolDown() {
            return loginFailureCoolDown;
        }

        public void setLoginFailureCoolDown(Duration loginFailureCoolDown) {
            this.loginFailureCoolDown = loginFailureCoolDown;
        }

        public Duration getLoginUnreachableCoolDown() {
            return loginUnreachableCoolDown;
        }

        public void setLoginUnreachableCoolDown(Duration loginUnreachableCoolDown) {
            this.loginUnreachableCoolDown = loginUnreachableCoolDown;
        }
    }

    /**
     * Retries of failed calls, on Spring Framework's core retry. Reads are retried after transient transport failures
     * and session expiry; writes only after session expiry unless include-writes is set; authentication failures and
     * lockouts never.
     */
    public static class Retry {

        /** Whether failed calls are retried at all. */
        private boolean enabled = true;

        /** Attempts per call, the first included: 3 means at most 2 retries. */
        private int maxAttempts = 3;

        /** Delay before the first retry. */
        private Duration initialDelay = Duration.ofMillis(200);

        /** Factor applied to the delay after each retry. */
        private double multiplier = 2.0;

        /** Longest delay between two attempts. */
        private Duration maxDelay = Duration.ofSeconds(2);

        /**
         * Longest time a call may take over all its attempts and delays; no attempt starts (and no delay is waited)
         * that would end past it, and the caller gets the last failure. An attempt under way is not cut short: its own
         * bound is the read timeout. Zero: no limit.
         */
        private Duration timeout = Duration.ZERO;

        /**
         * Whether writes (adds, updates, deletes, other) are also retried when the panel cannot have run them: the
         * connection was refused. A write that timed out, lost its connection or met a 502/503/504 after the request
         * was sent is never repeated, since it may have run.
         */
        private boolean includeWrites;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialDelay() {
            return initialDelay;
        }

        public void setInitialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        public double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public boolean isIncludeWrites() {
            return includeWrites;
        }

        public void setIncludeWrites(boolean includeWrites) {
            this.includeWrites = includeWrites;
        }
    }

    /** The ispconfig health indicator (switched by management.health.ispconfig.enabled). */
    public static class Health {

        /** How long a health result is reused before the panel is asked again, so probes do not hammer it. */
        private Duration cacheTtl = Duration.ofSeconds(10);

        public Duration getCacheTtl() {
            return cacheTtl;
        }

        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }
    }
}
