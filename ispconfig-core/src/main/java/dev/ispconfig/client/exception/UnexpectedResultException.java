package dev.ispconfig.client.exception;

/** The panel answered, but not with the shape the SDK expected (for example a boolean where a record belongs). */
public class UnexpectedResultException extends IspConfigException {

    private static final long serialVersionUID = 1L;

    public UnexpectedResultException(String message) {
        super(message);
    }
}
