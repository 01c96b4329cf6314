package dev.ispconfig.test;

import dev.ispconfig.client.soap.SoapFault;

/** Thrown inside the simulated panel where PHP throws a {@code SoapFault}; becomes an HTTP 500 Fault envelope. */
final class PanelFault extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String code;

    PanelFault(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    static PanelFault permissionDenied() {
        return new PanelFault("permission_denied", "You do not have the permissions to access this function.");
    }

    SoapFault toSoapFault() {
        return new SoapFault(code, String.valueOf(getMessage())); // made with a message, always
    }

    String code() {
        return code;
    }
}
