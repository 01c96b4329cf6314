package dev.ispconfig.client.transport;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Nothing of the request left for the panel: the connection could not be opened (refused, unknown host, connect
 * timeout, TLS handshake failed, a proxy refused the tunnel) or the transport is closed. Repeating the request is safe,
 * even for a write.
 */
public class RequestNotSentException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int proxyStatus;

    public RequestNotSentException(String message, @Nullable Throwable cause) {
        this(message, 0, cause);
    }

    /** @param proxyStatus the status with which an HTTP proxy refused to open a tunnel, else 0 */
    public RequestNotSentException(String message, int proxyStatus, @Nullable Throwable cause) {
        super(message, cause);
        this.proxyStatus = proxyStatus;
    }

    /** The status with which an HTTP proxy refused to open a tunnel to the panel, or 0. */
    public int proxyStatus() {
        return proxyStatus;
    }
}
