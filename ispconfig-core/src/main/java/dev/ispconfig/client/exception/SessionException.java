package dev.ispconfig.client.exception;

/**
 * The session id was refused ({@code session_does_not_exist}, {@code session_id_empty}, {@code session_id_nostring},
 * {@code session_ip_mismatch}). The client re-logs in once by itself on {@code session_does_not_exist}; this surfaces
 * only when that did not help.
 */
public class SessionException extends IspConfigFaultException {

    private static final long serialVersionUID = 1L;

    public SessionException(String method, String faultCode, String faultString) {
        super(method, faultCode, faultString);
    }
}
