package dev.ispconfig.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactFinderTest {

    /** The facts of {@code method} in a class made of {@code members}. */
    private static Facts facts(String method, String members) {
        PhpClass c = PhpScanner.scan("<?php class t { " + members + " }", "t.php").get(0);
        FactFinder finder = new FactFinder(name -> c.method(name).filter(m -> !m.isPublic()));
        return finder.facts(c.method(method).orElseThrow());
    }

    @Test
    void permIsTheLiteralPassedToCheckPermAndAListWhenSeveralInOrder() {
        Facts f = facts("f", "public function f($s) { if(!$this->checkPerm($s, 'b_perm')) return false;"
                + " if(!$this->checkPerm($s, 'a_perm') || !$this->checkPerm($s, 'b_perm')) return false; }");
        assertThat(f.perm()).containsExactly("b_perm", "a_perm");
        assertThat(f.tform()).isEmpty();
        assertThat(f.unresolved()).isEmpty();
    }

    @Test
    void paramsTheMethodFillsInWhenLeftOutAreFills() {
        Facts f = facts("f", "public function f($s, $c, $params) {"
                + " if($params['document_root'] == '') $params['document_root'] = '-';"
                + " if (!isset($params['uid'])) $params['uid'] = -1;"
                + " if(empty($params['mode'])) $params['mode'] = 30;"
                + " if($params['other'] == '') $params['unrelated'] = 'x';"
                + " if($params['computed'] == '') $params['computed'] = $c . 'x';"
                + " $params['always'] = 'y';"
                + " return $this->insertQuery('../m/form/one.tform.php', $c, $params); }");
        assertThat(f.fills()).containsExactly(Map.entry("document_root", "-"), Map.entry("uid", "-1"),
                Map.entry("mode", "30"));
    }

    @Test
    void aStringThatOnlyMentionsCheckPermIsNoCall() {
        Facts f = facts("f", "public function f($s) { $x = \"$this->checkPerm($s, 'fake')\"; /* checkPerm($s, 'c') */"
                + " return 'checkPerm(1, \\'x\\')'; }");
        assertThat(f.perm()).isEmpty();
    }

    @Test
    void tformComesFromEveryWriteHelperAndItsVariants() {
        Facts f = facts("f", "public function f($s, $c, $p) {"
                + " $sql = $this->insertQueryPrepare('../m/form/one.tform.php', $c, $p);"
                + " $this->insertQueryExecute($sql, $p);"
                + " $this->klientadd('../m/form/two.tform.php', $c, $p);"
                + " $this->updateQuery('../m/form/one.tform.php', $c, 1, $p); }");
        assertThat(f.tform()).containsExactly("../m/form/one.tform.php", "../m/form/two.tform.php");
        assertThat(f.unresolved()).isEmpty();
    }

    @Test
    void bothBranchesOfATernaryInAConcatenationAreForms() {
        Facts f = facts("f", "public function f($s, $c, $p) {"
                + " return $this->updateQuery('../c/form/' . (isset($p['r']) && $p['r'] != 0 ? 'reseller' : 'client')"
                + " . '.tform.php', $c, 1, $p, 'c:' . ($c ? 'x' : 'y')); }");
        assertThat(f.tform()).containsExactly("../c/form/reseller.tform.php", "../c/form/client.tform.php");
    }

    @Test
    void tformReadNeedsLoadFormDefFollowedByGetDataRecordAndNoWrite() {
        String load = "global $app; $app->lib->loadFormDef('../m/form/r.tform.php');";
        assertThat(facts("f", "public function f($id) { " + load + " return $app->lib->getDataRecord($id); }")
                .tformRead()).containsExactly("../m/form/r.tform.php");
        assertThat(facts("f", "public function f($id) { " + load + " return $app->db->queryAllRecords('x'); }")
                .tformRead()).isEmpty();
        assertThat(facts("f", "public function f($id, $p) { " + load + " $old = $app->lib->getDataRecord($id);"
                + " return $this->updateQuery('../m/form/r.tform.php', 0, $id, $p); }").tformRead()).isEmpty();
    }

    @Test
    void aWrapperWithoutFactsIsFollowedIntoItsPrivateHelperWithBoundArguments() {
        String helper = "private function any_get($s, $id, $kind = 'Q') { global $app; $kind = strtolower($kind);"
                + " if(!$this->checkPerm($s, 'thing_' . $kind . '_get')) return false;"
                + " $app->lib->loadFormDef('../t/form/thing_' . $kind . '.tform.php');"
                + " return $app->lib->getDataRecord($id); }";
        Facts f = facts("thing_mx_get", "public function thing_mx_get($s, $id) {"
                + " return $this->any_get($s, $id, 'MX'); } " + helper);
        assertThat(f.perm()).containsExactly("thing_mx_get");
        assertThat(f.tformRead()).containsExactly("../t/form/thing_mx.tform.php");
        assertThat(facts("thing_default_get", "public function thing_default_get($s, $id) {"
                + " return $this->any_get($s, $id); } " + helper).perm()).containsExactly("thing_q_get");
    }

    @Test
    void aWrapperWithItsOwnFactsIsNotFollowed() {
        Facts f = facts("w", "public function w($s) { if(!$this->checkPerm($s, 'own')) return false;"
                + " return $this->h($s); } private function h($s) { $this->checkPerm($s, 'helper');"
                + " return $this->deleteQuery('../h.tform.php', 1); }");
        assertThat(f.perm()).containsExactly("own");
        assertThat(f.tform()).isEmpty();
    }

    @Test
    void publicMethodsAreNotFollowed() {
        Facts f = facts("w", "public function w($s) { return $this->other($s); }"
                + " public function other($s) { $this->checkPerm($s, 'other'); }");
        assertThat(f.isEmpty()).isTrue();
    }

    @Test
    void anArgumentThatCannotBeEvaluatedIsReported() {
        Facts f = facts("f", "public function f($s, $name) { $this->checkPerm($s, $name);"
                + " $this->checkPerm($s, \"x_{$name}\"); $this->checkPerm($s, 'ok'); }");
        assertThat(f.perm()).containsExactly("ok");
        assertThat(f.unresolved()).containsExactly("checkPerm at line 1", "checkPerm at line 1");
    }

    @Test
    void reassignedVariablesTakeTheirLatestValueAndUnknownOnesAreForgotten() {
        Facts f = facts("f", "public function f($s, $in) { $p = 'first'; $this->checkPerm($s, $p);"
                + " $p = $in; $this->checkPerm($s, $p); }");
        assertThat(f.perm()).containsExactly("first");
        assertThat(f.unresolved()).hasSize(1);
    }

    @Test
    void expressionsCoverConcatenationTernariesAndCaseFunctions() {
        assertThat(values("'a' . 'b'")).containsExactly("ab");
        assertThat(values("$c ? 'x' : ($d ? 'y' : 'x')")).containsExactly("x", "y");
        assertThat(values("strtoupper('ab') . 1")).containsExactly("AB1");
        assertThat(values("$c ?: 'x'")).isNull();
        assertThat(values("f('x')")).isNull();
        assertThat(values("$unknown . 'x'")).isNull();
    }

    @Test
    void simpleInterpolationOfKnownVariablesIsEvaluated() {
        Map<String, List<String>> vars = Map.of("k", List.of("mx", "ns"), "v", List.of("1"));
        assertThat(values("\"a_{$k}_b\"", vars)).containsExactly("a_mx_b", "a_ns_b");
        assertThat(values("\"$v-\\$k-${v}\"", vars)).containsExactly("1-$k-1");
        assertThat(values("\"{$k['x']}\"", vars)).isNull();
        assertThat(values("\"$k[0]\"", vars)).isNull();
        assertThat(values("\"$other\"", vars)).isNull();
    }

    private static List<String> values(String expression) {
        return values(expression, Map.of());
    }

    private static List<String> values(String expression, Map<String, List<String>> variables) {
        return Expressions.values(PhpLexer.tokenize("<?php " + expression), variables);
    }

    @Test
    void findFindsNothingForAnEmptyBody() {
        assertThat(new FactFinder(name -> Optional.empty())
                .facts(new PhpMethod("public", false, "x", 1, List.of(), "", List.of())).isEmpty()).isTrue();
    }
}
