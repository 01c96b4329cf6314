package dev.ispconfig.tools.extract;

import dev.ispconfig.tools.extract.PhpToken.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small PHP tokenizer: enough to find classes, methods and calls. Comments, strings (single, double, backtick,
 * heredoc, nowdoc) and inline HTML become single tokens or nothing, so parentheses, commas, braces or the word
 * {@code function} inside them never reach the scanner.
 */
final class PhpLexer {

    /** Longest first, so that {@code ->} wins over {@code -}. */
    private static final String[] OPERATORS = {
        "<<=", ">>=", "**=", "...", "<=>", "===", "!==", "??=", "?->",
        "->", "=>", "::", "==", "!=", "<>", "<=", ">=", "&&", "||", "??", "++", "--", "+=", "-=", "*=", "/=", ".=",
        "%=", "&=", "|=", "^=", "<<", ">>", "**",
    };

    private final String src;
    private final int[] lineStarts;
    private final List<PhpToken> tokens = new ArrayList<>();
    private int pos;
    private boolean space;

    private PhpLexer(String src) {
        this.src = src;
        this.lineStarts = lineStarts(src);
    }

    static List<PhpToken> tokenize(String src) {
        PhpLexer lexer = new PhpLexer(src);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    private void run() {
        int n = src.length();
        skipInlineHtml();
        while (pos < n) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                space = true;
            } else if (src.startsWith("?>", pos)) {
                pos += 2;
                add(Type.OP, pos - 2, ";", ";"); // a closing tag ends a statement
                skipInlineHtml();
            } else if (src.startsWith("//", pos) || (c == '#' && !src.startsWith("#[", pos))) {
                skipLineComment();
            } else if (src.startsWith("#[", pos)) {
                skipAttribute();
            } else if (src.startsWith("/*", pos)) {
                int end = src.indexOf("*/", pos + 2);
                pos = end < 0 ? n : end + 2;
                space = true;
            } else if (c == '\'') {
                singleQuoted();
            } else if (c == '"' || c == '`') {
                doubleQuoted(c);
            } else if (src.startsWith("<<<", pos) && heredoc()) {
                continue;
            } else if (c == '$' && pos + 1 < n && isNameStart(src.charAt(pos + 1))) {
                int start = pos++;
                while (pos < n && isNamePart(src.charAt(pos))) {
                    pos++;
                }
                add(Type.VARIABLE, start, null, null);
            } else if (isNameStart(c) || c == '\\') {
                int start = pos++;
                while (pos < n && (isNamePart(src.charAt(pos)) || src.charAt(pos) == '\\')) {
                    pos++;
                }
                add(Type.IDENT, start, null, null);
            } else if (Character.isDigit(c)) {
                int start = pos++;
                while (pos < n && (isNamePart(src.charAt(pos)) || src.charAt(pos) == '.')) {
                    pos++;
                }
                add(Type.NUMBER, start, null, null);
            } else {
                operator();
            }
        }
    }

    /** Everything up to the next opening tag is output, not code. */
    private void skipInlineHtml() {
        int open = src.indexOf("<?", pos);
        if (open < 0) {
            pos = src.length();
            return;
        }
        pos = open + 2;
        if (src.regionMatches(true, pos, "php", 0, 3)) {
            pos += 3;
        } else if (src.startsWith("=", pos)) {
            pos++;
        }
        space = true;
    }

    /** A line comment ends at the line break or at a closing tag, as in PHP. */
    private void skipLineComment() {
        int n = src.length();
        while (pos < n && src.charAt(pos) != '\n' && !src.startsWith("?>", pos)) {
            pos++;
        }
        space = true;
    }

    /** A PHP 8 attribute {@code #[...]} carries no facts we need; skip it with its brackets balanced. */
    private void skipAttribute() {
        int depth = 0;
        int n = src.length();
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                pos++;
                break;
            } else if (c == '\'' || c == '"') {
                int before = tokens.size();
                if (c == '\'') {
                    singleQuoted();
                } else {
                    doubleQuoted(c);
                }
                tokens.subList(before, tokens.size()).clear();
                continue;
            }
            pos++;
        }
        space = true;
    }

    private void singleQuoted() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        int n = src.length();
        while (pos < n && src.charAt(pos) != '\'') {
            char c = src.charAt(pos);
            if (c == '\\' && pos + 1 < n && (src.charAt(pos + 1) == '\'' || src.charAt(pos + 1) == '\\')) {
                value.append(src.charAt(pos + 1));
                pos += 2;
            } else {
                value.append(c);
                pos++;
            }
        }
        pos = Math.min(pos + 1, n);
        add(Type.STRING, start, value.toString(), null);
    }

    /** Double-quoted or backtick: the value is known only when nothing is interpolated. */
    private void doubleQuoted(char quote) {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        boolean constant = quote == '"';
        int n = src.length();
        while (pos < n && src.charAt(pos) != quote) {
            char c = src.charAt(pos);
            if (c == '\\' && pos + 1 < n) {
                char next = src.charAt(pos + 1);
                switch (next) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case '\\', '$', '"' -> value.append(next);
                    default -> value.append(c).append(next);
                }
                pos += 2;
            } else {
                if (c == '$' && pos + 1 < n && (isNameStart(src.charAt(pos + 1)) || src.charAt(pos + 1) == '{')) {
                    constant = false;
                }
                value.append(c);
                pos++;
            }
        }
        pos = Math.min(pos + 1, n);
        add(Type.STRING, start, constant ? value.toString() : null, null);
    }

    /** Heredoc or nowdoc: up to a line holding only the (indented) label. Returns false if it is no heredoc. */
    private boolean heredoc() {
        int start = pos;
        int p = pos + 3;
        int n = src.length();
        while (p < n && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
            p++;
        }
        boolean quoted = p < n && (src.charAt(p) == '\'' || src.charAt(p) == '"');
        int labelStart = quoted ? p + 1 : p;
        int labelEnd = labelStart;
        while (labelEnd < n && isNamePart(src.charAt(labelEnd))) {
            labelEnd++;
        }
        if (labelEnd == labelStart || !isNameStart(src.charAt(labelStart))) {
            return false;
        }
        String label = src.substring(labelStart, labelEnd);
        int lineEnd = src.indexOf('\n', labelEnd);
        if (lineEnd < 0) {
            return false;
        }
        int line = lineEnd + 1;
        while (line < n) {
            int q = line;
            while (q < n && (src.charAt(q) == ' ' || src.charAt(q) == '\t')) {
                q++;
            }
            if (src.startsWith(label, q) && (q + label.length() >= n || !isNamePart(src.charAt(q + label.length())))) {
                pos = q + label.length();
                add(Type.STRING, start, null, null);
                return true;
            }
            int next = src.indexOf('\n', line);
            line = next < 0 ? n : next + 1;
        }
        pos = n;
        add(Type.STRING, start, null, null);
        return true;
    }

    private void operator() {
        int start = pos;
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                add(Type.OP, start, null, null);
                return;
            }
        }
        pos++;
        add(Type.OP, start, null, null);
    }

    private void add(Type type, int start, String value, String text) {
        String raw = text != null ? text : src.substring(start, pos);
        String val = type == Type.STRING ? value : raw;
        tokens.add(new PhpToken(type, raw, val, lineOf(start), start, pos, space));
        space = false;
    }

    private int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static int[] lineStarts(String src) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isNameStart(char c) {
        return c == '_' || Character.isLetter(c) || c >= 0x80;
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || Character.isDigit(c);
    }
}
