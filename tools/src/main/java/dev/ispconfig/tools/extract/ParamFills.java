package dev.ispconfig.tools.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a method fills into its {@code $params} before it writes them, when the caller left them out:
 * {@code if($params['document_root'] == '') $params['document_root'] = '-';} (also with {@code !isset(…)} or
 * {@code empty(…)} as the condition). The value must be a literal; the condition must test the same key.
 */
final class ParamFills {

    private static final String PARAMS = "$params";

    private ParamFills() {
    }

    /** Key to the filled value as PHP prints it (a string's content, a number's digits), in source order. */
    static Map<String, String> find(List<PhpToken> body) {
        Map<String, String> fills = new LinkedHashMap<>();
        for (int i = 0; i + 1 < body.size(); i++) {
            if (!body.get(i).isWord("if") || !body.get(i + 1).is("(")) {
                continue;
            }
            int close = Tokens.close(body, i + 1);
            if (close >= body.size()) {
                continue;
            }
            int at = close + 1;
            String key = key(body, at);
            if (key == null || at + 4 >= body.size() || !body.get(at + 4).is("=")) {
                continue;
            }
            String value = literal(body, at + 5);
            if (value != null && mentions(body.subList(i + 2, close), key)) {
                fills.put(key, value);
            }
        }
        return fills;
    }

    /** The key of {@code $params['key']} starting at {@code at}, else null. */
    private static String key(List<PhpToken> body, int at) {
        if (at + 3 >= body.size() || !body.get(at).text().equals(PARAMS) || !body.get(at + 1).is("[")
                || !body.get(at + 2).isConstantString() || !body.get(at + 3).is("]")) {
            return null;
        }
        return body.get(at + 2).value();
    }

    /** A literal followed by {@code ;}: a constant string, a number, or a negative number. */
    private static String literal(List<PhpToken> body, int at) {
        if (at + 1 < body.size() && body.get(at).isConstantString() && body.get(at + 1).is(";")) {
            return body.get(at).value();
        }
        if (at + 1 < body.size() && body.get(at).type() == PhpToken.Type.NUMBER && body.get(at + 1).is(";")) {
            return body.get(at).text();
        }
        if (at + 2 < body.size() && body.get(at).is("-") && body.get(at + 1).type() == PhpToken.Type.NUMBER
                && body.get(at + 2).is(";")) {
            return "-" + body.get(at + 1).text();
        }
        return null;
    }

    private static boolean mentions(List<PhpToken> condition, String key) {
        for (int i = 0; i < condition.size(); i++) {
            if (key.equals(key(condition, i))) {
                return true;
            }
        }
        return false;
    }
}
