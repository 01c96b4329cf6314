package dev.ispconfig.client.exception;

/**
 * The remote user lacks the grant for the method ({@code permission_denied}, {@code permission denied}). Grants are
 * read at login: after changing them in the panel a new session is needed.
 */
public class PermissionDeniedException extends IspConfigFaultException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String method, String faultCode, String faultString) {
        super(method, faultCode, faultString);
    }
}
