package dev.ispconfig.client.exception;

/**
 * The panel answered, but not with the shape the SDK expected (for example a boolean where a record belongs). On an
 * add, update or delete the write may have been stored all the same ({@link #outcomeUnknown()}): ISPConfig 3.2.12
 * answers {@code false} to an add whose INSERT was committed when it then fails to read the new id.
 */
public class UnexpectedResultException extends IspConfigException {

    private static final long serialVersionUID = 1L;

    private final boolean outcomeUnknown;

    public UnexpectedResultException(String message) {
        this(message, false);
    }

    /** @param outcomeUnknown whether the call was a write that the panel may have run all the same */
    public UnexpectedResultException(String message, boolean outcomeUnknown) {
        super(message);
        this.outcomeUnknown = outcomeUnknown;
    }

    @Override
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
