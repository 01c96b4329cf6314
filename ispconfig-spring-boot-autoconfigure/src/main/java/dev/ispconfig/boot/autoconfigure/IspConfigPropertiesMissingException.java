package dev.ispconfig.boot.autoconfigure;

import java.util.List;

/** The panel's URL or credentials are not configured. {@link IspConfigFailureAnalyzer} explains what to set. */
class IspConfigPropertiesMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> missing;

    IspConfigPropertiesMissingException(List<String> missing) {
        super("ISPConfig connection is not configured: " + String.join(", ", missing) + " not set");
        this.missing = List.copyOf(missing);
    }

    /** The property names that are not set, for example {@code ispconfig.url}. */
    List<String> missing() {
        return missing;
    }
}
