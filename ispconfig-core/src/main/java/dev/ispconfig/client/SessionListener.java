package dev.ispconfig.client;

import dev.ispconfig.client.exception.IspConfigException;

/**
 * Hears what the session layer does, for metrics and logs. Called on the calling thread, so implementations must be
 * quick and must not throw. Receives no session ids, usernames or passwords.
 */
public interface SessionListener {

    /** A login succeeded. */
    default void loggedIn(LoginReason reason) {
    }

    /** A login was refused or failed. */
    default void loginFailed(IspConfigException failure) {
    }

    /** A session ended by logout (replaced, evicted from the pool, or the client closed). */
    default void loggedOut() {
    }

    /**
     * The panel reported a session dead before the SDK retired it; the call is retried once on a new session. Called
     * once per call that met the dead session, so several times when several threads did.
     */
    default void sessionExpired(String method) {
    }

    /**
     * A session the panel had declared dead was dropped without a logout (there is nothing to log out). Called once
     * per session: with {@link #loggedIn} and {@link #loggedOut} it tells how many sessions are alive.
     */
    default void sessionDropped() {
    }

    SessionListener NONE = new SessionListener() {
    };
}
