package dev.ispconfig.client.form;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A PHP {@code preg_match} pattern ({@code /^[a-z]+$/i}) as a Java {@link Pattern} that accepts the same strings,
 * checked against PHP itself by the contract tests. PHP matches a pattern without {@code u} on bytes: then both the
 * pattern and the value are matched as their UTF-8 bytes (one Latin-1 char per byte), so {@code [ä]} is two bytes
 * there too. The panel appends {@code s} to every form pattern; PCRE's only newline is LF ({@link Pattern#UNIX_LINES}).
 */
final class PhpRegex {

    private final Pattern pattern;
    private final boolean bytes;

    private PhpRegex(Pattern pattern, boolean bytes) {
        this.pattern = pattern;
        this.bytes = bytes;
    }

    /** @throws IllegalArgumentException for a pattern or modifier that has no faithful Java form */
    static PhpRegex compile(String php, String extraModifiers) {
        if (php.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        char open = php.charAt(0);
        if (Character.isLetterOrDigit(open) || open == '\\' || Character.isWhitespace(open)) {
            throw new IllegalArgumentException("no delimiter: " + php);
        }
        char close = switch (open) {
            case '(' -> ')';
            case '[' -> ']';
            case '{' -> '}';
            case '<' -> '>';
            default -> open;
        };
        int end = php.lastIndexOf(close);
        if (end <= 0) {
            throw new IllegalArgumentException("no closing delimiter: " + php);
        }
        String body = php.substring(1, end);
        String modifiers = php.substring(end + 1) + extraModifiers;
        boolean utf = modifiers.indexOf('u') >= 0;
        int flags = Pattern.UNIX_LINES;
        for (char modifier : modifiers.toCharArray()) {
            flags |= switch (modifier) {
                case 'i' -> Pattern.CASE_INSENSITIVE | (utf ? Pattern.UNICODE_CASE : 0);
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'u' -> Pattern.UNICODE_CHARACTER_CLASS; // PHP's u turns on PCRE2_UCP as well as UTF
                case '\n', '\r', ' ' -> 0;
                default -> throw new IllegalArgumentException("modifier '" + modifier + "' has no Java form: " + php);
            };
        }
        String java = translate(utf ? body : latin1(body));
        return new PhpRegex(Pattern.compile(java, flags), !utf);
    }

    /** Whether {@code preg_match} finds the pattern in {@code value}. */
    boolean matches(String value) {
        return pattern.matcher(bytes ? latin1(value) : value).find();
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    /** Each UTF-8 byte of {@code text} as one char. */
    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * PCRE syntax where Java reads it otherwise: in a character class {@code [} is a literal in PCRE but a nested class
     * in Java, {@code &&} an intersection in Java; POSIX classes ({@code [:alpha:]}) are {@code \p{Alpha}} in Java.
     */
    private static String translate(String body) {
        StringBuilder out = new StringBuilder(body.length() + 8);
        boolean inClass = false;
        int classStart = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char escaped = body.charAt(++i);
                out.append(c).append(escaped);
                if ((escaped == 'p' || escaped == 'P') && body.startsWith("{", i + 1)) {
                    int close = body.indexOf('}', i);
                    String name = body.substring(i + 2, close);
                    // PCRE names scripts bare (\p{Latin}); Java wants them as \p{IsLatin}. Categories stay.
                    out.append('{').append(name.length() > 2 && !name.startsWith("Is") ? "Is" + name : name)
                            .append('}');
                    i = close;
                }
                continue;
            }
            if (!inClass) {
                if (c == '[') {
                    inClass = true;
                    classStart = i;
                }
                out.append(c);
                continue;
            }
            boolean first = i == classStart + 1 || (i == classStart + 2 && body.charAt(classStart + 1) == '^');
            if (c == ']' && !first) {
                inClass = false;
                out.append(c);
            } else if (c == '[' && body.startsWith("[:", i)) {
                int posixEnd = body.indexOf(":]", i + 2);
                if (posixEnd < 0) {
                    throw new IllegalArgumentException("unclosed POSIX class in: " + body);
                }
                out.append(posix(body.substring(i + 2, posixEnd)));
                i = posixEnd + 1;
            } else if (c == '[' || c == '&' || (c == ']')) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String posix(String name) {
        boolean negated = name.startsWith("^");
        String java = switch (negated ? name.substring(1) : name) {
            case "alpha" -> "Alpha";
            case "digit" -> "Digit";
            case "alnum" -> "Alnum";
            case "upper" -> "Upper";
            case "lower" -> "Lower";
            case "space" -> "Space";
            case "punct" -> "Punct";
            case "xdigit" -> "XDigit";
            case "word" -> "w";
            default -> throw new IllegalArgumentException("POSIX class [:" + name + ":] has no Java form");
        };
        String escape = java.equals("w") ? (negated ? "\\W" : "\\w") : "\\" + (negated ? "P" : "p") + "{" + java + "}";
        return escape;
    }
}
