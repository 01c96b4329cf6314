package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.api.ApiDrift;
import dev.ispconfig.client.api.ApiInventory;
import dev.ispconfig.client.exception.IspConfigException;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code ispconfig} health component: logs in if needed and calls {@code get_function_list}.
 *
 * <ul>
 *   <li>UP with {@code functions} (how many the panel offers), {@code inventory} (the release the SDK was generated
 *       from), {@code missing} (SDK methods the panel lacks), {@code extra} (panel methods the SDK does not know) and
 *       {@code responseTimeMs};</li>
 *   <li>UP with a {@code warning} when the login works but the remote user lacks the "Server functions" permission
 *       that {@code get_function_list} needs: the panel is reachable, only the drift is unknown;</li>
 *   <li>DOWN with {@code error} (the exception type), {@code message} (free of secrets: the client's messages never
 *       hold passwords or session ids) and, for faults, {@code faultCode}.</li>
 * </ul>
 *
 * A result is reused for the cache TTL, so frequent probes do not hammer the panel (or its lockout counter). The probe
 * makes one attempt, without the starter's retries.
 */
public class IspConfigHealthIndicator implements HealthIndicator {

    /** Names listed in {@code missing} and {@code extra} at most; the counts are always complete. */
    static final int MAX_LISTED = 20;

    private final IspConfigClient client;
    private final Duration cacheTtl;
    private final Clock clock;

    private final ReentrantLock probing = new ReentrantLock();
    private volatile @Nullable Health cached;
    private volatile Instant cachedUntil = Instant.MIN;

    public IspConfigHealthIndicator(IspConfigClient client, Duration cacheTtl) {
        this(client, cacheTtl, Clock.systemUTC());
    }

    IspConfigHealthIndicator(IspConfigClient client, Duration cacheTtl, Clock clock) {
        this.client = client;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    /**
     * The cached result while it is fresh; else one caller probes the panel while the others get the last result
     * (only the very first callers wait), so a slow panel never piles up health requests or scrapes.
     */
    @Override
    public Health health() {
        Health last = cached;
        if (last != null && clock.instant().isBefore(cachedUntil)) {
            return last;
        }
        if (last != null && !probing.tryLock()) {
            return last;
        }
        if (last == null) {
            probing.lock();
        }
        try {
            if (cached == null || !clock.instant().isBefore(cachedUntil)) {
                cached = probe();
                cachedUntil = clock.instant().plus(cacheTtl);
            }
            return cached;
        } finally {
            probing.unlock();
        }
    }

    private Health probe() {
        long started = System.nanoTime();
        try {
            List<String> functions = RetryInterceptor.withoutRetry(client::listFunctions);
            return drift(Health.up(), functions).withDetail("responseTimeMs", millisSince(started)).build();
        } catch (PermissionDeniedException e) {
            return Health.up()
                    .withDetail("warning", "logged in, but the remote user lacks the 'Server functions' permission"
                            + " (get_function_list), so the API drift is unknown")
                    .withDetail("inventory", ApiInventory.TAG)
                    .withDetail("responseTimeMs", millisSince(started))
                    .build();
        } catch (IspConfigException e) {
            Health.Builder down = Health.down()
                    .withDetail("error", e.getClass().getSimpleName())
                    .withDetail("message", String.valueOf(e.getMessage()));
            if (e instanceof IspConfigFaultException fault) {
                down.withDetail("faultCode", fault.faultCode());
            }
            if (e instanceof TransportException transport) {
                down.withDetail("reason", transport.reason().name());
            }
            return down.withDetail("responseTimeMs", millisSince(started)).build();
        }
    }

    private static Health.Builder drift(Health.Builder up, List<String> panel) {
        ApiDrift drift = ApiDrift.of(panel);
        return up.withDetail("functions", drift.functions())
                .withDetail("inventory", drift.inventoryTag())
                .withDetail("missing", listed(drift.missing()))
                .withDetail("missingCount", drift.missing().size())
                .withDetail("extra", listed(drift.extra()))
                .withDetail("extraCount", drift.extra().size());
    }

    private static List<String> listed(List<String> names) {
        return names.size() <= MAX_LISTED ? names : names.subList(0, MAX_LISTED);
    }

    private static long millisSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
