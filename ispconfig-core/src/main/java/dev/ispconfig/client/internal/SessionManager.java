package dev.ispconfig.client.internal;

import dev.ispconfig.client.LoginReason;
import dev.ispconfig.client.exception.AuthenticationException;
import dev.ispconfig.client.exception.ClientClosedException;
import dev.ispconfig.client.exception.IspConfigException;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.LockedOutException;
import dev.ispconfig.client.exception.MaintenanceModeException;
import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.client.exception.UnexpectedResultException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The live session of one credential, shared by every thread (the README's "Sessions").
 *
 * <ul>
 *   <li>Logs in lazily, and again before {@code maxAge} has passed: the panel kills every session 1800 s after its
 *       login however busy it is.</li>
 *   <li>Logins are single-flight in work and in outcome: one thread logs in while the others wait for that login and
 *       share its result, its session or (each as a fresh exception of its own) its failure.</li>
 *   <li>{@link #renew} replaces a session the panel declared dead, once, however many threads found out at the same
 *       time.</li>
 *   <li>A failed login is remembered for a cool-down and answered from memory meanwhile: a refused one (every failed
 *       login counts toward the panel's per-IP lockout of 10 in 5 minutes), a lockout (5 minutes), and one that could
 *       not reach the panel (a hung or dead panel then costs one attempt per cool-down, not one per caller).</li>
 *   <li>No network I/O and no listener call under the lock; the login runs outside it, waiters wait on its future.</li>
 *   <li>{@link #close} takes effect at once: new and waiting callers fail with {@link ClientClosedException}; a
 *       session is logged out when its last call in flight has finished, so no call runs on a session logged out
 *       under it.</li>
 *   <li>Ages and cool-downs are measured on a monotonic clock: a wall clock stepped back changes nothing.</li>
 * </ul>
 */
public final class SessionManager {

    private static final System.Logger LOG = System.getLogger("dev.ispconfig.client.session");
    /** The panel's lockout lasts 5 minutes: asking again earlier only prolongs it. */
    private static final Duration LOCKOUT_COOL_DOWN = Duration.ofMinutes(5);

    private final Credentials credentials;
    private final SoapExchange exchange;
    private final LongSupplier nanoTime;
    private final long maxAgeNanos;
    private final Duration refusedCoolDown;
    private final Duration unreachableCoolDown;
    private final Listeners listeners;
    private final Object lock = new Object();

    private volatile @Nullable Session current;
    /** The login in flight, which other threads wait for; guarded by {@link #lock}. */
    private @Nullable CompletableFuture<Session> login;
    /** The last failed login while it is answered from memory; guarded by {@link #lock}. */
    private @Nullable Failure lastFailure;
    private volatile boolean closed;

    /**
     * @param nanoTime a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests
     * @param refusedCoolDown how long a refused login is answered from memory
     * @param unreachableCoolDown how long a login that could not reach the panel is answered from memory
     */
    public SessionManager(Credentials credentials, SoapExchange exchange, LongSupplier nanoTime, Duration maxAge,
            Duration refusedCoolDown, Duration unreachableCoolDown, Listeners listeners) {
        this.credentials = credentials;
        this.exchange = exchange;
        this.nanoTime = nanoTime;
        this.maxAgeNanos = maxAge.toNanos();
        this.refusedCoolDown = refusedCoolDown;
        this.unreachableCoolDown = unreachableCoolDown;
        this.listeners = listeners;
    }

    /** A lease on a live session, logging in first when there is none or it is too old. */
    public Lease acquire() {
        while (true) {
            Session session = current;
            if (session == null || !usable(session)) {
                session = replace(session);
            }
            Lease lease = session.lease();
            if (lease != null) {
                return lease;
            }
            // retired between the read and the lease: take the one that replaced it
        }
    }

    /**
     * The panel said {@code stale}'s session no longer exists: log in again unless another thread already did, and
     * return a lease on the session to retry with. {@code stale} is released.
     */
    public Lease renew(Lease stale) {
        stale.session.dead = true;
        stale.close();
        while (true) {
            Lease lease = replace(stale.session).lease();
            if (lease != null) {
                return lease;
            }
        }
    }

    /**
     * Refuses new calls at once and wakes those waiting for a login; the session is logged out once the calls in
     * flight have finished. Idempotent.
     *
     * @return done when that logout has been made (at once when there was no session)
     */
    public CompletableFuture<Void> close() {
        Session session;
        CompletableFuture<Session> flight;
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.completedFuture(null);
            }
            closed = true;
            session = current;
            current = null;
            flight = login;
        }
        if (flight != null) { // its waiters fail now; its leader logs out what it may still get
            flight.completeExceptionally(closedException());
        }
        if (session == null) {
            return CompletableFuture.completedFuture(null);
        }
        session.retire();
        return session.gone;
    }

    /**
     * A session that replaces {@code seen} (null for none): the one another thread made meanwhile, the outcome of the
     * login in flight, or of a login this thread makes. Throws what that login threw, or a remembered failure.
     */
    private Session replace(@Nullable Session seen) {
        CompletableFuture<Session> flight;
        LoginReason reason = null;
        synchronized (lock) {
            if (closed) {
                throw closedException();
            }
            Session now = current;
            if (now != null && now != seen && usable(now)) {
                return now; // someone else logged in while this thread looked
            }
            flight = login;
            if (flight == null) {
                Failure failure = lastFailure;
                if (failure != null && nanoTime.getAsLong() - failure.untilNanos < 0) {
                    throw Failures.fresh(failure.error); // no attempt, so no step toward the lockout
                }
                reason = now == null ? LoginReason.INITIAL
                        : now.dead ? LoginReason.EXPIRY : LoginReason.PROACTIVE_REFRESH;
                flight = new CompletableFuture<>();
                login = flight;
            }
        }
        if (reason != null) {
            return lead(flight, reason);
        }
        return follow(flight);
    }

    /** Makes the login of {@code flight}, outside the lock, and settles its outcome for everyone waiting. */
    private Session lead(CompletableFuture<Session> flight, LoginReason reason) {
        long startedAt = nanoTime.getAsLong(); // before the request: the panel's 1800 s start a little later
        String id;
        try {
            id = login();
        } catch (IspConfigException e) {
            Failure remembered = coolDown(e);
            synchronized (lock) {
                login = null;
                lastFailure = remembered;
            }
            failed(e, remembered);
            flight.completeExceptionally(e);
            throw e; // the leader's own exception, with its own stack
        } catch (RuntimeException | Error e) { // a bug, not the panel: no cool-down, but nobody may wait forever
            synchronized (lock) {
                login = null;
            }
            flight.completeExceptionally(e);
            throw e;
        }
        Session fresh = new Session(id, startedAt);
        Session replaced = null;
        boolean closedMeanwhile;
        synchronized (lock) {
            login = null;
            closedMeanwhile = closed;
            if (!closedMeanwhile) {
                lastFailure = null;
                replaced = current;
                current = fresh;
            }
        }
        listeners.raise(listener -> listener.loggedIn(reason));
        if (closedMeanwhile) {
            logout(fresh); // nobody will use it
            ClientClosedException closedNow = closedException();
            flight.completeExceptionally(closedNow);
            throw closedNow;
        }
        LOG.log(Level.DEBUG, () -> "logged in to ISPConfig as " + credentials + " (" + reason + ")");
        if (replaced != null) {
            replaced.retire(); // logged out once its calls in flight are done; a dead one is just dropped
        }
        flight.complete(fresh);
        return fresh;
    }

    /** Waits for another thread's login and shares its outcome; a failure as a fresh exception of this caller's. */
    private Session follow(CompletableFuture<Session> flight) {
        try {
            return flight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Reason.REQUEST_FAILED, 0,
                    "interrupted while waiting for another thread's login to ISPConfig", e, false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IspConfigException failure) {
                throw Failures.fresh(failure);
            }
            throw new IllegalStateException("the login to ISPConfig failed", cause);
        }
    }

    private String login() {
        List<Object> arguments = credentials.clientLogin()
                ? List.of(credentials.username(), credentials.password(), Boolean.TRUE)
                : List.of(credentials.username(), credentials.password());
        Object result = exchange.call("login", arguments);
        if (!(result instanceof String id) || id.isEmpty()) {
            throw new UnexpectedResultException("the panel's login answered without a session id");
        }
        return id;
    }

    /** How long a login failure is remembered, by what it says of the panel; null: not at all. */
    private @Nullable Failure coolDown(IspConfigException failure) {
        Duration coolDown;
        if (failure instanceof AuthenticationException) {
            coolDown = refusedCoolDown;
        } else if (failure instanceof LockedOutException) {
            coolDown = LOCKOUT_COOL_DOWN;
        } else if (failure instanceof TransportException || failure instanceof MaintenanceModeException) {
            coolDown = unreachableCoolDown;
        } else {
            return null;
        }
        return coolDown.isZero() ? null : new Failure(failure, nanoTime.getAsLong() + coolDown.toNanos(), coolDown);
    }

    /** The log line an operator acts on, and the listeners' event. Never the password. */
    private void failed(IspConfigException failure, @Nullable Failure remembered) {
        String memory = remembered == null ? "" : "; answered from memory for the next " + remembered.coolDown;
        if (failure instanceof IspConfigFaultException fault) {
            LOG.log(Level.WARNING, "ISPConfig refused the login of " + credentials + " (" + fault.faultCode() + ")"
                    + memory);
        } else if (failure instanceof TransportException) {
            LOG.log(Level.WARNING, "the login of " + credentials + " did not reach ISPConfig: " + failure.getMessage()
                    + memory);
        } else {
            LOG.log(Level.WARNING, "the login of " + credentials + " to ISPConfig failed: " + failure.getMessage());
        }
        listeners.raise(listener -> listener.loginFailed(failure));
    }

    private boolean usable(Session session) {
        return !session.dead && nanoTime.getAsLong() - session.loggedInAt < maxAgeNanos;
    }

    private ClientClosedException closedException() {
        return new ClientClosedException("the ISPConfig client of " + credentials + " is closed");
    }

    private void logout(Session session) {
        try {
            exchange.call("logout", List.of(session.id));
            LOG.log(Level.DEBUG, () -> "logged out of ISPConfig as " + credentials);
        } catch (IspConfigException e) {
            // The session dies by itself at the latest 1800 s after login; a failed logout only delays that.
            LOG.log(Level.DEBUG, () -> "logout of ISPConfig as " + credentials + " failed: " + e.getMessage());
        }
        listeners.raise(listener -> listener.loggedOut());
    }

    /** A failed login and until when (monotonic nanoseconds) it is answered without asking the panel. */
    private record Failure(IspConfigException error, long untilNanos, Duration coolDown) {
    }

    /** One panel session. Counts its calls in flight so that its logout waits for them. */
    private final class Session {

        final String id;
        final long loggedInAt;
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicBoolean loggedOut = new AtomicBoolean();
        /** Completed once the session was logged out (or dropped, when the panel had killed it). */
        final CompletableFuture<Void> gone = new CompletableFuture<>();
        volatile boolean retired;
        volatile boolean dead;

        Session(String id, long loggedInAt) {
            this.id = id;
            this.loggedInAt = loggedInAt;
        }

        /** A lease, or null when the session was retired meanwhile. */
        @Nullable Lease lease() {
            inFlight.incrementAndGet();
            if (retired) {
                release();
                return null;
            }
            return new Lease(this);
        }

        void release() {
            if (inFlight.decrementAndGet() == 0 && retired) {
                logoutOnce();
            }
        }

        void retire() {
            retired = true;
            if (inFlight.get() == 0) {
                logoutOnce();
            }
        }

        private void logoutOnce() {
            if (loggedOut.compareAndSet(false, true)) {
                try {
                    if (dead) {
                        listeners.raise(listener -> listener.sessionDropped());
                    } else {
                        logout(this);
                    }
                } finally {
                    gone.complete(null);
                }
            }
        }

        @Override
        public String toString() {
            return "Session[" + credentials + "]"; // never the id
        }
    }

    /** The right to use a session for one call; close it when the call is done. */
    public final class Lease implements AutoCloseable {

        private final Session session;
        private final AtomicBoolean released = new AtomicBoolean();

        private Lease(Session session) {
            this.session = session;
        }

        public String sessionId() {
            return session.id;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                session.release();
            }
        }

        @Override
        public String toString() {
            return "Lease[" + credentials + "]";
        }
    }
}
