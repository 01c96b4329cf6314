package dev.ispconfig.tools.extract;

import java.util.ArrayList;
import java.util.List;

/** Bracket matching and splitting on token lists. */
final class Tokens {

    private Tokens() {
    }

    /**
     * The index of the bracket closing the one at {@code open}, counting all three kinds of brackets (strings and
     * comments are single tokens or gone, so they cannot unbalance it); {@code tokens.size()} if it is never closed.
     */
    static int close(List<PhpToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            PhpToken t = tokens.get(i);
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if ((t.is(")") || t.is("]") || t.is("}")) && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Splits at the operator {@code separator} where it is not nested in brackets. */
    static List<List<PhpToken>> split(List<PhpToken> tokens, String separator) {
        List<List<PhpToken>> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            PhpToken t = tokens.get(i);
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
            } else if (depth == 0 && t.is(separator)) {
                parts.add(tokens.subList(from, i));
                from = i + 1;
            }
        }
        parts.add(tokens.subList(from, tokens.size()));
        return parts;
    }

    /** The arguments of a call whose {@code (} is at {@code open}: none for {@code f()}. */
    static List<List<PhpToken>> arguments(List<PhpToken> tokens, int open) {
        int close = close(tokens, open);
        List<PhpToken> inside = tokens.subList(open + 1, Math.min(close, tokens.size()));
        return inside.isEmpty() ? List.of() : split(inside, ",");
    }

    /**
     * The tokens as text with whitespace normalised: one space where the source had whitespace or a comment, none
     * just inside brackets, before a comma or between a name and its call parenthesis.
     */
    static String normalisedText(List<PhpToken> tokens) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            PhpToken t = tokens.get(i);
            if (i > 0 && t.spaceBefore() && !glued(tokens.get(i - 1), t)) {
                text.append(' ');
            }
            text.append(t.text());
        }
        return text.toString();
    }

    private static boolean glued(PhpToken before, PhpToken token) {
        return before.is("(") || before.is("[") || token.is(")") || token.is("]") || token.is(",")
                || (token.is("(") && before.type() == PhpToken.Type.IDENT);
    }
}
