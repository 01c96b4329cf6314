package dev.ispconfig.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.tools.extract.PhpToken.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhpLexerTest {

    private static List<String> texts(String php) {
        return PhpLexer.tokenize(php).stream().map(PhpToken::text).toList();
    }

    @Test
    void inlineHtmlBeforeTheOpeningTagAndAfterTheClosingTagIsNoCode() {
        assertThat(texts("<p>function f() {</p><?php $a = 1; ?> text { ( <?= $b ?>"))
                .containsExactly("$a", "=", "1", ";", ";", "$b", ";");
    }

    @Test
    void commentsDisappearButMarkTheFollowingTokenAsSpaced() {
        List<PhpToken> tokens = PhpLexer.tokenize("<?php a/* } */b // { function\nc # ) (\nd");
        assertThat(tokens).extracting(PhpToken::text).containsExactly("a", "b", "c", "d");
        assertThat(tokens).extracting(PhpToken::spaceBefore).containsExactly(true, true, true, true);
        assertThat(tokens).extracting(PhpToken::line).containsExactly(1, 1, 2, 3);
    }

    @Test
    void aLineCommentEndsAtAClosingTag() {
        assertThat(texts("<?php // note ?>html { <?php x")).containsExactly(";", "x");
    }

    @Test
    void singleQuotedStringsDecodeOnlyTheirTwoEscapes() {
        PhpToken t = PhpLexer.tokenize("<?php 'it\\'s \\\\ \\n { ( , function'").get(0);
        assertThat(t.type()).isEqualTo(Type.STRING);
        assertThat(t.value()).isEqualTo("it's \\ \\n { ( , function");
        assertThat(t.text()).isEqualTo("'it\\'s \\\\ \\n { ( , function'");
    }

    @Test
    void doubleQuotedStringsAreConstantUnlessTheyInterpolate() {
        List<PhpToken> tokens = PhpLexer.tokenize("<?php \"a \\\"b\\\" } \\$x\" \"v {$x} }\" \"cost: $\" `ls`");
        assertThat(tokens).extracting(PhpToken::type).containsOnly(Type.STRING);
        assertThat(tokens).extracting(PhpToken::value).containsExactly("a \"b\" } $x", null, "cost: $", null);
    }

    @Test
    void heredocAndNowdocAreOneTokenUpToTheirLabel() {
        List<PhpToken> tokens = PhpLexer.tokenize("<?php $a = <<<EOT\n} function x() { EOTX\n  EOT;\n"
                + "$b = <<<'RAW'\n{ ( \nRAW;\n$c");
        assertThat(tokens).extracting(PhpToken::text).containsExactly("$a", "=",
                "<<<EOT\n} function x() { EOTX\n  EOT", ";", "$b", "=", "<<<'RAW'\n{ ( \nRAW", ";", "$c");
        assertThat(tokens.get(tokens.size() - 1).line()).isEqualTo(7);
    }

    @Test
    void operatorsAreMatchedLongestFirst() {
        assertThat(texts("<?php $a->b ?-> c::d => ... === ?? .= . ?:"))
                .containsExactly("$a", "->", "b", "?->", "c", "::", "d", "=>", "...", "===", "??", ".=", ".", "?",
                        ":");
    }

    @Test
    void variablesNamesAndNumbersAreTyped() {
        assertThat(PhpLexer.tokenize("<?php $x \\Name\\Space fn_2 42 1.5"))
                .extracting(PhpToken::type)
                .containsExactly(Type.VARIABLE, Type.IDENT, Type.IDENT, Type.NUMBER, Type.NUMBER);
    }

    @Test
    void bracketsInsideAnAttributeDoNotLeak() {
        assertThat(texts("<?php #[Attr(['x' => ']'])] function f() {}"))
                .containsExactly("function", "f", "(", ")", "{", "}");
    }
}
