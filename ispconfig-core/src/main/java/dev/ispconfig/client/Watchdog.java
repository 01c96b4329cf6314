package dev.ispconfig.client;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Closes a socket when a blocking step overruns its time: what SO_TIMEOUT cannot bound (a write the panel never reads,
 * a TLS handshake trickled a byte at a time). One daemon thread for all clients; steps that finish cancel their timer.
 */
final class Watchdog implements AutoCloseable {

    private static final ScheduledThreadPoolExecutor TIMERS = timers();

    private final ScheduledFuture<?> timer;
    private volatile boolean fired;

    private Watchdog(Closeable target, long millis) {
        this.timer = TIMERS.schedule(() -> {
            fired = true;
            try {
                target.close();
            } catch (IOException ignored) {
                // the blocked step fails either way
            }
        }, millis, TimeUnit.MILLISECONDS);
    }

    /** Closes {@code target} after {@code millis} unless {@link #close()} came first. */
    static Watchdog closeAfter(Closeable target, long millis) {
        return new Watchdog(target, millis);
    }

    /** Whether the time ran out and the target was closed. */
    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        timer.cancel(false);
    }

    private static ScheduledThreadPoolExecutor timers() {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "ispconfig-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }
}
