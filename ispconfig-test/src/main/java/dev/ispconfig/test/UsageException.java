package dev.ispconfig.test;

/** A wrong command line or seed file of {@link SimulatorMain}: its message names the problem, for the user to fix. */
final class UsageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
