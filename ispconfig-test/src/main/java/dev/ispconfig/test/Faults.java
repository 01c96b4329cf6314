package dev.ispconfig.test;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Fault injection: what the simulator does instead of (or before) answering. Choose which calls with
 * {@link #next(int)}, {@link #forMethod(String)} or {@link #always()}, then the fault:
 *
 * <pre>{@code
 * sim.faults().next(3).httpError500Html();
 * sim.faults().forMethod("sites_web_domain_get").latency(Duration.ofMillis(200));
 * sim.faults().forMethod("dns_a_add").next(1).dropConnection();
 * sim.faults().expireAllSessions();
 * }</pre>
 *
 * Rules are tried in the order they were added; the first that matches a request takes it (and uses up one of its
 * calls). Latency delays the answer and lets later rules apply too.
 */
public final class Faults {

    /** What an injected fault does. */
    enum Kind {
        LATENCY, HTTP_500_HTML, API_DISABLED, TRUNCATED_XML, MALFORMED_XML, DROP_CONNECTION
    }

    /** One armed rule. */
    static final class Rule {
        /** Null: any method. */
        final @Nullable String method;
        final AtomicInteger remaining;
        final Kind kind;
        final @Nullable Duration latency;

        Rule(@Nullable String method, int remaining, Kind kind, @Nullable Duration latency) {
            this.method = method;
            this.remaining = new AtomicInteger(remaining);
            this.kind = kind;
            this.latency = latency;
        }

        boolean matches(@Nullable String calledMethod) {
            return method == null || method.equals(calledMethod);
        }

        /** Takes one use; false when none is left. Negative means unlimited. */
        boolean take() {
            while (true) {
                int n = remaining.get();
                if (n == 0) {
                    return false;
                }
                if (n < 0 || remaining.compareAndSet(n, n - 1)) {
                    return true;
                }
            }
        }
    }

    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Sessions sessions;
    private final String loopback;

    Faults(Sessions sessions, String loopback) {
        this.sessions = sessions;
        this.loopback = loopback;
    }

    /** The next {@code calls} requests, whatever their method. */
    public Trigger next(int calls) {
        return new Trigger(null, positive(calls));
    }

    /** Every call of the method until {@link #clear()}; narrow with {@link Trigger#next(int)}. */
    public Trigger forMethod(String method) {
        return new Trigger(Objects.requireNonNull(method, "method"), -1);
    }

    /** Every request until {@link #clear()}. */
    public Trigger always() {
        return new Trigger(null, -1);
    }

    /** Ends every session now, as the panel's absolute expiry does; the next call answers session_does_not_exist. */
    public void expireAllSessions() {
        sessions.expireAll();
    }

    /**
     * Puts the loopback IP at the failure threshold, as ten failed logins would: logins answer
     * {@code login_failure_limit} and session calls {@code session_failure_limit} until the window has passed.
     */
    public void lockOut() {
        lockOut(loopback);
    }

    /** The same for the client at {@code ip}: one reaching a simulator bound to another address than loopback. */
    public void lockOut(String ip) {
        sessions.lockOut(Objects.requireNonNull(ip, "ip"));
    }

    /** Forgets the loopback IP's failures (the panel forgets them on a successful login below the threshold). */
    public void clearLockout() {
        clearLockout(loopback);
    }

    /** Forgets the failures of the client at {@code ip}. */
    public void clearLockout(String ip) {
        sessions.clearFailures(Objects.requireNonNull(ip, "ip"));
    }

    /** Disarms every rule. */
    public void clear() {
        rules.clear();
    }

    /** The first rule that takes this request and replaces its answer, applying latency rules on the way. */
    @Nullable Rule take(@Nullable String method) throws InterruptedException {
        for (Rule rule : rules) {
            if (rule.matches(method) && rule.remaining.get() != 0 && rule.take()) {
                if (rule.kind != Kind.LATENCY) {
                    return rule;
                }
                Duration latency = rule.latency;
                Thread.sleep(latency == null ? 0 : latency.toMillis());
            }
        }
        rules.removeIf(r -> r.remaining.get() == 0);
        return null;
    }

    private static int positive(int calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be at least 1: " + calls);
        }
        return calls;
    }

    /** Which calls a fault applies to; finish with the fault itself. */
    public final class Trigger {

        /** Null: any method. */
        private final @Nullable String method;
        private final int calls;

        Trigger(@Nullable String method, int calls) {
            this.method = method;
            this.calls = calls;
        }

        /** Only the next {@code n} of the selected calls. */
        public Trigger next(int n) {
            return new Trigger(method, positive(n));
        }

        /** Only calls of this method. */
        public Trigger forMethod(String name) {
            return new Trigger(Objects.requireNonNull(name, "name"), calls);
        }

        /** Delays the answer (which is otherwise normal). */
        public void latency(Duration delay) {
            add(Kind.LATENCY, Objects.requireNonNull(delay, "delay"));
        }

        /** HTTP 500 with an HTML error page instead of SOAP; the call is not run. */
        public void httpError500Html() {
            add(Kind.HTTP_500_HTML, null);
        }

        /** HTTP 200 with the plain text "Remote API is disabled in security settings."; the call is not run. */
        public void apiDisabled() {
            add(Kind.API_DISABLED, null);
        }

        /** The call runs, then its SOAP answer is cut inside its return element (with a matching Content-Length). */
        public void truncatedXml() {
            add(Kind.TRUNCATED_XML, null);
        }

        /** HTTP 200 text/xml whose body is not well-formed XML; the call is not run. */
        public void malformedXml() {
            add(Kind.MALFORMED_XML, null);
        }

        /** The connection is closed after the request was read, without an answer; the call is not run. */
        public void dropConnection() {
            add(Kind.DROP_CONNECTION, null);
        }

        private void add(Kind kind, @Nullable Duration latency) {
            rules.add(new Rule(method, calls, kind, latency));
        }
    }
}
