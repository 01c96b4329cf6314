package dev.ispconfig.tools.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the string expressions the remote methods pass to {@code checkPerm} and the form helpers: literals,
 * concatenation, ternaries (both branches are possible, in source order), {@code strtolower}/{@code strtoupper},
 * variables with known values and their simple interpolation into double-quoted strings. Anything else is unknown
 * (null).
 */
final class Expressions {

    private Expressions() {
    }

    /** The possible values of {@code tokens} in source order, or null when one part is unknown. */
    static List<String> values(List<PhpToken> tokens, Map<String, List<String>> variables) {
        if (tokens.isEmpty()) {
            return null;
        }
        List<List<PhpToken>> branches = ternary(tokens);
        if (branches != null) {
            List<String> then = values(branches.get(0), variables);
            List<String> otherwise = values(branches.get(1), variables);
            return then == null || otherwise == null ? null : distinct(concat(then, otherwise));
        }
        List<String> result = List.of("");
        for (List<PhpToken> part : Tokens.split(tokens, ".")) {
            List<String> values = operand(part, variables);
            if (values == null) {
                return null;
            }
            result = cross(result, values);
        }
        return distinct(result);
    }

    private static List<String> operand(List<PhpToken> part, Map<String, List<String>> variables) {
        if (part.size() == 1) {
            PhpToken t = part.get(0);
            return switch (t.type()) {
                case STRING -> t.value() != null ? List.of(t.value()) : interpolated(t.text(), variables);
                case NUMBER -> List.of(t.text());
                case VARIABLE -> variables.get(t.text().substring(1));
                default -> null;
            };
        }
        PhpToken first = part.get(0);
        if (first.is("(") && Tokens.close(part, 0) == part.size() - 1) {
            return values(part.subList(1, part.size() - 1), variables);
        }
        boolean lower = first.isWord("strtolower");
        if ((lower || first.isWord("strtoupper")) && part.get(1).is("(") && Tokens.close(part, 1) == part.size() - 1) {
            List<String> inner = values(part.subList(2, part.size() - 1), variables);
            return inner == null ? null : inner.stream().map(s -> lower ? s.toLowerCase() : s.toUpperCase()).toList();
        }
        return null;
    }

    /**
     * A double-quoted string with simple interpolation ({@code "a_$x"}, {@code "a_{$x}_b"}, {@code "${x}"}) of
     * variables with known values; null for anything more complex (array or property access, heredocs, backticks).
     */
    private static List<String> interpolated(String text, Map<String, List<String>> variables) {
        if (text.length() < 2 || text.charAt(0) != '"') {
            return null;
        }
        String body = text.substring(1, text.length() - 1);
        List<String> result = List.of("");
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(i + 1);
                switch (next) {
                    case 'n' -> literal.append('\n');
                    case 't' -> literal.append('\t');
                    case 'r' -> literal.append('\r');
                    case '\\', '$', '"' -> literal.append(next);
                    default -> literal.append(c).append(next);
                }
                i += 2;
                continue;
            }
            String name;
            int after;
            if (body.startsWith("{$", i) || body.startsWith("${", i)) {
                int close = body.indexOf('}', i + 2);
                if (close < 0) {
                    return null;
                }
                name = body.substring(i + 2, close);
                after = close + 1;
                if (!isName(name)) {
                    return null;
                }
            } else if (c == '$' && i + 1 < body.length() && isNameStart(body.charAt(i + 1))) {
                after = i + 1;
                while (after < body.length() && isNamePart(body.charAt(after))) {
                    after++;
                }
                if (body.startsWith("[", after) || body.startsWith("->", after)) {
                    return null;
                }
                name = body.substring(i + 1, after);
            } else {
                literal.append(c);
                i++;
                continue;
            }
            List<String> values = variables.get(name);
            if (values == null) {
                return null;
            }
            result = cross(result, List.of(literal.toString()));
            result = cross(result, values);
            literal.setLength(0);
            i = after;
        }
        return distinct(cross(result, List.of(literal.toString())));
    }

    private static List<String> cross(List<String> lefts, List<String> rights) {
        List<String> joined = new ArrayList<>();
        for (String left : lefts) {
            for (String right : rights) {
                joined.add(left + right);
            }
        }
        return joined;
    }

    private static boolean isName(String s) {
        if (s.isEmpty() || !isNameStart(s.charAt(0))) {
            return false;
        }
        return s.chars().allMatch(ch -> isNamePart((char) ch));
    }

    private static boolean isNameStart(char c) {
        return c == '_' || Character.isLetter(c) || c >= 0x80;
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || Character.isDigit(c);
    }

    /** The two branches of a top-level {@code cond ? a : b}, or null if {@code tokens} is no full ternary. */
    private static List<List<PhpToken>> ternary(List<PhpToken> tokens) {
        int depth = 0;
        int question = -1;
        int open = 0;
        for (int i = 0; i < tokens.size(); i++) {
            PhpToken t = tokens.get(i);
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                depth--;
            } else if (depth == 0 && t.is("?")) {
                if (question < 0) {
                    question = i;
                }
                open++;
            } else if (depth == 0 && t.is(":") && question >= 0 && --open == 0) {
                if (i == question + 1) {
                    return null; // short ternary ?: yields the condition
                }
                return List.of(tokens.subList(question + 1, i), tokens.subList(i + 1, tokens.size()));
            }
        }
        return null;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
