package dev.ispconfig.tools.extract;

import java.util.List;

/**
 * A PHP parameter: its name without {@code $}, its type hint as written (or null), whether it is taken by reference,
 * and its default expression with whitespace normalised (or null when it has none). {@code defaultTokens} holds the
 * default's tokens for evaluating string constants.
 */
record PhpParam(String name, String type, boolean byReference, String defaultText, List<PhpToken> defaultTokens) {

    PhpParam {
        defaultTokens = List.copyOf(defaultTokens);
    }
}
