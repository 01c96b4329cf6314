package dev.ispconfig.client.exception;

/**
 * The panel is in maintenance mode ({@code maintenance_mode}) and accepts no API logins until an administrator ends it.
 */
public class MaintenanceModeException extends IspConfigFaultException {

    private static final long serialVersionUID = 1L;

    public MaintenanceModeException(String method, String faultCode, String faultString) {
        super(method, faultCode, faultString);
    }
}
