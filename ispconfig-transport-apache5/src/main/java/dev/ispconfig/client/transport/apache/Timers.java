package dev.ispconfig.client.transport.apache;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One daemon thread per transport that aborts exchanges past their time, started on first use. Its tasks never block
 * (an abort resets a socket), so one stuck exchange cannot hold back another's timeout.
 */
final class Timers {

    private @Nullable ScheduledThreadPoolExecutor executor;

    synchronized ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        if (executor == null) {
            executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "ispconfig-apache5-timeouts");
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
        }
        return executor.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    }

    synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
