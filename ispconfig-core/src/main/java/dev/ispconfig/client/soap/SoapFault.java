package dev.ispconfig.client.soap;

/**
 * A SOAP 1.1 Fault as the panel sends it: the raw {@code faultcode} text (ISPConfig's codes come without a namespace
 * prefix and some contain spaces, so it is kept verbatim) and the {@code faultstring}.
 */
public record SoapFault(String code, String message) {

    public SoapFault {
        code = code == null ? "" : code.strip();
        message = message == null ? "" : message;
    }
}
