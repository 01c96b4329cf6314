package dev.ispconfig.client.internal;

import dev.ispconfig.client.LoginReason;
import dev.ispconfig.client.SessionListener;
import dev.ispconfig.client.exception.AuthenticationException;
import dev.ispconfig.client.exception.IspConfigException;
import dev.ispconfig.client.exception.LockedOutException;
import dev.ispconfig.client.exception.UnexpectedResultException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The live session of one credential, shared by every thread (the README's "Sessions").
 *
 * <ul>
 *   <li>Logs in lazily, and again before {@code maxAge} has passed: the panel kills every session 1800 s after its
 *       login however busy it is.</li>
 *   <li>Logins are single-flight: one thread logs in while the others wait for it and then share its session.</li>
 *   <li>{@link #renew} replaces a session the panel declared dead, once, however many threads found out at the same
 *       time.</li>
 *   <li>After a refused login it fails fast for a cool-down instead of trying again: every failed login counts toward
 *       the panel's per-IP lockout (10 in 5 minutes).</li>
 *   <li>A replaced or closed session is logged out when its last in-flight call has finished, so no call ever runs on
 *       a session that was logged out under it.</li>
 * </ul>
 */
public final class SessionManager {

    private static final System.Logger LOG = System.getLogger("dev.ispconfig.client.session");
    /** The panel's lockout lasts 5 minutes: asking again earlier only prolongs it. */
    private static final Duration LOCKOUT_COOL_DOWN = Duration.ofMinutes(5);

    private final Credentials credentials;
    private final SoapExchange exchange;
    private final Clock clock;
    private final Duration maxAge;
    private final Duration authFailureCoolDown;
    private final SessionListener listener;
    private final ReentrantLock loginLock = new ReentrantLock();

    private volatile Session current;
    private volatile Failure lastFailure;
    private volatile boolean closed;

    public SessionManager(Credentials credentials, SoapExchange exchange, Clock clock, Duration maxAge,
            Duration authFailureCoolDown, SessionListener listener) {
        this.credentials = credentials;
        this.exchange = exchange;
        this.clock = clock;
        this.maxAge = maxAge;
        this.authFailureCoolDown = authFailureCoolDown;
        this.listener = listener;
    }

    /** A lease on a live session, logging in first when there is none or it is too old. */
    public Lease acquire() {
        while (true) {
            Session session = current;
            if (session == null || session.dead || isTooOld(session)) {
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
            Session session = replace(stale.session);
            Lease lease = session.lease();
            if (lease != null) {
                return lease;
            }
        }
    }

    /**
     * Stops new calls and logs the session out once the calls in flight have finished. Idempotent.
     *
     * @return done when that logout has been made (at once when there was no session)
     */
    public CompletableFuture<Void> close() {
        Session session;
        loginLock.lock();
        try {
            closed = true;
            session = current;
            current = null;
        } finally {
            loginLock.unlock();
        }
        if (session == null) {
            return CompletableFuture.completedFuture(null);
        }
        session.retire();
        return session.gone;
    }

    /**
     * Replaces {@code seen} (null for none) with a new session, unless another thread replaced it meanwhile; then
     * returns that one. Single-flight: the lock admits one login at a time and later threads reuse its result.
     */
    private Session replace(Session seen) {
        loginLock.lock();
        try {
            if (closed) {
                throw new Closed();
            }
            Session session = current;
            if (session != null && session != seen && !session.dead && !isTooOld(session)) {
                return session; // someone else logged in while this thread waited
            }
            Failure failure = lastFailure;
            if (failure != null && clock.instant().isBefore(failure.until)) {
                throw failure.error; // fail fast: no login attempt, so no step toward the lockout
            }
            LoginReason reason = session == null ? LoginReason.INITIAL
                    : session.dead ? LoginReason.EXPIRY : LoginReason.PROACTIVE_REFRESH;
            Session fresh = login(reason);
            current = fresh;
            if (session != null) {
                session.retire(); // logged out once its calls in flight are done; a dead one is just dropped
            }
            return fresh;
        } finally {
            loginLock.unlock();
        }
    }

    private Session login(LoginReason reason) {
        List<Object> arguments = credentials.clientLogin()
                ? List.of(credentials.username(), credentials.password(), Boolean.TRUE)
                : List.of(credentials.username(), credentials.password());
        Instant startedAt = clock.instant(); // before the request: the panel's 1800 s start a little later
        Object result;
        try {
            result = exchange.call("login", arguments);
        } catch (AuthenticationException e) {
            lastFailure = new Failure(e, startedAt.plus(authFailureCoolDown));
            listener.loginFailed(e);
            throw e;
        } catch (LockedOutException e) {
            lastFailure = new Failure(e, startedAt.plus(LOCKOUT_COOL_DOWN));
            listener.loginFailed(e);
            throw e;
        } catch (IspConfigException e) {
            listener.loginFailed(e);
            throw e;
        }
        if (!(result instanceof String id) || id.isEmpty()) {
            UnexpectedResultException e = new UnexpectedResultException(
                    "the panel's login answered without a session id");
            listener.loginFailed(e);
            throw e;
        }
        lastFailure = null;
        LOG.log(Level.DEBUG, () -> "logged in to ISPConfig as " + credentials + " (" + reason + ")");
        listener.loggedIn(reason);
        return new Session(id, startedAt);
    }

    private boolean isTooOld(Session session) {
        return !clock.instant().isBefore(session.loggedInAt.plus(maxAge));
    }

    private void logout(Session session) {
        try {
            exchange.call("logout", List.of(session.id));
            LOG.log(Level.DEBUG, () -> "logged out of ISPConfig as " + credentials);
        } catch (IspConfigException e) {
            // The session dies by itself at the latest 1800 s after login; a failed logout only delays that.
            LOG.log(Level.DEBUG, () -> "logout of ISPConfig as " + credentials + " failed: " + e.getMessage());
        }
        listener.loggedOut();
    }

    /**
     * This manager was closed: by the client's {@code close()}, or by the pool pushing it out while a call that had
     * already picked it was about to use it. The caller tells the two apart by asking for the manager again.
     */
    public static final class Closed extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        Closed() {
            super("the ISPConfig client is closed");
        }
    }

    /** A refused login and until when it is answered without asking the panel. */
    private record Failure(IspConfigException error, Instant until) {
    }

    /** One panel session. Counts its calls in flight so that its logout waits for them. */
    private final class Session {

        final String id;
        final Instant loggedInAt;
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicBoolean loggedOut = new AtomicBoolean();
        /** Completed once the session was logged out (or dropped, when the panel had killed it). */
        final CompletableFuture<Void> gone = new CompletableFuture<>();
        volatile boolean retired;
        volatile boolean dead;

        Session(String id, Instant loggedInAt) {
            this.id = id;
            this.loggedInAt = loggedInAt;
        }

        /** A lease, or null when the session was retired meanwhile. */
        Lease lease() {
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
                        listener.sessionDropped();
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
