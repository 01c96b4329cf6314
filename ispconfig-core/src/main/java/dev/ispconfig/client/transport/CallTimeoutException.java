package dev.ispconfig.client.transport;

import java.net.SocketTimeoutException;
import java.time.Duration;

/** The request and its whole answer did not make it within the call timeout ({@link TransportSettings#callTimeout}). */
public class CallTimeoutException extends SocketTimeoutException {

    private static final long serialVersionUID = 1L;

    public CallTimeoutException(Duration callTimeout) {
        super("the answer did not arrive in full within the call timeout of " + callTimeout);
    }
}
