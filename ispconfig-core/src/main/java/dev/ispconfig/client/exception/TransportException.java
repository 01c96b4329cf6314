package dev.ispconfig.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * The call did not come back as a SOAP answer: the panel could not be reached, timed out, answered with an HTTP error
 * or with a body that is not SOAP (an HTML error page, "Remote API is disabled in security settings."), or sent XML
 * that is broken or too large. {@link #reason()} says which; {@link #outcomeUnknown()} says whether the panel may have
 * run the call anyway, which is what decides if repeating a write is safe.
 */
public class TransportException extends IspConfigException {

    private static final long serialVersionUID = 1L;

    /** What went wrong on the way. */
    public enum Reason {
        /**
         * The connection could not be made (refused, unresolvable host, TLS handshake failed, a proxy refused the
         * CONNECT tunnel: then {@link #statusCode()} is the proxy's status); nothing was sent.
         */
        CONNECT,
        /** No complete answer within the read timeout, after the request was sent. */
        TIMEOUT,
        /** The connection broke after the request was sent (reset, closed early). */
        IO,
        /** An HTTP error status (4xx, 5xx, 3xx) without a SOAP Fault in the body. */
        HTTP_STATUS,
        /** A body that is not SOAP: plain text, an HTML page, an empty body. */
        NOT_SOAP,
        /** A SOAP envelope that is broken: cut short, invalid XML, a refused DTD, too deeply nested. */
        MALFORMED_RESPONSE,
        /** A body larger than the configured maximum response size. */
        RESPONSE_TOO_LARGE,
        /**
         * The request could not be built or sent (a closed client), or the calling thread was interrupted; never
         * retried. After an interrupt while waiting for the answer, {@link #outcomeUnknown()} is true.
         */
        REQUEST_FAILED
    }

    private final Reason reason;
    private final int statusCode;
    private final boolean outcomeUnknown;

    public TransportException(Reason reason, int statusCode, String message, @Nullable Throwable cause) {
        this(reason, statusCode, message, cause, reason == Reason.TIMEOUT || reason == Reason.IO);
    }

    /** @param outcomeUnknown whether the panel may have run the call (an interrupt after sending, for instance) */
    public TransportException(Reason reason, int statusCode, String message, @Nullable Throwable cause,
            boolean outcomeUnknown) {
        super(message, cause);
        this.reason = reason;
        this.statusCode = statusCode;
        this.outcomeUnknown = outcomeUnknown;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status when a response arrived (for {@code CONNECT}, a proxy's refusal), else 0. */
    public int statusCode() {
        return statusCode;
    }

    /**
     * True when the panel may have received and run the call although no answer arrived: a timeout, a broken
     * connection or an interrupt after sending. A write with an unknown outcome must not be repeated blindly.
     */
    @Override
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** True for failures that a later attempt may not meet: connect failures, timeouts and 502/503/504. */
    public boolean isTransient() {
        return switch (reason) {
            case CONNECT, TIMEOUT, IO -> true;
            case HTTP_STATUS -> statusCode == 502 || statusCode == 503 || statusCode == 504;
            default -> false;
        };
    }
}
