package dev.ispconfig.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * The root of every error the SDK raises. Unchecked: a caller catches the subtype it can handle (for example
 * {@link NotFoundException} or {@link ValidationException}) and lets the rest travel.
 *
 * <p>No message, {@code toString()} or cause of these exceptions carries a password or a session id.
 */
public class IspConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IspConfigException(String message) {
        super(message);
    }

    public IspConfigException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /**
     * True when the panel may have run (and stored) the call although it failed: a write with this answer must not be
     * repeated blindly, or it may be stored twice. False when the panel cannot have run it, or for a read, where it
     * does not matter. True for a timeout or a broken connection after sending ({@link TransportException}), for a
     * {@code database_error} ({@link DatabaseErrorException}) and for an add, update or delete whose answer had an
     * unexpected shape ({@link UnexpectedResultException}).
     */
    public boolean outcomeUnknown() {
        return false;
    }
}
