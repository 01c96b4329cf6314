package dev.ispconfig.client;

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

    /** The panel reported a session dead before the SDK retired it; the call is retried once on a new session. */
    default void sessionExpired(String method) {
    }

    SessionListener NONE = new SessionListener() {
    };
}
