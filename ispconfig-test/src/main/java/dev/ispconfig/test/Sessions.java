package dev.ispconfig.test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The panel's {@code remote_session} and {@code attempts_login} tables: sessions expire a fixed
 * lifetime after login however busy they are, are bound to the caller's IP, and every failed login or failed
 * session lookup counts toward a per-IP limit; at the threshold the IP is locked out until {@code window} has passed
 * since its last failure. A successful login below the threshold clears the count.
 */
final class Sessions {

    /** One live session: who, with which grants, until when, from where. */
    record Session(String id, String user, Set<String> functions, boolean clientLogin, long clientId,
            Instant expires, String ip) {
    }

    private record Failures(int times, Instant last) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration lifetime;
    private final int threshold;
    private final Duration window;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    Sessions(Clock clock, Duration lifetime, int threshold, Duration window) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.threshold = threshold;
        this.window = window;
    }

    /** A new session id as the panel makes it: one lower-case letter and 40 hex digits. */
    Session open(String user, Set<String> functions, boolean clientLogin, long clientId, String ip) {
        byte[] random = new byte[20];
        RANDOM.nextBytes(random);
        String id = (char) ('a' + RANDOM.nextInt(26)) + HexFormat.of().formatHex(random);
        Session session = new Session(id, user, Set.copyOf(functions), clientLogin, clientId,
                clock.instant().plus(lifetime), ip);
        sessions.put(id, session);
        return session;
    }

    /** Login's purge of expired rows. */
    void purgeExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> s.expires().isBefore(now));
    }

    /** The live session, or null when unknown or past its expiry ({@code tstamp >= now} is still alive). */
    @Nullable Session find(String id) {
        Session session = sessions.get(id);
        return session == null || session.expires().isBefore(clock.instant()) ? null : session;
    }

    /** Ends the session; answers it, or null when there was none. */
    @Nullable Session remove(String id) {
        return sessions.remove(id);
    }

    void expireAll() {
        sessions.clear();
    }

    /** No sessions, no failed logins. */
    void reset() {
        sessions.clear();
        failures.clear();
    }

    int live() {
        Instant now = clock.instant();
        return (int) sessions.values().stream().filter(s -> !s.expires().isBefore(now)).count();
    }

    /** True when the IP has reached the threshold within the window. */
    boolean lockedOut(String ip) {
        return failureCount(ip) >= threshold;
    }

    /** The failures of the IP that still count (the last one within the window), as the panel's query sees them. */
    int failureCount(String ip) {
        Failures f = failures.get(ip);
        return f == null || !f.last().isAfter(clock.instant().minus(window)) ? 0 : f.times();
    }

    void recordFailure(String ip) {
        Instant now = clock.instant();
        failures.compute(ip, (k, f) -> f == null || !f.last().isAfter(now.minus(window))
                ? new Failures(1, now) : new Failures(f.times() + 1, now));
    }

    void clearFailures(String ip) {
        failures.remove(ip);
    }

    void lockOut(String ip) {
        failures.put(ip, new Failures(threshold, clock.instant()));
    }
}
