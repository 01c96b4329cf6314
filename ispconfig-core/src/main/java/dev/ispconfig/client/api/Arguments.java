package dev.ispconfig.client.api;

import java.util.Objects;

/** The argument checks of the hand-audited helpers: a refused argument is named, before any request. */
final class Arguments {

    private Arguments() {
    }

    /**
     * An id, which must be greater than 0: PHP reads -1 as every row (an answer of another shape) and 0 as no id.
     *
     * @throws IllegalArgumentException naming {@code name}
     */
    static int id(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be greater than 0, was " + value
                    + " (to read every row, use the filter overload with an empty filter)");
        }
        return value;
    }

    /** @throws NullPointerException naming {@code name} when it is missing */
    static <T> T required(String name, T value) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }

    /** @throws IllegalArgumentException naming {@code name} when it is missing or blank */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required and must not be blank");
        }
        return value;
    }
}
