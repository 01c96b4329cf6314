package dev.ispconfig.client;

import dev.ispconfig.client.api.AdminModule;
import dev.ispconfig.client.api.ApsModule;
import dev.ispconfig.client.api.BackupsModule;
import dev.ispconfig.client.api.ClientsModule;
import dev.ispconfig.client.api.CronModule;
import dev.ispconfig.client.api.DatabasesModule;
import dev.ispconfig.client.api.DnsModule;
import dev.ispconfig.client.api.DomainsModule;
import dev.ispconfig.client.api.FtpModule;
import dev.ispconfig.client.api.MailModule;
import dev.ispconfig.client.api.MiscModule;
import dev.ispconfig.client.api.MonitorModule;
import dev.ispconfig.client.api.OpenvzModule;
import dev.ispconfig.client.api.ServerModule;
import dev.ispconfig.client.api.ShellModule;
import dev.ispconfig.client.api.SitesModule;
import dev.ispconfig.client.api.WebdavModule;
import dev.ispconfig.client.exception.ClientClosedException;
import dev.ispconfig.client.exception.SessionException;
import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.client.exception.UnexpectedResultException;
import dev.ispconfig.client.internal.Credentials;
import dev.ispconfig.client.internal.Endpoint;
import dev.ispconfig.client.internal.Listeners;
import dev.ispconfig.client.internal.RequestLimit;
import dev.ispconfig.client.internal.SessionManager;
import dev.ispconfig.client.internal.SessionPool;
import dev.ispconfig.client.internal.SoapExchange;
import dev.ispconfig.client.transport.JdkHttpTransport;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.TransportSettings;
import java.lang.System.Logger.Level;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A client of one ISPConfig 3 panel's remote API (SOAP, {@code /remote/index.php}).
 *
 * <pre>{@code
 * try (IspConfigClient panel = IspConfigClient.builder()
 *         .url("https://panel.example.com:8080/remote/index.php")
 *         .username("api-user")
 *         .password(secret)
 *         .build()) {
 *     DataRecord site = panel.sites().webDomainGet(1);
 *     Object same = panel.call("sites_web_domain_get", 1); // any method by name
 * }
 * }</pre>
 *
 * <p>Thread-safe; build one per panel and share it. It logs in on the first call, logs in again before the panel's
 * absolute 30-minute session expiry, re-logs in once (single-flight) when the panel reports the session dead, never
 * retries a refused login, and logs out on {@link #close()}.
 */
public final class IspConfigClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.ispconfig.client");

    private final Shared shared;
    private final Supplier<SessionManager> sessions;
    private final Runnable onClose;
    private volatile boolean closed;
    // The API modules, bound to this client: an asClient view has its own, which call through the view's session.
    private final AdminModule admin;
    private final ApsModule aps;
    private final BackupsModule backups;
    private final ClientsModule clients;
    private final CronModule cron;
    private final DatabasesModule databases;
    private final DnsModule dns;
    private final DomainsModule domains;
    private final FtpModule ftp;
    private final MailModule mail;
    private final MiscModule misc;
    private final MonitorModule monitor;
    private final OpenvzModule openvz;
    private final ServerModule server;
    private final ShellModule shell;
    private final SitesModule sites;
    private final WebdavModule webdav;

    private IspConfigClient(Shared shared, Supplier<SessionManager> sessions, Runnable onClose) {
        this.shared = shared;
        this.sessions = sessions;
        this.onClose = onClose;
        this.admin = new AdminModule(this);
        this.aps = new ApsModule(this);
        this.backups = new BackupsModule(this);
        this.clients = new ClientsModule(this);
        this.cron = new CronModule(this);
        this.databases = new DatabasesModule(this);
        this.dns = new DnsModule(this);
        this.domains = new DomainsModule(this);
        this.ftp = new FtpModule(this);
        this.mail = new MailModule(this);
        this.misc = new MiscModule(this);
        this.monitor = new MonitorModule(this);
        this.openvz = new OpenvzModule(this);
        this.server = new ServerModule(this);
        this.shell = new ShellModule(this);
        this.sites = new SitesModule(this);
        this.webdav = new WebdavModule(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Calls any remote method by name with its arguments after the session id, which the client supplies. Goes through
     * the same sessions, interceptors and fault mapping as the typed modules.
     *
     * @param method the remote method, for example {@code sites_web_domain_get}
     * @param arguments the arguments after {@code session_id}, in PHP's order
     * @return the decoded answer: {@code String}, {@code Integer}, {@code Long}, {@code Boolean}, {@code Double},
     *     {@code null}, {@code List} or an ordered {@code Map<String, Object>}
     * @throws dev.ispconfig.client.exception.IspConfigException or a subtype: see the README's error table
     */
    public @Nullable Object call(String method, @Nullable Object... arguments) {
        Objects.requireNonNull(method, "method");
        if (method.equals("login") || method.equals("logout")) {
            throw new IllegalArgumentException(method + " is the client's job: sessions are managed for you");
        }
        if (closed) {
            throw new ClientClosedException("this ISPConfig client is closed; " + method + " was not sent");
        }
        Call call = new Call(method, arguments == null ? Collections.singletonList(null) : Arrays.asList(arguments));
        return new Chain(0).proceed(call);
    }

    /**
     * The panel's {@code get_function_list}: every method name its dispatcher knows (313 on 3.2.x, including
     * {@code __construct}). Needs the remote user's "Server functions" grant.
     */
    public List<String> listFunctions() {
        Object result = call("get_function_list");
        if (!(result instanceof List<?> list)) {
            throw new UnexpectedResultException("get_function_list answered something other than a list");
        }
        List<String> names = new ArrayList<>(list.size());
        list.forEach(name -> names.add(String.valueOf(name)));
        return List.copyOf(names);
    }

    /**
     * A view of this client that logs in as an ISPConfig <em>client</em> ({@code client_login=true}) instead of the
     * remote user, sharing this client's connection, interceptors and settings. Its sessions live in a bounded
     * least-recently-used pool: one per credential, logged out when pushed out, when the view is closed, or when this
     * client is closed. Such logins need {@code can_use_api='y'} on the client in the panel's database.
     */
    public IspConfigClient asClient(String username, String password) {
        Credentials credentials = new Credentials(username, password, true);
        return new IspConfigClient(shared, () -> shared.pool.get(credentials), () -> shared.pool.remove(credentials));
    }

    /** The endpoint this client posts to. */
    public URI endpoint() {
        return shared.endpoint;
    }

    /**
     * The admin API: {@code system_config_*}, {@code config_value_*}, {@code sys_datalog_*},
     * {@code update_record_permissions}.
     */
    public AdminModule admin() {
        return admin;
    }

    /** The aps API: {@code sites_aps_*}. */
    public ApsModule aps() {
        return aps;
    }

    /** The backups API: {@code sites_web_domain_backup*}, {@code mail_user_backup*}. */
    public BackupsModule backups() {
        return backups;
    }

    /** The clients API: {@code client_*}. */
    public ClientsModule clients() {
        return clients;
    }

    /** The cron API: {@code sites_cron_*}. */
    public CronModule cron() {
        return cron;
    }

    /** The databases API: {@code sites_database_*}. */
    public DatabasesModule databases() {
        return databases;
    }

    /** The dns API: {@code dns_*}. */
    public DnsModule dns() {
        return dns;
    }

    /** The domains API: {@code domains_*}. */
    public DomainsModule domains() {
        return domains;
    }

    /** The ftp API: {@code sites_ftp_user_*}. */
    public FtpModule ftp() {
        return ftp;
    }

    /** The mail API: {@code mail_*} but the backups. */
    public MailModule mail() {
        return mail;
    }

    /** The misc API: {@code get_function_list} and the quota methods. */
    public MiscModule misc() {
        return misc;
    }

    /** The monitor API: {@code monitor_*}. */
    public MonitorModule monitor() {
        return monitor;
    }

    /** The openvz API: {@code openvz_*}. */
    public OpenvzModule openvz() {
        return openvz;
    }

    /** The server API: {@code server_*}. */
    public ServerModule server() {
        return server;
    }

    /** The shell API: {@code sites_shell_user_*}. */
    public ShellModule shell() {
        return shell;
    }

    /** The sites API: the other {@code sites_*}. */
    public SitesModule sites() {
        return sites;
    }

    /** The webdav API: {@code sites_webdav_user_*}. */
    public WebdavModule webdav() {
        return webdav;
    }

    /**
     * Refuses new calls at once ({@link ClientClosedException}, also for calls waiting for a login or a free slot) and
     * logs the session out once the calls in flight have finished or hit their own timeouts. On the root client this
     * also logs out every pooled client session and then closes the transport; on an {@link #asClient} view, only that
     * view's session. Returns without waiting for the panel. Idempotent.
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            onClose.run();
        }
    }

    @Override
    public String toString() {
        return "IspConfigClient[" + shared.endpoint + "]";
    }

    /** Runs the interceptors in order, then the session-aware call. */
    private final class Chain implements CallInterceptor.Chain {

        private final int index;

        Chain(int index) {
            this.index = index;
        }

        @Override
        public @Nullable Object proceed(Call call) {
            List<CallInterceptor> interceptors = shared.interceptors;
            if (index < interceptors.size()) {
                return interceptors.get(index).intercept(call, new Chain(index + 1));
            }
            // Session events wait until the slot is free again: a listener may then call the client itself.
            return shared.listeners.holdDuring(() -> shared.limit.run(call.method(), () -> invoke(call)));
        }
    }

    /** With a session: one re-login and one retry when the panel says the session no longer exists. */
    private @Nullable Object invoke(Call call) {
        SessionManager manager = sessions.get();
        SessionManager.Lease lease;
        try {
            lease = manager.acquire();
        } catch (ClientClosedException e) {
            manager = replacementOf(manager, e);
            lease = acquire(manager);
        }
        try {
            return shared.exchange.call(call.method(), withSession(lease, call));
        } catch (SessionException e) {
            if (!"session_does_not_exist".equals(e.faultCode())) {
                throw e;
            }
            shared.listeners.raise(listener -> listener.sessionExpired(call.method()));
            LOG.log(Level.DEBUG, () -> "ISPConfig session expired during " + call.method() + "; logging in again");
            SessionManager now = sessions.get();
            SessionManager.Lease stale = lease;
            lease = null;
            try {
                lease = now == manager ? manager.renew(stale) : acquire(now); // a pooled one may have been replaced
            } catch (ClientClosedException gone) {
                lease = acquire(replacementOf(manager, gone));
            } finally {
                stale.close();
            }
            return shared.exchange.call(call.method(), withSession(lease, call));
        } finally {
            if (lease != null) {
                lease.close();
            }
        }
    }

    /**
     * A lease from {@code manager}, or from its replacement when the pool pushed it out (and closed it) between this
     * thread picking it and leasing from it: a call must not fail because another credential needed the slot.
     */
    private SessionManager.Lease acquire(SessionManager manager) {
        while (true) {
            try {
                return manager.acquire();
            } catch (ClientClosedException e) {
                manager = replacementOf(manager, e);
            }
        }
    }

    /**
     * The manager now in charge of this view's credential, when the pool pushed {@code gone} out; {@code closed} again
     * when it is still in charge, so really closed.
     */
    private SessionManager replacementOf(SessionManager gone, ClientClosedException closed) {
        SessionManager now = sessions.get(); // a closed pool throws here
        if (now == gone) {
            throw closed;
        }
        return now;
    }

    private static List<Object> withSession(SessionManager.Lease lease, Call call) {
        List<Object> arguments = new ArrayList<>(call.arguments().size() + 1);
        arguments.add(lease.sessionId());
        arguments.addAll(call.arguments());
        return arguments;
    }

    /** What the root client and its {@link #asClient} views share. */
    private static final class Shared {

        final URI endpoint;
        final SoapExchange exchange;
        final List<CallInterceptor> interceptors;
        final Listeners listeners;
        final SessionPool pool;
        final RequestLimit limit;

        Shared(URI endpoint, SoapExchange exchange, List<CallInterceptor> interceptors, Listeners listeners,
                SessionPool pool, RequestLimit limit) {
            this.limit = limit;
            this.endpoint = endpoint;
            this.exchange = exchange;
            this.interceptors = interceptors;
            this.listeners = listeners;
            this.pool = pool;
        }
    }

    /** Builds an {@link IspConfigClient}. Only the URL and the credentials are required. */
    public static final class Builder {

        /** Well under the panel's absolute 1800 s, so a session is replaced before it dies. */
        public static final Duration DEFAULT_SESSION_MAX_AGE = Duration.ofMinutes(25);
        public static final Duration DEFAULT_CONNECT_TIMEOUT = TransportSettings.DEFAULT_CONNECT_TIMEOUT;
        public static final Duration DEFAULT_READ_TIMEOUT = TransportSettings.DEFAULT_READ_TIMEOUT;
        public static final long DEFAULT_MAX_RESPONSE_SIZE = 64L * 1024 * 1024;
        public static final int DEFAULT_MAX_CLIENT_SESSIONS = 16;
        /**
         * When the panel kills a session, every request already on the wire with it is a failed lookup that counts
         * toward the per-IP lockout of 10, like a failed login: 4 in flight keep those at most {@code 2 * 4 - 1} = 7.
         */
        public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 4;
        /** At most one refused login a minute: 5 in the panel's 5-minute window, half its lockout threshold. */
        public static final Duration DEFAULT_LOGIN_FAILURE_COOL_DOWN = Duration.ofMinutes(1);
        /**
         * A login that could not reach the panel (refused connection, timeout, an error page) is answered from memory
         * this long: a hung or dead panel then costs one login attempt every 5 s, not one per caller.
         */
        public static final Duration DEFAULT_LOGIN_UNREACHABLE_COOL_DOWN = Duration.ofSeconds(5);
        private static final Duration PANEL_SESSION_LIFETIME = Duration.ofSeconds(1800);

        private @Nullable URI url;
        private @Nullable String username;
        private @Nullable String password;
        private boolean clientLogin;
        private TransportSettings.Builder transportSettings = TransportSettings.builder();
        private Transport.Factory transportFactory = JdkHttpTransport::new;
        /** A transport the caller made and owns; null: one from the factory, closed with the client. */
        private @Nullable Transport transport;
        private Duration sessionMaxAge = DEFAULT_SESSION_MAX_AGE;
        private Duration loginFailureCoolDown = DEFAULT_LOGIN_FAILURE_COOL_DOWN;
        private Duration loginUnreachableCoolDown = DEFAULT_LOGIN_UNREACHABLE_COOL_DOWN;
        private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
        private int maxClientSessions = DEFAULT_MAX_CLIENT_SESSIONS;
        private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
        private LongSupplier nanoClock = System::nanoTime;
        private SessionListener sessionListener = SessionListener.NONE;
        private final List<CallInterceptor> interceptors = new ArrayList<>();

        private Builder() {
        }

        /**
         * The panel's SOAP endpoint, for example {@code https://panel.example.com:8080/remote/index.php}. A URL
         * ending in {@code /} gets {@code index.php} appended; one with no path gets {@code /remote/index.php}.
         */
        public Builder url(String url) {
            return url(URI.create(Objects.requireNonNull(url, "url")));
        }

        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** The remote user (System > Remote Users), or the client's username with {@link #clientLogin(boolean)}. */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** Log in as an ISPConfig client ({@code client_login=true}) rather than as a remote user. */
        public Builder clientLogin(boolean clientLogin) {
            this.clientLogin = clientLogin;
            return this;
        }

        /**
         * Trust (and key) material for the panel: a private CA, a pinned self-signed certificate, a client certificate.
         *
         * @throws IllegalArgumentException after {@link #insecure}{@code (true)}: choose one
         */
        public Builder sslContext(SSLContext sslContext) {
            transportSettings.sslContext(sslContext);
            return this;
        }

        /**
         * Accepts any certificate for any host name. For a test panel only: anyone between you and the panel can
         * then read the password. Logs a warning when the client is built.
         */
        public Builder insecure(boolean insecure) {
            transportSettings.insecure(insecure);
            return this;
        }

        /** The TLS protocols to offer the panel ({@code TLSv1.3}, {@code TLSv1.2}); none for the JDK's defaults. */
        public Builder tlsProtocols(String... protocols) {
            transportSettings.tlsProtocols(List.of(protocols));
            return this;
        }

        /** The TLS cipher suites to offer the panel; none for the JDK's defaults. */
        public Builder tlsCiphers(String... ciphers) {
            transportSettings.tlsCiphers(List.of(ciphers));
            return this;
        }

        /** Time to open a connection: the TCP connect and the TLS handshake (through a proxy, its CONNECT too). */
        public Builder connectTimeout(Duration connectTimeout) {
            transportSettings.connectTimeout(connectTimeout);
            return this;
        }

        /**
         * Where to find an HTTP proxy, asked with the panel's URL; its first HTTP proxy is used, {@code DIRECT} means
         * none. The default is {@link ProxySelector#getDefault()}: the {@code http.proxyHost}, {@code https.proxyHost}
         * and {@code http.nonProxyHosts} system properties apply. An {@code https} panel is reached through a CONNECT
         * tunnel, and its certificate is still checked against the panel's name. A proxy that wants credentials gets
         * them from {@link #proxyCredentials}; without them its 407 fails the call ({@link TransportException}).
         */
        public Builder proxy(ProxySelector proxy) {
            transportSettings.proxy(Objects.requireNonNull(proxy, "proxy"));
            return this;
        }

        /**
         * One fixed HTTP proxy for every connection, or {@link Proxy#NO_PROXY} to connect directly whatever the JVM's
         * proxy settings; see {@link #proxy(ProxySelector)}.
         *
         * @throws IllegalArgumentException for a SOCKS proxy, which is not supported
         */
        public Builder proxy(Proxy proxy) {
            transportSettings.proxy(proxy);
            return this;
        }

        /**
         * Credentials for the HTTP proxy, never sent to the panel itself nor put in a message. {@code
         * ApacheHttpTransport} answers the proxy's challenge in any scheme HttpClient knows (Basic, Digest, NTLM,
         * SPNEGO), on the CONNECT of an {@code https} panel too; {@link JdkHttpTransport} sends Basic, which the JDK
         * keeps off a CONNECT unless {@code jdk.http.auth.tunneling.disabledSchemes} allows it.
         */
        public Builder proxyCredentials(String username, String password) {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            transportSettings.proxyCredentials(username, password);
            return this;
        }

        /** How long the panel may take to start answering, and may then stay silent between two chunks. */
        public Builder readTimeout(Duration readTimeout) {
            transportSettings.readTimeout(readTimeout);
            return this;
        }

        /**
         * The longest one request may take once connected, from sending it to the last byte of the answer; zero (the
         * default) for no limit. The read timeout bounds each silence, so an answer trickled a few bytes at a time
         * escapes it: this does not. Past it the call fails with a {@link TransportException} of reason
         * {@code TIMEOUT} (outcome unknown once the request was sent).
         */
        public Builder callTimeout(Duration callTimeout) {
            transportSettings.callTimeout(callTimeout);
            return this;
        }

        /**
         * Every transport setting at once (timeouts, TLS, proxy), replacing what the setters above set; how the
         * Spring Boot starter passes Boot's HTTP client settings.
         */
        public Builder transportSettings(TransportSettings settings) {
            this.transportSettings = settings.toBuilder();
            return this;
        }

        /** Replace a session this long after its login; must stay below the panel's absolute 1800 s. */
        public Builder sessionMaxAge(Duration sessionMaxAge) {
            positive(sessionMaxAge, "sessionMaxAge");
            if (sessionMaxAge.compareTo(PANEL_SESSION_LIFETIME) >= 0) {
                throw new IllegalArgumentException(
                        "sessionMaxAge must be below the panel's absolute session lifetime of 1800 s");
            }
            this.sessionMaxAge = sessionMaxAge;
            return this;
        }

        /** How long a refused login is answered from memory instead of asking the panel again. */
        public Builder loginFailureCoolDown(Duration loginFailureCoolDown) {
            if (loginFailureCoolDown == null || loginFailureCoolDown.isNegative()) {
                throw new IllegalArgumentException("loginFailureCoolDown must be zero or positive");
            }
            this.loginFailureCoolDown = loginFailureCoolDown;
            return this;
        }

        /**
         * How long a login that could not reach the panel (refused connection, timeout, a page that is not SOAP, the
         * maintenance mode) is answered from memory instead of trying again; zero turns this off.
         */
        public Builder loginUnreachableCoolDown(Duration loginUnreachableCoolDown) {
            if (loginUnreachableCoolDown == null || loginUnreachableCoolDown.isNegative()) {
                throw new IllegalArgumentException("loginUnreachableCoolDown must be zero or positive");
            }
            this.loginUnreachableCoolDown = loginUnreachableCoolDown;
            return this;
        }

        /** The largest answer accepted, in bytes; larger ones fail without being read whole. */
        public Builder maxResponseSize(long maxResponseSize) {
            if (maxResponseSize <= 0) {
                throw new IllegalArgumentException("maxResponseSize must be positive");
            }
            this.maxResponseSize = maxResponseSize;
            return this;
        }

        /** How many {@link IspConfigClient#asClient} sessions are kept before the least recently used is logged out. */
        public Builder maxClientSessions(int maxClientSessions) {
            if (maxClientSessions < 1) {
                throw new IllegalArgumentException("maxClientSessions must be at least 1");
            }
            this.maxClientSessions = maxClientSessions;
            return this;
        }

        /**
         * The most calls in progress at once, across all threads and client sessions (a call's re-login included);
         * further calls wait their turn, below the interceptors and before taking a session id. 0 lifts the limit:
         * then a session the panel kills under heavy concurrency can lock this IP out (see
         * {@link #DEFAULT_MAX_CONCURRENT_REQUESTS}).
         */
        public Builder maxConcurrentRequests(int maxConcurrentRequests) {
            if (maxConcurrentRequests < 0) {
                throw new IllegalArgumentException("maxConcurrentRequests must be 0 (no limit) or more");
            }
            this.maxConcurrentRequests = maxConcurrentRequests;
            return this;
        }

        /**
         * The monotonic clock, in nanoseconds like {@link System#nanoTime()} (the default), that sessions are aged by
         * and cool-downs measured on; for tests. A wall clock stepped back or forward changes nothing.
         */
        public Builder nanoClock(LongSupplier nanoClock) {
            this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
            return this;
        }

        public Builder sessionListener(SessionListener sessionListener) {
            this.sessionListener = Objects.requireNonNull(sessionListener, "sessionListener");
            return this;
        }

        /** Adds an interceptor; the first added is the outermost. */
        public Builder addInterceptor(CallInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * A transport you made and own: the client uses it as it is (this builder's transport settings do not
         * apply) and does not close it, so several clients can share one. (Not an overload of
         * {@link #transport(Transport.Factory)}: a constructor reference such as {@code ApacheHttpTransport::new} would
         * fit both.)
         */
        public Builder sharedTransport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * The HTTP client underneath, made from this builder's transport settings when the client is built and closed
         * with it: {@code JdkHttpTransport::new} (the default) or {@code ApacheHttpTransport::new} (module
         * {@code ispconfig-transport-apache5}), or your own.
         */
        public Builder transport(Transport.Factory factory) {
            this.transportFactory = Objects.requireNonNull(factory, "factory");
            this.transport = null;
            return this;
        }

        public IspConfigClient build() {
            URI endpoint = Endpoint.normalize(url); // refuses a missing one
            Credentials credentials = new Credentials(username, password, clientLogin);
            TransportSettings settings = transportSettings.build();
            if (transport == null && settings.insecure()) {
                LOG.log(Level.WARNING, "TLS certificate and host name checks are OFF for the ISPConfig panel at "
                        + endpoint + ": use this for test panels only");
            }
            if (Endpoint.plainHttpBeyondLoopback(endpoint)) {
                LOG.log(Level.WARNING, "the ISPConfig panel at " + endpoint + " is reached over plain HTTP: the "
                        + "password and every answer cross the network unencrypted; use https");
            }
            Transport wire = transport != null ? transport : transportFactory.create(settings);
            Runnable closeWire = transport != null ? () -> { } : wire::close;
            SoapExchange exchange = new SoapExchange(wire, endpoint, maxResponseSize);
            LongSupplier clock = nanoClock;
            Duration maxAge = sessionMaxAge;
            Duration refused = loginFailureCoolDown;
            Duration unreachable = loginUnreachableCoolDown;
            Listeners listeners = new Listeners(sessionListener);
            SessionPool pool = new SessionPool(maxClientSessions, client -> new SessionManager(client, exchange, clock,
                    maxAge, refused, unreachable, listeners));
            RequestLimit limit = RequestLimit.of(maxConcurrentRequests);
            Shared shared = new Shared(endpoint, exchange, List.copyOf(interceptors), listeners, pool, limit);
            SessionManager main = new SessionManager(credentials, exchange, clock, maxAge, refused, unreachable,
                    listeners);
            // The transport closes after the last logout, which waits for the calls in flight.
            return new IspConfigClient(shared, () -> main, () -> {
                limit.close();
                CompletableFuture.allOf(main.close(), pool.close()).whenComplete((done, failure) -> closeWire.run());
            });
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
