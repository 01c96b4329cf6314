package dev.ispconfig.tools.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the classes of a PHP file and, in each class body, its methods with visibility, parameters and body. Only
 * declarations directly in a class body count: closures inside method bodies are no methods.
 */
final class PhpScanner {

    private static final Set<String> MODIFIERS =
            Set.of("public", "protected", "private", "static", "abstract", "final", "var", "readonly");

    private final String src;
    private final String file;
    private final List<PhpToken> tokens;

    private PhpScanner(String src, String file) {
        this.src = src;
        this.file = file;
        this.tokens = PhpLexer.tokenize(src);
    }

    /** The classes declared in {@code src}; {@code file} is recorded as their location. */
    static List<PhpClass> scan(String src, String file) {
        return new PhpScanner(src, file).classes();
    }

    private List<PhpClass> classes() {
        List<PhpClass> classes = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhpToken t = tokens.get(i);
            boolean declaration = (t.isWord("class") || t.isWord("interface") || t.isWord("trait"))
                    && (i == 0 || !(tokens.get(i - 1).is("::") || tokens.get(i - 1).is("->")))
                    && i + 1 < tokens.size() && tokens.get(i + 1).type() == PhpToken.Type.IDENT
                    && !tokens.get(i + 1).isWord("extends") && !tokens.get(i + 1).isWord("implements");
            if (!declaration) {
                i++;
                continue;
            }
            String name = tokens.get(i + 1).text();
            String parent = null;
            int open = i + 2;
            while (open < tokens.size() && !tokens.get(open).is("{")) {
                if (tokens.get(open).isWord("extends") && open + 1 < tokens.size()) {
                    parent = stripNamespace(tokens.get(open + 1).text());
                }
                open++;
            }
            int close = Tokens.close(tokens, open);
            if (t.isWord("class")) {
                classes.add(new PhpClass(name, parent, file, methods(open + 1, close)));
            }
            i = close + 1;
        }
        return classes;
    }

    /** The methods declared between the class body's braces. */
    private List<PhpMethod> methods(int from, int to) {
        List<PhpMethod> methods = new ArrayList<>();
        List<String> modifiers = new ArrayList<>();
        int i = from;
        while (i < to) {
            PhpToken t = tokens.get(i);
            if (t.type() == PhpToken.Type.IDENT && MODIFIERS.contains(t.text().toLowerCase())) {
                modifiers.add(t.text().toLowerCase());
                i++;
            } else if (t.isWord("function")) {
                i = method(i, to, modifiers, methods);
                modifiers.clear();
            } else if (t.is("{") || t.is("(") || t.is("[")) {
                i = Tokens.close(tokens, i) + 1; // property defaults, trait adaptation blocks
                modifiers.clear();
            } else {
                if (t.is(";")) {
                    modifiers.clear();
                }
                i++;
            }
        }
        return methods;
    }

    /** Reads the method whose {@code function} keyword is at {@code at}; returns the index after it. */
    private int method(int at, int to, List<String> modifiers, List<PhpMethod> methods) {
        int i = at + 1;
        if (i < to && tokens.get(i).is("&")) {
            i++; // returns by reference
        }
        if (i >= to || tokens.get(i).type() != PhpToken.Type.IDENT) {
            return i;
        }
        String name = tokens.get(i).text();
        int open = i + 1;
        if (open >= to || !tokens.get(open).is("(")) {
            return open;
        }
        int close = Tokens.close(tokens, open);
        List<PhpParam> params = new ArrayList<>();
        for (List<PhpToken> param : Tokens.arguments(tokens, open)) {
            if (!param.isEmpty()) {
                params.add(param(param));
            }
        }
        int j = close + 1;
        while (j < to && !tokens.get(j).is("{") && !tokens.get(j).is(";")) {
            j++; // return type
        }
        String visibility = modifiers.stream().filter(m -> m.startsWith("p")).findFirst().orElse("public");
        boolean isStatic = modifiers.contains("static");
        int line = tokens.get(at).line();
        if (j >= to || tokens.get(j).is(";")) {
            methods.add(new PhpMethod(visibility, isStatic, name, line, params, "", List.of()));
            return j + 1;
        }
        int end = Tokens.close(tokens, j);
        String body = src.substring(tokens.get(j).start(), tokens.get(Math.min(end, tokens.size() - 1)).end());
        methods.add(new PhpMethod(visibility, isStatic, name, line, params, body,
                tokens.subList(j, Math.min(end + 1, tokens.size()))));
        return end + 1;
    }

    /** One parameter: [promotion modifiers] [type] [&] [...] $name [= default]. */
    private static PhpParam param(List<PhpToken> tokens) {
        List<List<PhpToken>> sides = Tokens.split(tokens, "=");
        List<PhpToken> head = sides.get(0);
        String name = null;
        boolean byReference = false;
        List<PhpToken> type = new ArrayList<>();
        for (PhpToken t : head) {
            if (t.type() == PhpToken.Type.VARIABLE) {
                name = t.text().substring(1);
                break;
            } else if (t.is("&")) {
                byReference = true;
            } else if (!t.is("...") && !(t.type() == PhpToken.Type.IDENT && MODIFIERS.contains(t.text().toLowerCase()))) {
                type.add(t);
            }
        }
        List<PhpToken> defaultTokens = sides.size() > 1 ? tokens.subList(head.size() + 1, tokens.size()) : List.of();
        return new PhpParam(name, type.isEmpty() ? null : Tokens.normalisedText(type), byReference,
                defaultTokens.isEmpty() ? null : Tokens.normalisedText(defaultTokens), defaultTokens);
    }

    private static String stripNamespace(String name) {
        return name.substring(name.lastIndexOf('\\') + 1);
    }
}
