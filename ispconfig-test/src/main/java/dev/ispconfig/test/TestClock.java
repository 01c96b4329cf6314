package dev.ispconfig.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/**
 * A clock a test moves by hand, for the simulator ({@code IspConfigSimulator.builder().clock(clock)}: its sessions'
 * absolute expiry, its lockout window) and for the client ({@code IspConfigClient.builder().nanoClock(clock)}: session
 * age and login cool-downs, which the client measures on a monotonic clock). {@link #advance} moves both;
 * {@link #stepWallClock} moves the wall clock alone, as an NTP step does.
 */
public final class TestClock extends Clock implements LongSupplier {

    private volatile Instant now;
    private volatile long nanos = 1_000_000_000L;

    /** Starting at 2026-01-01T00:00:00Z. */
    public TestClock() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public TestClock(Instant start) {
        this.now = start;
    }

    /** Lets {@code duration} pass, on the wall clock and the monotonic one. */
    public void advance(Duration duration) {
        now = now.plus(duration);
        nanos += duration.toNanos();
    }

    /** Moves the wall clock only; monotonic time goes on as if nothing happened. */
    public void stepWallClock(Duration step) {
        now = now.plus(step);
    }

    /** The monotonic time in nanoseconds, like {@link System#nanoTime()}. */
    @Override
    public long getAsLong() {
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
