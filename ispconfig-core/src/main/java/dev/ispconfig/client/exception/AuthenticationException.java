package dev.ispconfig.client.exception;

/**
 * The panel refused the login: wrong username or password, a client without API access, a blocked user, an IP that may
 * not use the API, or empty credentials ({@code login_failed}, {@code client_login_failed}, {@code
 * login_username_empty}, {@code login_password_empty}). The SDK never retries these: each failed login counts toward
 * the panel's per-IP lockout.
 */
public class AuthenticationException extends IspConfigFaultException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String method, String faultCode, String faultString) {
        super(method, faultCode, faultString);
    }
}
