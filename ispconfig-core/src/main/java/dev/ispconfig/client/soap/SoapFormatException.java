package dev.ispconfig.client.soap;

import org.jspecify.annotations.Nullable;

/**
 * The bytes are not a SOAP message this codec can read: not XML, not a SOAP envelope, a forbidden DTD, too deep, an
 * unknown encoding. {@link #isSoap()} tells whether a SOAP envelope had started before the problem was found, so a
 * caller can tell "this is not SOAP at all" (an HTML page, a plain-text notice) from "SOAP, but broken or cut".
 */
public final class SoapFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean soap;

    public SoapFormatException(String message, boolean soap, @Nullable Throwable cause) {
        super(message, cause);
        this.soap = soap;
    }

    public boolean isSoap() {
        return soap;
    }
}
