package dev.ispconfig.client.transport;

import java.time.Duration;

/** The end of a call timeout on the monotonic clock, or none. */
final class Deadline {

    private static final Deadline NONE = new Deadline(Duration.ZERO, 0);

    private final Duration timeout;
    private final long endNanos;

    private Deadline(Duration timeout, long endNanos) {
        this.timeout = timeout;
        this.endNanos = endNanos;
    }

    /** @param timeout zero for none */
    static Deadline start(Duration timeout) {
        return timeout.isZero() ? NONE : new Deadline(timeout, System.nanoTime() + timeout.toNanos());
    }

    Duration timeout() {
        return timeout;
    }

    /** {@code wait}, or less when the deadline comes first (at least a nanosecond). */
    Duration cap(Duration wait) {
        if (this == NONE) {
            return wait;
        }
        return Duration.ofNanos(Math.max(1, Math.min(wait.toNanos(), endNanos - System.nanoTime())));
    }

    /** Nanoseconds to wait at most, for {@code wait} capped by the deadline (at least 1). */
    long capNanos(long waitNanos) {
        return this == NONE ? waitNanos : Math.max(1, Math.min(waitNanos, endNanos - System.nanoTime()));
    }

    boolean passed() {
        return this != NONE && System.nanoTime() - endNanos >= 0;
    }
}
