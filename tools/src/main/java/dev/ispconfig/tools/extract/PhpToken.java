package dev.ispconfig.tools.extract;

/**
 * One PHP token. {@code value} is the decoded content of a string literal (null when it interpolates variables or is
 * a heredoc) and the text for every other token. {@code spaceBefore} records whitespace or a comment before it.
 */
record PhpToken(Type type, String text, String value, int line, int start, int end, boolean spaceBefore) {

    enum Type { VARIABLE, IDENT, STRING, NUMBER, OP }

    boolean is(String op) {
        return type == Type.OP && text.equals(op);
    }

    /** An identifier or keyword, compared case-insensitively as PHP does. */
    boolean isWord(String word) {
        return type == Type.IDENT && text.equalsIgnoreCase(word);
    }

    /** A string literal whose value is known. */
    boolean isConstantString() {
        return type == Type.STRING && value != null;
    }
}
