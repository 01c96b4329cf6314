package dev.ispconfig.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dispatch and facts over the fake source tree of php-fixtures/tree. */
class ExtractorTest {

    private static final String BASE = "interface/lib/classes/remoting.inc.php";
    private static final String A = "interface/lib/classes/remote.d/a.inc.php";
    private static final String B = "interface/lib/classes/remote.d/b.inc.php";
    private static final String ZED = "interface/web/zmod/lib/classes/remote.d/zed.inc.php";

    private static ExtractedInventory inventory;

    @BeforeAll
    static void extract() throws IOException {
        inventory = Extractor.extract(new FolderSource(Fixtures.tree()), "v0.1");
    }

    private static ApiMethod method(String name) {
        return inventory.methods().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void filesAreTakenInGlobOrderRemoteDFirstSkippingHiddenAndNonMatchingNames() throws IOException {
        assertThat(Extractor.remoteFiles(new FolderSource(Fixtures.tree()))).containsExactly(
                A, B, "interface/lib/classes/remote.d/c.inc.php", ZED);
    }

    @Test
    void namesAreInDispatchOrderWithOwnMethodsThenInheritedOnesAndConstructLeftOut() {
        assertThat(inventory.methods()).extracting(ApiMethod::name).containsExactly(
                "widget_get", "widget_add", "widget_delete", "shared_name", "logout", "server_get", "login",
                "get_function_list", "gadget_x_get", "gadget_x_add", "gadget_y_add", "gadget_sized_update",
                "gadget_purge_delete", "gadget_set_status", "gadget_list_all", "gadget_dynamic_get", "zed_get");
    }

    @Test
    void privateAndProtectedMethodsAndClassesNotNamedAfterTheirFileAreNotDispatched() {
        assertThat(inventory.methods()).extracting(ApiMethod::name).doesNotContain("widget_secret",
                "widget_guarded", "gadget_any_get", "gadget_any_add", "checkPerm", "insertQuery", "base_secret",
                "not_dispatched", "hidden_get", "__construct");
    }

    @Test
    void aLaterFileReplacesAnEarlierRegistrationInPlace() {
        assertThat(method("shared_name")).extracting(ApiMethod::phpFile, ApiMethod::declaringClass,
                ApiMethod::dispatchClass, ApiMethod::line).containsExactly(B, "remoting_b", "remoting_b", 5);
    }

    @Test
    void inheritedMethodsRunTheBaseBodyUnderTheLastClassThatRegisteredThem() {
        assertThat(method("server_get")).extracting(ApiMethod::phpFile, ApiMethod::line,
                ApiMethod::declaringClass, ApiMethod::dispatchClass, ApiMethod::perm)
                .containsExactly(BASE, 41, "remoting", "remoting_zed", List.of("server_get"));
        assertThat(method("server_get").params()).extracting(PhpParam::name, PhpParam::defaultText)
                .containsExactly(tuple("session_id", null), tuple("server_id", "null"), tuple("section", "''"));
    }

    @Test
    void loginLogoutAndGetFunctionListArePointedAtTheBaseClassEvenWhenOverridden() {
        assertThat(inventory.methods()).filteredOn(m -> Dispatcher.BASE_METHODS.contains(m.name()))
                .extracting(ApiMethod::name, ApiMethod::declaringClass, ApiMethod::dispatchClass, ApiMethod::phpFile)
                .containsExactly(tuple("logout", "remoting", "remoting", BASE),
                        tuple("login", "remoting", "remoting", BASE),
                        tuple("get_function_list", "remoting", "remoting", BASE));
        assertThat(method("login").params()).extracting(PhpParam::defaultText).containsExactly(null, null, "false");
        assertThat(method("login").perm()).isEmpty();
    }

    @Test
    void ownMethodsKeepTheirFileLineAndClass() {
        assertThat(method("widget_delete")).extracting(ApiMethod::phpFile, ApiMethod::line,
                ApiMethod::declaringClass, ApiMethod::dispatchClass)
                .containsExactly(A, 23, "remoting_a", "remoting_a");
        assertThat(method("zed_get")).extracting(ApiMethod::phpFile, ApiMethod::dispatchClass, ApiMethod::module)
                .containsExactly(ZED, "remoting_zed", "misc");
    }

    @Test
    void permTformAndTformReadPerMethod() {
        assertThat(method("widget_get")).extracting(ApiMethod::perm, ApiMethod::tform, ApiMethod::tformRead)
                .containsExactly(List.of("widget_get"), List.of(), List.of("../widgets/form/widget.tform.php"));
        assertThat(method("widget_add")).extracting(ApiMethod::perm, ApiMethod::tform, ApiMethod::tformRead)
                .containsExactly(List.of("widget_add"), List.of("../widgets/form/widget.tform.php"), List.of());
        assertThat(method("gadget_sized_update").tform())
                .containsExactly("../gadgets/form/large.tform.php", "../gadgets/form/small.tform.php");
        assertThat(method("gadget_purge_delete")).extracting(ApiMethod::perm, ApiMethod::tform).containsExactly(
                List.of("gadget_purge_delete", "gadget_delete"),
                List.of("../gadgets/form/part.tform.php", "../gadgets/form/gadget.tform.php"));
        assertThat(method("gadget_set_status")).extracting(ApiMethod::tform, ApiMethod::tformRead)
                .containsExactly(List.of("../gadgets/form/gadget.tform.php"), List.of());
        assertThat(method("gadget_list_all")).extracting(ApiMethod::perm, ApiMethod::tform, ApiMethod::tformRead)
                .containsExactly(List.of(), List.of(), List.of());
    }

    @Test
    void wrappersTakeTheirFactsFromTheHelperTheyDelegateTo() {
        assertThat(method("gadget_x_get")).extracting(ApiMethod::line, ApiMethod::perm, ApiMethod::tformRead)
                .containsExactly(13, List.of("gadget_x_get"), List.of("../gadgets/form/gadget_x.tform.php"));
        assertThat(method("gadget_x_add")).extracting(ApiMethod::perm, ApiMethod::tform)
                .containsExactly(List.of("gadget_x_add"), List.of("../gadgets/form/gadget_x.tform.php"));
        // No type passed: the helper's default applies (and its perm string interpolates the variable).
        assertThat(method("gadget_y_add")).extracting(ApiMethod::perm, ApiMethod::tform)
                .containsExactly(List.of("gadget_y_add"), List.of("../gadgets/form/gadget_y.tform.php"));
    }

    @Test
    void aPermissionBuiltFromACallerArgumentIsUnknownAndReported() {
        assertThat(method("gadget_dynamic_get").perm()).isEmpty();
        assertThat(inventory.warnings()).containsExactly(
                "gadget_dynamic_get: cannot evaluate the argument of checkPerm at line 66");
    }

    @Test
    void kindsAndModulesFollowTheNames() {
        assertThat(inventory.methods()).extracting(ApiMethod::name, ApiMethod::kind).contains(
                tuple("widget_get", "get"), tuple("widget_add", "add"), tuple("widget_delete", "delete"),
                tuple("gadget_set_status", "update"), tuple("gadget_list_all", "get"), tuple("login", "other"),
                tuple("shared_name", "other"));
        assertThat(method("login").module()).isEqualTo("misc");
        assertThat(method("server_get").module()).isEqualTo("server");
    }

    @Test
    void aFolderSourceHasNoCommit() {
        assertThat(inventory.commit()).isNull();
        assertThat(inventory.tag()).isEqualTo("v0.1");
    }
}
