package dev.ispconfig.tools.extract;

import java.util.List;

/**
 * A method as declared in a class body. {@code line} is the 1-based line of its {@code function} keyword; {@code body}
 * is the text from its opening to its closing brace (empty for an abstract method) and {@code bodyTokens} its tokens.
 */
record PhpMethod(String visibility, boolean isStatic, String name, int line, List<PhpParam> params, String body,
        List<PhpToken> bodyTokens) {

    PhpMethod {
        params = List.copyOf(params);
        bodyTokens = List.copyOf(bodyTokens);
    }

    boolean isPublic() {
        return visibility.equals("public");
    }
}
