package dev.ispconfig.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Moves one SOAP request to the panel and hands back the raw answer. Kept small so that transports can be measured
 * against each other and faked in tests; {@link SoapExchange} does the SOAP around it.
 */
interface Transport {

    /**
     * Posts {@code body} and returns the answer once its status line and headers arrived.
     *
     * @throws TransportException when no answer arrived (connect failure, timeout, reset)
     */
    Reply post(String soapAction, byte[] body);

    /** Lets go of idle connections; calls after this still work but keep no connection open. */
    default void close() {
    }

    /** An answer whose body is read as a stream and must be closed. */
    interface Reply extends Closeable {

        int statusCode();

        /** The Content-Type header, or an empty string. */
        String contentType();

        /**
         * The body. Reads throw {@link java.net.SocketTimeoutException} when the panel stalls past the read
         * timeout, {@link CallTimeoutException} (one) past the call timeout, and {@link ResponseTooLargeException} past
         * the maximum response size.
         */
        InputStream body();

        @Override
        void close() throws IOException;
    }

    /** The answer did not arrive in full within the call timeout. */
    final class CallTimeoutException extends java.net.SocketTimeoutException {

        private static final long serialVersionUID = 1L;

        CallTimeoutException(java.time.Duration callTimeout, IOException cause) {
            super("the answer did not arrive in full within the call timeout of " + callTimeout);
            initCause(cause);
        }
    }

    /** The body grew past the configured maximum response size. */
    final class ResponseTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        ResponseTooLargeException(long limit) {
            super("response larger than the maximum of " + limit + " bytes");
        }
    }
}
