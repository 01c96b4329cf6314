package dev.ispconfig.tools.generate;

import java.util.ArrayList;
import java.util.List;

/** Formatting for generated Java: 120 columns, wrapped argument lists and Javadoc, safe literals. */
final class SourceText {

    static final int WIDTH = 120;

    private final StringBuilder out = new StringBuilder();

    SourceText line(String text) {
        out.append(text.stripTrailing()).append('\n');
        return this;
    }

    SourceText blank() {
        out.append('\n');
        return this;
    }

    /**
     * {@code head} + the items joined by ", " + {@code tail}, wrapped after a comma where the line would grow past the
     * width; continuation lines are indented by {@code continuation}.
     */
    SourceText list(String head, List<String> items, String tail, String continuation) {
        StringBuilder current = new StringBuilder(head);
        boolean fresh = true;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : tail);
            if (!fresh && current.length() + 1 + item.length() > WIDTH) {
                line(current.toString());
                current = new StringBuilder(continuation);
                fresh = true;
            }
            current.append(fresh ? "" : " ").append(item);
            fresh = false;
        }
        if (items.isEmpty()) {
            current.append(tail);
        }
        return line(current.toString());
    }

    /**
     * A Javadoc comment: the paragraphs (the second and later start with {@code <p>}) and then the block tags, each
     * wrapped to the width; a tag's continuation lines are indented four more spaces.
     */
    SourceText javadoc(String indent, List<String> paragraphs, List<String> tags) {
        if (paragraphs.size() == 1 && tags.isEmpty()) {
            String single = indent + "/** " + paragraphs.get(0) + " */";
            if (single.length() <= WIDTH) {
                return line(single);
            }
        }
        line(indent + "/**");
        String prefix = indent + " * ";
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                line(indent + " *");
            }
            wrap(prefix, prefix, (i > 0 ? "<p>" : "") + paragraphs.get(i));
        }
        if (!tags.isEmpty()) {
            if (!paragraphs.isEmpty()) {
                line(indent + " *");
            }
            tags.forEach(tag -> wrap(prefix, prefix + "    ", tag));
        }
        return line(indent + " */");
    }

    private void wrap(String first, String continuation, String text) {
        StringBuilder current = new StringBuilder(first);
        boolean empty = true;
        for (String word : words(text, WIDTH - continuation.length())) {
            if (!empty && current.length() + 1 + word.length() > WIDTH) {
                line(current.toString());
                current = new StringBuilder(continuation);
                empty = true;
            }
            current.append(empty ? "" : " ").append(word);
            empty = false;
        }
        line(current.toString());
    }

    /**
     * The text split at spaces outside inline tags ({@code {@code a b}} stays whole), unless such a tag is longer than
     * a line by itself; then it is split at its own spaces, which Javadoc renders the same.
     */
    static List<String> words(String text, int room) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == ' ' && depth == 0) {
                flush(word, words, room);
                continue;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            word.append(c);
        }
        flush(word, words, room);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words, int room) {
        if (word.length() == 0) {
            return;
        }
        if (word.length() > room) {
            for (String part : word.toString().split(" ")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        } else {
            words.add(word.toString());
        }
        word.setLength(0);
    }

    /**
     * Text from the inventory as Javadoc code: {@code {@code text}} when that is safe, else HTML-escaped {@code <code>}
     * (braces, {@code @}, a comment end or a backslash, which javac would read as a Unicode escape even in comments).
     */
    static String code(String text) {
        boolean plain = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '{' && c != '}' && c != '@'
                && c != '\\') && !text.contains("*/");
        if (plain) {
            return "{@code " + text + "}";
        }
        StringBuilder html = new StringBuilder("<code>");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '{' -> html.append("&#123;");
                case '}' -> html.append("&#125;");
                case '@' -> html.append("&#64;");
                case '\\' -> html.append("&#92;");
                case '/' -> html.append("&#47;");
                default -> html.append(c < 0x20 || c >= 0x7f ? "&#" + (int) c + ";" : String.valueOf(c));
            }
        }
        return html.append("</code>").toString();
    }

    /** A Java string literal of {@code text}, ASCII only. */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                default -> literal.append(c >= 0x20 && c < 0x7f ? String.valueOf(c)
                        : String.format("\\u%04x", (int) c));
            }
        }
        return literal.append('"').toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
