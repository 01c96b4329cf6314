package dev.ispconfig.test;

import dev.ispconfig.client.IspConfigClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An ISPConfig 3.2.12 panel in the test's own JVM: a loopback HTTP server that speaks the panel's SOAP remote API
 * byte for byte (the core's {@code SoapWriter}), with its sessions, lockout, fault codes, validation and in-memory
 * records for clients, websites, databases, DNS and mail. Seed data with {@link #seed()}, inject faults with
 * {@link #faults()}, read counters from {@link #stats()}.
 *
 * <pre>{@code
 * try (IspConfigSimulator sim = IspConfigSimulator.start();
 *      IspConfigClient client = sim.client()) {
 *     int site = sim.seed().client("acme").webDomain("example.com");
 *     DataRecord record = client.sites().webDomainGet(site);
 * }
 * }</pre>
 */
public final class IspConfigSimulator implements AutoCloseable {

    /** The default remote user's name. */
    public static final String DEFAULT_USERNAME = "admin";
    /** The default remote user's password. */
    public static final String DEFAULT_PASSWORD = "simulator-pass";

    private final Panel panel;
    private final Faults faults;
    private final Seed seed;
    private final SimulatorStats stats;
    private final HttpServer server;
    private final URI url;
    private final String username;
    private final String password;

    private IspConfigSimulator(Builder builder) {
        Sessions sessions = new Sessions(builder.clock, builder.sessionLifetime, builder.lockoutThreshold,
                builder.lockoutWindow);
        this.stats = new SimulatorStats(sessions::live, sessions::failureCount);
        this.panel = new Panel(sessions, stats, builder.clock);
        String loopback = InetAddress.getLoopbackAddress().getHostAddress();
        this.faults = new Faults(sessions, loopback);
        this.seed = new Seed(panel);
        this.username = builder.username;
        this.password = builder.password;
        panel.addUser(new Panel.RemoteUser(username, password, MethodTable.allPermissions()));
        try {
            this.server = new HttpServer(builder.bind, builder.port, panel, faults, stats);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + hostOf(builder.bind) + ":" + builder.port, e);
        }
        // Bound to every interface, the simulator is still reached on loopback from this machine.
        String host = builder.bind.isAnyLocalAddress() ? loopback : hostOf(builder.bind);
        this.url = URI.create("http://" + host + ":" + server.port() + HttpServer.PATH);
    }

    private static String hostOf(InetAddress address) {
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Starts a simulator with the defaults on a free loopback port. */
    public static IspConfigSimulator start() {
        return builder().start();
    }

    /** Options: port, session lifetime, clock, lockout threshold and window, default credentials. */
    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint, {@code http://127.0.0.1:<port>/remote/index.php} (the loopback URL also when bound to 0.0.0.0). */
    public URI url() {
        return url;
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The default remote user's name (it holds every function). */
    public String username() {
        return username;
    }

    /** The default remote user's password. */
    public String password() {
        return password;
    }

    /**
     * Adds (or replaces) a remote user holding only the given function names, the strings ISPConfig's
     * {@code remote_functions} holds ({@code ApiInventory.method(name).permissions()} says which a method needs).
     * Like the panel, a session keeps the grants it had at login.
     */
    public IspConfigSimulator remoteUser(String name, String password, String... functions) {
        return remoteUser(name, password, Arrays.asList(functions));
    }

    /** As {@link #remoteUser(String, String, String...)}, with a collection of function names. */
    public IspConfigSimulator remoteUser(String name, String password, java.util.Collection<String> functions) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Set<String> granted = new LinkedHashSet<>(functions);
        panel.addUser(new Panel.RemoteUser(name, password, granted));
        return this;
    }

    /**
     * Back to the state of a fresh start: no records, no sessions or failed logins, no faults armed, no scripted
     * answers, counters and the request log empty, only the default remote user. Keeps the port, clock and options.
     */
    public void reset() {
        panel.reset(new Panel.RemoteUser(username, password, MethodTable.allPermissions()));
        faults.clear();
        stats.reset();
    }

    /**
     * Every call the panel answered since the start or the last {@link #reset()} (the last 10,000), oldest first, with
     * who made it and the fault it got, if any.
     */
    public List<Request> requests() {
        return panel.requests();
    }

    /** The calls of {@code method} answered, oldest first. */
    public List<Request> requests(String method) {
        return panel.requests().stream().filter(request -> request.method().equals(method)).toList();
    }

    /**
     * Answers {@code method} with what {@code answer} makes of its arguments (after the session id), after the session
     * and permission checks, instead of the simulator's model: for a method it does not model, or an odd answer.
     * The answer is encoded as the panel's PHP encodes values (a {@code Map} as a PHP array, …).
     */
    public IspConfigSimulator answer(String method, Function<List<@Nullable Object>, @Nullable Object> answer) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(answer, "answer");
        panel.script(method, answer);
        return this;
    }

    /** Answers {@code method} with the SOAP fault {@code faultCode} and {@code faultString}, as the panel throws one. */
    public IspConfigSimulator answerFault(String method, String faultCode, String faultString) {
        return answer(method, arguments -> {
            throw new PanelFault(faultCode, faultString);
        });
    }

    /** Seeds records as if they had been created in the panel. */
    public Seed seed() {
        return seed;
    }

    /** Fault injection. */
    public Faults faults() {
        return faults;
    }

    /** Counters of logins, sessions, calls and concurrency. */
    public SimulatorStats stats() {
        return stats;
    }

    /** A client builder for this simulator and its default remote user, to add options before {@code build()}. */
    public IspConfigClient.Builder clientBuilder() {
        return IspConfigClient.builder().url(url).username(username).password(password);
    }

    /** A client for this simulator and its default remote user; the caller closes it. */
    public IspConfigClient client() {
        return clientBuilder().build();
    }

    /** A client for this simulator logged in as another remote user; the caller closes it. */
    public IspConfigClient client(String remoteUser, String remotePassword) {
        return IspConfigClient.builder().url(url).username(remoteUser).password(remotePassword).build();
    }

    /** Stops the server and closes its connections. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "IspConfigSimulator[" + url + "]";
    }

    /** Options of a simulator. */
    public static final class Builder {

        private int port;
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private Duration sessionLifetime = Duration.ofSeconds(1800);
        private Clock clock = Clock.systemUTC();
        private int lockoutThreshold = 10;
        private Duration lockoutWindow = Duration.ofMinutes(5);
        private String username = DEFAULT_USERNAME;
        private String password = DEFAULT_PASSWORD;

        private Builder() {
        }

        /** The loopback port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The address to listen on, loopback by default. Only the standalone simulator offers another one (a
         * container's 0.0.0.0), since any other lets other hosts reach it.
         */
        Builder bind(InetAddress address) {
            this.bind = Objects.requireNonNull(address, "address");
            return this;
        }

        /** How long a session lives after its login, however busy (the panel's 1800 s by default). */
        public Builder sessionLifetime(Duration sessionLifetime) {
            this.sessionLifetime = requirePositive(sessionLifetime, "sessionLifetime");
            return this;
        }

        /**
         * The clock for session expiry, the lockout window and the date in DNS serials: a test clock expires sessions
         * without sleeping.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The lockout: after {@code threshold} failed logins or failed session lookups from one IP, each within
         * {@code window} of the previous one, the IP is refused until {@code window} has passed since the last
         * failure (the panel: 10 and 5 minutes; its lockout lasts as long as its window).
         */
        public Builder lockout(int threshold, Duration window) {
            if (threshold < 1) {
                throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
            }
            this.lockoutThreshold = threshold;
            this.lockoutWindow = requirePositive(window, "window");
            return this;
        }

        /** The default remote user's credentials. */
        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** Starts the simulator. */
        public IspConfigSimulator start() {
            return new IspConfigSimulator(this);
        }

        private static Duration requirePositive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
            return duration;
        }
    }
}
