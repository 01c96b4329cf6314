package dev.ispconfig.client.transport;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Optional;

/**
 * An answer whose status line and headers arrived; its body is read as a stream. Closing it gives the connection
 * back to the pool when the body was read to its end, and discards the connection otherwise.
 */
public interface TransportResponse extends Closeable {

    int statusCode();

    /** The first value of a header, by case-insensitive name. */
    Optional<String> header(String name);

    /**
     * The body, gzip already decoded. Reads fail as the class comment of {@link Transport} says: a
     * {@link java.net.SocketTimeoutException} for a stall past the read timeout, a {@link CallTimeoutException} past
     * the call timeout, another {@link java.io.IOException} when the connection broke.
     */
    InputStream body();

    /** Never throws: a failure to release a connection is the transport's to handle. */
    @Override
    void close();
}
