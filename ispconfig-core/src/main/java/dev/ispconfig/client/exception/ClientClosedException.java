package dev.ispconfig.client.exception;

/**
 * The client (or the {@code asClient} view) was closed: the call did not start, or was waiting for a login or for a
 * free slot when {@code close()} came. Nothing was sent for it.
 */
public class ClientClosedException extends IspConfigException {

    private static final long serialVersionUID = 1L;

    public ClientClosedException(String message) {
        super(message);
    }
}
