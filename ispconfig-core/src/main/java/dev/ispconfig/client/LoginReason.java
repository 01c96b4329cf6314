package dev.ispconfig.client;

/** Why the SDK logged in. */
public enum LoginReason {
    /** The first call of a session: logins are lazy. */
    INITIAL,
    /** The session neared the panel's absolute 30-minute expiry and was replaced before it died. */
    PROACTIVE_REFRESH,
    /** The panel said the session was gone ({@code session_does_not_exist}); one re-login, then the call once more. */
    EXPIRY
}
