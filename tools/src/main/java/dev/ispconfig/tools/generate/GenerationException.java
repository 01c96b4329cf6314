package dev.ispconfig.tools.generate;

/** The inventory cannot be turned into Java as it stands: a name collision, a keyword, an unexpected shape. */
final class GenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    GenerationException(String message) {
        super(message);
    }
}
