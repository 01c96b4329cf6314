package dev.ispconfig.client.exception;

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

    public IspConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
