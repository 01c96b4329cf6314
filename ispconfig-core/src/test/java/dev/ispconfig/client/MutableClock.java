package dev.ispconfig.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand: a wall clock, and a monotonic one in nanoseconds ({@link #nanoTime}, for the client's
 * {@code nanoClock}) that {@link #advance} moves too and {@link #stepWallClock} leaves alone.
 */
final class MutableClock extends Clock {

    private volatile Instant now = Instant.parse("2026-11-28T04:00:00Z");
    private volatile long nanos = 1_000_000_000L;

    void advance(Duration duration) {
        now = now.plus(duration);
        nanos += duration.toNanos();
    }

    /** Moves the wall clock only, as an NTP step or an admin does; monotonic time goes on unaffected. */
    void stepWallClock(Duration step) {
        now = now.plus(step);
    }

    long nanoTime() {
        return nanos;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
