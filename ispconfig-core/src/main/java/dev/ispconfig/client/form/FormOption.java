package dev.ispconfig.client.form;

import org.jspecify.annotations.Nullable;

/** An option of a select with fixed options: the generated enums implement it. */
public interface FormOption {

    /** The value the panel stores, for example {@code php-fpm}; {@code null} for {@code UNKNOWN_TO_SDK_VERSION}. */
    @Nullable String wireValue();

    /**
     * The option whose wire value is {@code value}, else {@code unknown}: a newer panel may store an option this SDK
     * does not know yet; the model's {@code …AsString()} accessor still reads it.
     */
    static <E extends Enum<E> & FormOption> E find(E[] options, @Nullable String value, E unknown) {
        for (E option : options) {
            if (value != null && value.equals(option.wireValue())) {
                return option;
            }
        }
        return unknown;
    }
}
