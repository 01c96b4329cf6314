package dev.ispconfig.client.exception;

/**
 * The panel refused because of the record's state ({@code duplicate_action}, {@code action_pending}): an action is
 * already queued for it.
 */
public class ConflictException extends IspConfigFaultException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String method, String faultCode, String faultString) {
        super(method, faultCode, faultString);
    }
}
