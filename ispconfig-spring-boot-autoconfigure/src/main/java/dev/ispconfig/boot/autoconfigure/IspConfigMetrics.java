package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.LoginReason;
import dev.ispconfig.client.SessionListener;
import dev.ispconfig.client.api.ApiInventory;
import dev.ispconfig.client.exception.IspConfigException;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.Retryable;

/**
 * The session and retry metrics of the ISPConfig client. Counts from the first event, also before a registry is
 * bound; every tag value comes from a small fixed set.
 *
 * <ul>
 *   <li>{@code ispconfig.client.sessions.live} (gauge): sessions logged in and neither logged out nor found dead;</li>
 *   <li>{@code ispconfig.client.logins} (counter), tag {@code reason}: {@code initial}, {@code proactive_refresh},
 *       {@code expiry};</li>
 *   <li>{@code ispconfig.client.login.failures} (counter), tag {@code exception};</li>
 *   <li>{@code ispconfig.client.sessions.expired} (counter): calls that met a session the panel had killed;</li>
 *   <li>{@code ispconfig.client.retries} (counter), tag {@code method}: attempts repeated by the retry policy.</li>
 * </ul>
 */
public final class IspConfigMetrics implements MeterBinder, SessionListener, IspConfigRetryListener,
        PanelScoped<SessionListener> {

    static final String LIVE = "ispconfig.client.sessions.live";
    static final String LOGINS = "ispconfig.client.logins";
    static final String LOGIN_FAILURES = "ispconfig.client.login.failures";
    static final String EXPIRED = "ispconfig.client.sessions.expired";
    static final String RETRIES = "ispconfig.client.retries";

    private final AtomicInteger live = new AtomicInteger();
    private final Map<LoginReason, LongAdder> logins = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> loginFailures = new ConcurrentHashMap<>();
    private final LongAdder expired = new LongAdder();
    private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();
    private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
    /** The metrics of each of several panels, by name: one instance per panel, for its sessions and retries. */
    private final Map<String, IspConfigMetrics> panels = new ConcurrentHashMap<>();

    private final Tags tags;

    public IspConfigMetrics() {
        this(Tags.empty());
    }

    /** For one of several panels: every meter carries {@code tags} (the starter's {@code panel}). */
    public IspConfigMetrics(Iterable<Tag> tags) {
        this.tags = Tags.of(tags);
        for (LoginReason reason : LoginReason.values()) {
            logins.put(reason, new LongAdder());
        }
    }

    /** Synchronized with {@link #counter}, so a meter created while a registry is bound reaches that registry. */
    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        registries.add(registry);
        panels.values().forEach(panel -> panel.bindTo(registry));
        Gauge.builder(LIVE, live, AtomicInteger::get)
                .description("ISPConfig sessions logged in and not yet logged out or expired")
                .tags(tags).register(registry);
        logins.forEach((reason, count) -> FunctionCounter.builder(LOGINS, count, LongAdder::sum)
                .description("Logins to the ISPConfig panel, by reason")
                .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                .tags(tags).register(registry));
        FunctionCounter.builder(EXPIRED, expired, LongAdder::sum)
                .description("ISPConfig calls that met a session the panel had killed (each is retried once)")
                .tags(tags).register(registry);
        loginFailures.forEach((type, count) -> registerLoginFailures(registry, type, count));
        retries.forEach((method, count) -> registerRetries(registry, method, count));
    }

    /**
     * The session and retry metrics of one of several panels: the same meters with a {@code panel} tag, bound wherever
     * these are. The same instance for the same panel.
     */
    @Override
    public synchronized IspConfigMetrics forPanel(String panel) {
        IspConfigMetrics existing = panels.get(panel);
        if (existing != null) {
            return existing;
        }
        IspConfigMetrics metrics = new IspConfigMetrics(tags.and("panel", panel));
        panels.put(panel, metrics);
        registries.forEach(metrics::bindTo);
        return metrics;
    }

    @Override
    public void loggedIn(LoginReason reason) {
        live.incrementAndGet();
        Objects.requireNonNull(logins.get(reason), "every reason has its counter").increment();
    }

    @Override
    public void loggedOut() {
        live.decrementAndGet();
    }

    @Override
    public void sessionDropped() {
        live.decrementAndGet();
    }

    @Override
    public void sessionExpired(String method) {
        expired.increment();
    }

    @Override
    public void loginFailed(IspConfigException failure) {
        counter(loginFailures, failure.getClass().getSimpleName(), this::registerLoginFailures)
                .increment();
    }

    @Override
    public void beforeRetry(RetryPolicy retryPolicy, Retryable<?> retryable) {
        String name = retryable.getName();
        String method = ApiInventory.method(name).isPresent() ? name : DefaultIspConfigObservationConvention.UNKNOWN;
        counter(retries, method, this::registerRetries).increment();
    }

    /** The count for {@code key}, created and registered with every bound registry on first use. */
    private LongAdder counter(Map<String, LongAdder> counts, String key, Registration registration) {
        LongAdder count = counts.get(key);
        if (count != null) {
            return count;
        }
        synchronized (this) {
            return counts.computeIfAbsent(key, name -> {
                LongAdder created = new LongAdder();
                registries.forEach(registry -> registration.register(registry, name, created));
                return created;
            });
        }
    }

    @FunctionalInterface
    private interface Registration {

        void register(MeterRegistry registry, String tag, LongAdder count);
    }

    /** Sessions alive now. */
    public int liveSessions() {
        return live.get();
    }

    private void registerLoginFailures(MeterRegistry registry, String type, LongAdder count) {
        FunctionCounter.builder(LOGIN_FAILURES, count, LongAdder::sum)
                .description("Refused or failed logins to the ISPConfig panel")
                .tag("exception", type)
                .tags(tags).register(registry);
    }

    private void registerRetries(MeterRegistry registry, String method, LongAdder count) {
        FunctionCounter.builder(RETRIES, count, LongAdder::sum)
                .description("ISPConfig calls repeated by the retry policy")
                .tag("method", method)
                .tags(tags).register(registry);
    }
}
