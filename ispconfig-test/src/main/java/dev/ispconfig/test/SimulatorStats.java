package dev.ispconfig.test;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/** Counters of what the simulator has seen, for reliability tests. Thread-safe; {@link #reset()} zeroes them. */
public final class SimulatorStats {

    private final LongAdder logins = new LongAdder();
    private final LongAdder failedLogins = new LongAdder();
    private final LongAdder logouts = new LongAdder();
    private final LongAdder deadSessionCalls = new LongAdder();
    private final LongAdder deadSessionLogouts = new LongAdder();
    private final LongAdder requests = new LongAdder();
    private final LongAdder connections = new LongAdder();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final IntSupplier liveSessions;
    private final ToIntFunction<String> failureCount;

    SimulatorStats(IntSupplier liveSessions, ToIntFunction<String> failureCount) {
        this.liveSessions = liveSessions;
        this.failureCount = failureCount;
    }

    /** Successful logins. */
    public int logins() {
        return logins.intValue();
    }

    /** Refused logins (wrong credentials, lockout). */
    public int failedLogins() {
        return failedLogins.intValue();
    }

    /** Logouts that ended a live session. */
    public int logouts() {
        return logouts.intValue();
    }

    /** Logouts of an id that was unknown, expired or already logged out (the panel still answers true). */
    public int deadSessionLogouts() {
        return deadSessionLogouts.intValue();
    }

    /** Sessions alive now. */
    public int liveSessions() {
        return liveSessions.getAsInt();
    }

    /** Calls made with a session id that was unknown, expired or logged out ({@code session_does_not_exist}). */
    public int deadSessionCalls() {
        return deadSessionCalls.intValue();
    }

    /** Calls of one method that reached the panel's dispatcher, login and logout included. */
    public int calls(String method) {
        LongAdder n = calls.get(method);
        return n == null ? 0 : n.intValue();
    }

    /** Calls per method, sorted by name. */
    public Map<String, Integer> callsPerMethod() {
        Map<String, Integer> copy = new TreeMap<>();
        calls.forEach((method, n) -> copy.put(method, n.intValue()));
        return copy;
    }

    /** HTTP requests received (including those answered by an injected fault). */
    public int requests() {
        return requests.intValue();
    }

    /** TCP connections accepted. */
    public int connections() {
        return connections.intValue();
    }

    /** The most requests that were being answered at the same time. */
    public int maxConcurrentRequests() {
        return maxConcurrent.get();
    }

    /** The failures that currently count toward the lockout of an IP (loopback: "127.0.0.1"). */
    public int failureCount(String ip) {
        return failureCount.applyAsInt(ip);
    }

    /** Zeroes every counter (sessions and failure counts are state, not counters, and stay). */
    public void reset() {
        logins.reset();
        failedLogins.reset();
        logouts.reset();
        deadSessionCalls.reset();
        deadSessionLogouts.reset();
        requests.reset();
        connections.reset();
        calls.clear();
        maxConcurrent.set(inFlight.get());
    }

    void login() {
        logins.increment();
    }

    void failedLogin() {
        failedLogins.increment();
    }

    void logout() {
        logouts.increment();
    }

    void logoutOfDeadSession() {
        deadSessionLogouts.increment();
    }

    void deadSessionCall() {
        deadSessionCalls.increment();
    }

    void called(String method) {
        calls.computeIfAbsent(method, m -> new LongAdder()).increment();
    }

    void connectionOpened() {
        connections.increment();
    }

    void requestStarted() {
        requests.increment();
        int now = inFlight.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
    }

    void requestFinished() {
        inFlight.decrementAndGet();
    }

    @Override
    public String toString() {
        return "SimulatorStats[logins=" + logins() + ", failedLogins=" + failedLogins() + ", logouts=" + logouts()
                + ", liveSessions=" + liveSessions() + ", deadSessionCalls=" + deadSessionCalls() + ", requests="
                + requests() + ", maxConcurrentRequests=" + maxConcurrentRequests() + "]";
    }
}
