package dev.ispconfig.client.exception;

import dev.ispconfig.client.internal.FaultMapper;

/**
 * The panel answered with a SOAP Fault. Subtypes exist for every fault a caller handles differently; a fault code the
 * SDK does not know (or a PHP error such as {@code SOAP-ENV:Server}) arrives as this type itself.
 */
public class IspConfigFaultException extends IspConfigException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String faultCode;
    private final String faultString;

    public IspConfigFaultException(String method, String faultCode, String faultString) {
        super(message(method, faultCode, faultString));
        this.method = method;
        this.faultCode = faultCode;
        this.faultString = faultString;
    }

    /** The remote method that failed, for example {@code sites_web_domain_get}. */
    public String method() {
        return method;
    }

    /** The panel's fault code as sent, for example {@code permission_denied} or {@code SOAP-ENV:Server}. */
    public String faultCode() {
        return faultCode;
    }

    /**
     * Whether {@link #faultCode()} is one of the fault codes ISPConfig 3.2's remote API throws, as the SDK maps them:
     * a value from a known, bounded set, safe for a metric tag. A PHP error ({@code SOAP-ENV:Server}) or anything else
     * a panel or a proxy makes up is not.
     */
    public boolean isKnownFaultCode() {
        return FaultMapper.knows(faultCode);
    }

    /** The panel's fault string (redacted where it would carry secrets, see {@link DatabaseErrorException}). */
    public String faultString() {
        return faultString;
    }

    private static String message(String method, String faultCode, String faultString) {
        return "ISPConfig " + method + " failed [" + faultCode + "]: " + faultString;
    }
}
