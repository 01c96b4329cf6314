package dev.ispconfig.client.transport.apache;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.apache.hc.core5.concurrent.Cancellable;
import org.jspecify.annotations.Nullable;

/**
 * The timers of one exchange, which cancel its request (HttpClient then resets the connection): the call timeout, and
 * the watch on a request body that the panel stops taking, which socket timeouts do not bound (they bound reads only).
 */
final class Abort {

    private final Cancellable request;
    private final Timers timers;
    private final long stallNanos;
    private Duration callTimeout = Duration.ZERO;
    private volatile boolean callTimedOut;
    private volatile boolean stalled;
    private volatile long progressNanos;
    private volatile boolean writing;
    private @Nullable ScheduledFuture<?> callTimer;
    private @Nullable ScheduledFuture<?> stallTimer;

    Abort(Cancellable request, Timers timers, Duration readTimeout) {
        this.request = request;
        this.timers = timers;
        this.stallNanos = readTimeout.toNanos();
    }

    /** Cancels the exchange once {@code timeout} has passed; zero: never. */
    synchronized void after(Duration timeout) {
        this.callTimeout = timeout;
        if (!timeout.isZero()) {
            callTimer = timers.schedule(() -> {
                callTimedOut = true;
                request.cancel();
            }, timeout.toNanos());
        }
    }

    /** The request body starts going out: from now on, a silence of a read timeout without progress aborts it. */
    synchronized void writing() {
        writing = true;
        progressNanos = System.nanoTime();
        stallTimer = timers.schedule(this::checkProgress, stallNanos);
    }

    void progressed() {
        progressNanos = System.nanoTime();
    }

    synchronized void written() {
        writing = false;
        cancel(stallTimer);
    }

    private synchronized void checkProgress() {
        if (!writing) {
            return;
        }
        long idle = System.nanoTime() - progressNanos;
        if (idle >= stallNanos) {
            stalled = true;
            request.cancel();
        } else {
            stallTimer = timers.schedule(this::checkProgress, stallNanos - idle);
        }
    }

    /** The exchange is over: no timer may fire on the connection, which may now serve another call. */
    synchronized void disarm() {
        writing = false;
        cancel(callTimer);
        cancel(stallTimer);
    }

    boolean callTimedOut() {
        return callTimedOut;
    }

    boolean stalled() {
        return stalled;
    }

    Duration callTimeout() {
        return callTimeout;
    }

    private static void cancel(@Nullable ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
