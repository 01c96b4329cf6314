package dev.ispconfig.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The traps of php-fixtures/scanner/traps.php. */
class PhpScannerTest {

    private static List<PhpClass> classes;
    private static PhpClass box;

    @BeforeAll
    static void scan() {
        classes = PhpScanner.scan(Fixtures.read("scanner/traps.php"), "scanner/traps.php");
        box = classes.get(0);
    }

    private static PhpMethod method(String name) {
        return box.method(name).orElseThrow();
    }

    private static List<String> defaults(String name) {
        return method(name).params().stream().map(PhpParam::defaultText).toList();
    }

    @Test
    void findsBothClassesAcrossInlineHtmlWithTheirParents() {
        assertThat(classes).extracting(PhpClass::name).containsExactly("trap_box", "second_box");
        assertThat(box.parent()).isEqualTo("base_box");
        assertThat(classes.get(1).parent()).isNull();
        assertThat(box.file()).isEqualTo("scanner/traps.php");
    }

    @Test
    void findsOnlyRealMethodsInDeclarationOrderNeverCommentsStringsHeredocsOrClosures() {
        assertThat(box.methods()).extracting(PhpMethod::name).containsExactly("nested_defaults", "multi_line",
                "guarded", "hidden", "bare", "by_ref_return", "one_liner", "same_line_next");
        assertThat(classes.get(1).methods()).extracting(PhpMethod::name).containsExactly("only");
    }

    @Test
    void linesAreThoseOfTheFunctionKeyword() {
        assertThat(box.methods()).extracting(PhpMethod::line).containsExactly(9, 13, 34, 37, 41, 46, 50, 50);
        assertThat(classes.get(1).methods().get(0).line()).isEqualTo(56);
    }

    @Test
    void visibilityDefaultsToPublicAndStaticIsRecorded() {
        assertThat(box.methods()).extracting(PhpMethod::visibility).containsExactly("public", "public",
                "protected", "private", "public", "public", "public", "public");
        assertThat(method("hidden").isStatic()).isTrue();
        assertThat(method("by_ref_return").isStatic()).isTrue();
        assertThat(method("bare").isStatic()).isFalse();
    }

    @Test
    void balancedParenthesesInDefaultsAreKept() {
        assertThat(method("nested_defaults").params()).extracting(PhpParam::name)
                .containsExactly("session_id", "params", "deep", "flag");
        assertThat(defaults("nested_defaults")).containsExactly(null, "array()", "array(array())", "false");
    }

    @Test
    void aMultiLineSignatureWithCommentsTypesReferencesAndStringsIsSplitCorrectly() {
        PhpMethod m = method("multi_line");
        assertThat(m.params()).extracting(PhpParam::name)
                .containsExactly("session_id", "target", "list", "text", "count", "escaped", "empty");
        assertThat(defaults("multi_line")).containsExactly(null, null, "array('a', 'b')", "'x, (y) {z}'", "null",
                "\"say \\\"hi\\\", (ok)\"", "''");
        assertThat(m.params()).extracting(PhpParam::type)
                .containsExactly(null, null, "array", null, "?int", null, null);
        assertThat(m.params()).extracting(PhpParam::byReference)
                .containsExactly(false, true, false, false, false, false, false);
    }

    @Test
    void byReferenceAndVariadicParametersKeepTheirNames() {
        assertThat(method("by_ref_return").params()).extracting(PhpParam::name).containsExactly("a", "rest");
        assertThat(method("by_ref_return").params().get(0).byReference()).isTrue();
        assertThat(defaults("bare")).containsExactly("\"default, with comma\"");
    }

    @Test
    void bodiesEndAtTheirOwnClosingBraceDespiteBracesInStringsCommentsAndHeredocs() {
        String body = method("multi_line").body();
        assertThat(body).startsWith("{\n\t\t$s = ").endsWith("return $s . $t . $u . $h;\n\t}");
        assertThat(method("one_liner").body()).isEqualTo("{ return '}'; }");
        assertThat(method("same_line_next").body()).isEqualTo("{ return $q; }");
        assertThat(method("guarded").body()).isEqualTo("{\n\t}");
        assertThat(method("bare").body()).contains("function ($y)");
    }

    @Test
    void methodNamesAreLookedUpCaseInsensitively() {
        assertThat(box.method("MULTI_line")).isPresent();
        assertThat(box.method("fake_block")).isEmpty();
        assertThat(box.method("heredoc_fake")).isEmpty();
        assertThat(box.method("html_fake")).isEmpty();
    }

    @Test
    void anAbstractMethodHasNoBody() {
        List<PhpClass> scanned = PhpScanner.scan(
                "<?php abstract class shape { abstract protected function area($unit = 'cm');"
                        + " public function name() { return 'shape'; } }", "x.php");
        assertThat(scanned.get(0).methods()).extracting(PhpMethod::name).containsExactly("area", "name");
        assertThat(scanned.get(0).methods().get(0).body()).isEmpty();
        assertThat(scanned.get(0).methods().get(0).params().get(0).defaultText()).isEqualTo("'cm'");
    }

    @Test
    void classConstantsAndAnonymousClassesAreNoDeclarations() {
        List<PhpClass> scanned = PhpScanner.scan("<?php class real { public function make() {"
                + " $n = self::class; return new class { public function inner() {} }; } }", "y.php");
        assertThat(scanned).extracting(PhpClass::name).containsExactly("real");
        assertThat(scanned.get(0).methods()).extracting(PhpMethod::name).containsExactly("make");
    }
}
