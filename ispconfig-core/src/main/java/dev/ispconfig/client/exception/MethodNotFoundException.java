package dev.ispconfig.client.exception;

/**
 * The panel does not know the method ({@code invalid_method}, {@code invalid_class}): usually an SDK newer than the
 * panel.
 */
public class MethodNotFoundException extends IspConfigFaultException {

    private static final long serialVersionUID = 1L;

    public MethodNotFoundException(String method, String faultCode, String faultString) {
        super(method, faultCode, faultString);
    }
}
