package dev.ispconfig.client.exception;

/**
 * The panel locked this IP out after too many failed logins or dead-session calls ({@code login_failure_limit}, {@code
 * session_failure_limit}: 10 failures in 5 minutes lock every login from the IP for 5 minutes). Wait it out; retrying
 * only extends it.
 */
public class LockedOutException extends IspConfigFaultException {

    private static final long serialVersionUID = 1L;

    public LockedOutException(String method, String faultCode, String faultString) {
        super(method, faultCode, faultString);
    }
}
