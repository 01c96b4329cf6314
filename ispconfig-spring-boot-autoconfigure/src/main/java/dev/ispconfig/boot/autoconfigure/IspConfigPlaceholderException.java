package dev.ispconfig.boot.autoconfigure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A connection property holds a {@code ${…}} placeholder that nothing resolved, such as
 * {@code ispconfig.password=${ISPCONFIG_PASSWORD}} with the variable unset: Boot then binds the text itself, and a
 * login with it would only be refused, one step toward the panel's per-IP lockout. {@link IspConfigPlaceholderAnalyzer}
 * says how to fix it.
 */
class IspConfigPlaceholderException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:\\s]+)(:[^}]*)?}");

    private final String property;
    private final String placeholder;

    IspConfigPlaceholderException(String property, String placeholder) {
        super(property + " holds the placeholder ${" + placeholder + "}, which nothing resolved");
        this.property = property;
        this.placeholder = placeholder;
    }

    /** {@code value} unless it holds an unresolved placeholder; never quotes the value itself. */
    static @Nullable String checked(String property, @Nullable String value) {
        Optional<String> name = placeholderIn(value);
        if (name.isPresent()) {
            throw new IspConfigPlaceholderException(property, name.get());
        }
        return value;
    }

    static Optional<String> placeholderIn(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = PLACEHOLDER.matcher(value);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    String property() {
        return property;
    }

    String placeholder() {
        return placeholder;
    }
}
