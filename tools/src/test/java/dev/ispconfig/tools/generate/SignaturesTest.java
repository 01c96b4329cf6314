package dev.ispconfig.tools.generate;

import static dev.ispconfig.tools.generate.Inventories.formMethod;
import static dev.ispconfig.tools.generate.Inventories.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.tools.generate.Signatures.JavaParam;
import dev.ispconfig.tools.generate.Signatures.JavaType;
import dev.ispconfig.tools.generate.Signatures.Overload;
import dev.ispconfig.tools.generate.Signatures.Returns;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignaturesTest {

    private static List<Overload> plan(String methodJson) {
        return Signatures.of(Inventories.of(methodJson).methods().get(0));
    }

    private static List<String> signatures(List<Overload> overloads) {
        return overloads.stream().map(overload -> overload.returns().source + " " + overload.javaName() + "("
                + String.join(", ", overload.params().stream().map(p -> p.type().source + " " + p.name()).toList())
                + ")").toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "params | | MAP",
        "override_params | array() | MAP",
        "permissions | | MAP",
        "filter | | MAP",
        "options | array('a' => 1) | MAP",
        "readonly | false | BOOLEAN",
        "update_serial | FALSE | BOOLEAN",
        "verbose | true | BOOLEAN",
        "primary_id | | INT",
        "primary_id | null | INT",
        "server_id | 0 | INT",
        "id | | INT",
        "sys_userid | | INT",
        "sys_groupid | | INT",
        "tstamp | | INT",
        "lastdays | 0 | INT",
        "username | | STRING",
        "section | '' | STRING",
        "key | null | STRING",
        "ipaddress | | STRING",
        "customer_no | | STRING",
    })
    void typesByNameAndDefault(String name, String defaultValue, JavaType type) {
        assertThat(Signatures.typeOf(new Inventory.Param(name, defaultValue))).isEqualTo(type);
    }

    @Test
    void theSessionIdIsNeverAParameter() {
        List<Overload> overloads = plan(method("dns_a_delete", "dns", "delete", "primary_id"));
        assertThat(overloads).singleElement().satisfies(overload -> assertThat(overload.params())
                .containsExactly(new JavaParam(JavaType.INT, "primaryId", "primary_id", null)));
    }

    @Test
    void eachTrailingRunOfDefaultsGivesAnOverloadThatLeavesItOut() {
        List<Overload> overloads = plan(method("server_get", "server", "get", "server_id=null", "section=''"));
        assertThat(signatures(overloads)).containsExactly(
                "@Nullable Object get(int serverId, String section)", "@Nullable Object get(int serverId)", "@Nullable Object get()");
        assertThat(overloads.get(1).omitted()).extracting(Inventory.Param::name).containsExactly("section");
        assertThat(overloads.get(2).omitted()).extracting(Inventory.Param::name)
                .containsExactly("server_id", "section");
    }

    @Test
    void aDefaultBeforeARequiredParameterGivesNoOverload() {
        List<Overload> overloads = plan(method("mail_x_add", "mail", "other", "a=1", "b"));
        assertThat(signatures(overloads)).containsExactly("@Nullable Object xAdd(String a, String b)");
    }

    @Test
    void aGetThroughAFormTakesAnIdOrAFilter() {
        List<Overload> overloads = plan(formMethod("sites_web_domain_get", "sites", "get", null,
                "../sites/form/web_vhost_domain.tform.php", "primary_id"));
        assertThat(signatures(overloads)).containsExactly("@Nullable DataRecord webDomainGet(int primaryId)",
                "List<DataRecord> webDomainGet(Map<String, ?> filter)");
        assertThat(overloads).extracting(Overload::erasure).containsExactly("webDomainGet(int,)", "webDomainGet(Map,)");
    }

    @Test
    void aGetThroughAFormMustTakeExactlyOneParameter() {
        assertThatThrownBy(() -> plan(formMethod("sites_x_get", "sites", "get", null, "f.tform.php", "a", "b")))
                .isInstanceOf(GenerationException.class).hasMessageContaining("exactly one");
    }

    @Test
    void returnTypesByKind() {
        assertThat(plan(formMethod("sites_cron_add", "cron", "add", "c.tform.php", null, "client_id", "params")))
                .extracting(Overload::returns).containsExactly(Returns.NEW_ID);
        assertThat(plan(method("config_value_add", "admin", "add", "group", "name", "value")))
                .extracting(Overload::returns).containsExactly(Returns.OBJECT);
        assertThat(plan(formMethod("sites_cron_update", "cron", "update", "c.tform.php", null, "cron_id", "params")))
                .extracting(Overload::returns).containsExactly(Returns.AFFECTED_ROWS);
        assertThat(plan(method("config_value_delete", "admin", "delete", "group", "name")))
                .extracting(Overload::returns).containsExactly(Returns.AFFECTED_ROWS);
        assertThat(plan(method("client_get_all", "clients", "get")))
                .extracting(Overload::returns).containsExactly(Returns.OBJECT);
        assertThat(plan(formMethod("openvz_vm_start", "openvz", "other", null, "vm.tform.php", "vm_id")))
                .extracting(Overload::returns).containsExactly(Returns.OBJECT);
    }

    @Test
    void loginAndLogoutGetNoMethods() {
        assertThat(plan("{\"name\": \"login\", \"php_file\": \"r.php\", \"line\": 1, \"params\": [{\"name\":"
                + " \"username\"}, {\"name\": \"password\"}], \"kind\": \"other\", \"module\": \"misc\"}")).isEmpty();
        assertThat(plan(method("logout", "misc", "other"))).isEmpty();
    }

    @Test
    void aMethodWithoutASessionIdFirstCannotBeCalled() {
        assertThatThrownBy(() -> plan("{\"name\": \"sites_x_get\", \"php_file\": \"r.php\", \"line\": 1,"
                + " \"params\": [{\"name\": \"primary_id\"}], \"kind\": \"get\", \"module\": \"sites\"}"))
                .isInstanceOf(GenerationException.class).hasMessageContaining("$session_id first");
    }

    @Test
    void twoPhpParametersWithOneJavaNameFail() {
        assertThatThrownBy(() -> plan(method("sites_x_get", "sites", "get", "a_b", "a__b")))
                .isInstanceOf(GenerationException.class).hasMessageContaining("two parameters named aB");
    }

    @Test
    void theGroupIdsOfClientGetSitesByUserAreText() {
        List<Overload> overloads = plan(method("client_get_sites_by_user", "clients", "get", "sys_userid",
                "sys_groupid"));
        assertThat(signatures(overloads)).containsExactly("@Nullable Object getSitesByUser(int sysUserid, String sysGroupid)");
        assertThat(overloads.get(0).params().get(1).note()).contains("comma-separated");
    }
}
