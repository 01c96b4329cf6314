package dev.ispconfig.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.api.ApiInventory;
import dev.ispconfig.client.api.MethodKind;
import dev.ispconfig.client.api.MiscModule;
import dev.ispconfig.client.soap.SoapRequest;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One call per module through the generated classes: the method name and PHP's argument order on the wire. */
class GeneratedModulesWireTest {

    private final FakePanel panel = new FakePanel();
    private final IspConfigClient client = FakePanel.clientFor(panel).build();

    @AfterEach
    void close() {
        client.close();
    }

    private void answer(Object value) {
        panel.handler = arguments -> value;
    }

    /** The arguments after the session id of every request of {@code method}, checking the session id came first. */
    private List<List<Object>> sent(String method) {
        return panel.requests.stream().filter(request -> request.method().equals(method)).map(request -> {
            assertThat(request.arguments().get(0)).isIn(panel.issuedIds);
            return request.arguments().subList(1, request.arguments().size());
        }).toList();
    }

    @Test
    void admin() {
        answer(true);
        assertThat(client.admin().systemConfigSet("mail", "relayhost", "smtp.example.com")).isEqualTo(1);
        assertThat(sent("system_config_set")).containsExactly(List.of("mail", "relayhost", "smtp.example.com"));
    }

    @Test
    void aps() {
        answer(true);
        assertThat(client.aps().instanceDelete(5, Map.of("keep_database", true))).isEqualTo(1);
        assertThat(client.aps().instanceDelete(5)).isEqualTo(1);
        assertThat(sent("sites_aps_instance_delete")).containsExactly(List.of(5, Map.of("keep_database", true)),
                List.of(5));
    }

    @Test
    void backups() {
        answer(true);
        assertThat(client.backups().webDomainBackup(3, "backup_restore")).isEqualTo(true);
        assertThat(sent("sites_web_domain_backup")).containsExactly(List.of(3, "backup_restore"));
    }

    @Test
    void clients() {
        answer(1);
        assertThat(client.clients().update(7, 2, Map.of("company_name", "ACME"))).isEqualTo(1);
        assertThat(sent("client_update")).containsExactly(List.of(7, 2, Map.of("company_name", "ACME")));
    }

    @Test
    void cron() {
        answer("8");
        assertThat(client.cron().add(7, Map.of("command", "/bin/true"))).isEqualTo(8);
        assertThat(sent("sites_cron_add")).containsExactly(List.of(7, Map.of("command", "/bin/true")));
    }

    @Test
    void databases() {
        answer("9");
        assertThat(client.databases().userAdd(7, Map.of("database_user", "c7_app"))).isEqualTo(9);
        assertThat(sent("sites_database_user_add")).containsExactly(List.of(7, Map.of("database_user", "c7_app")));
    }

    @Test
    void dns() {
        answer("10");
        Map<String, ?> record = Map.of("name", "www", "data", "192.0.2.1");
        // The generated surface itself; the hand-audited DnsModule adds type and active (HandAuditedModulesTest).
        var dns = new dev.ispconfig.client.api.GeneratedDnsModule(client);
        assertThat(dns.aAdd(7, record, true)).isEqualTo(10);
        assertThat(dns.aAdd(7, record)).isEqualTo(10);
        assertThat(sent("dns_a_add")).containsExactly(List.of(7, record, true), List.of(7, record));
    }

    @Test
    void domains() {
        answer(List.of(Map.of("domain_id", "4", "domain", "example.com")));
        List<DataRecord> found = client.domains().domainGet(Map.of("domain", "example.com"));
        assertThat(found).singleElement().satisfies(domain -> assertThat(domain.getInt("domain_id")).isEqualTo(4));
        assertThat(sent("domains_domain_get")).containsExactly(List.of(Map.of("domain", "example.com")));
    }

    @Test
    void ftp() {
        answer(Map.of("ftp_user_id", "3", "username", "web1ftp"));
        DataRecord user = client.ftp().get(3);
        assertThat(user.getString("username")).isEqualTo("web1ftp");
        assertThat(sent("sites_ftp_user_get")).containsExactly(List.of(3));
    }

    @Test
    void mail() {
        answer(null);
        assertThat(new dev.ispconfig.client.api.GeneratedMailModule(client).userGet(99)).isNull();
        assertThat(sent("mail_user_get")).containsExactly(List.of(99));
    }

    @Test
    void misc() {
        answer(List.of());
        client.misc().trafficquotaGetByUser(7, 30);
        client.misc().trafficquotaGetByUser(7);
        assertThat(sent("trafficquota_get_by_user")).containsExactly(List.of(7, 30), List.of(7));
    }

    @Test
    void monitor() {
        answer(0);
        client.monitor().jobqueueCount();
        client.monitor().jobqueueCount(2);
        assertThat(sent("monitor_jobqueue_count")).containsExactly(List.of(), List.of(2));
    }

    @Test
    void openvz() {
        answer("11");
        assertThat(client.openvz().vmAddFromTemplate(7, 2, 3, Map.of("hostname", "vm1"))).isEqualTo(11);
        assertThat(sent("openvz_vm_add_from_template")).containsExactly(List.of(7, 2, 3, Map.of("hostname", "vm1")));
    }

    @Test
    void server() {
        answer(Map.of());
        client.server().get(1, "web");
        client.server().get();
        assertThat(sent("server_get")).containsExactly(List.of(1, "web"), List.of());
    }

    @Test
    void shell() {
        answer(true);
        assertThat(client.shell().delete(5)).isEqualTo(1);
        assertThat(sent("sites_shell_user_delete")).containsExactly(List.of(5));
    }

    @Test
    void sites() {
        answer("12");
        assertThat(client.sites().webDomainAdd(7, Map.of("domain", "example.com"), true)).isEqualTo(12);
        assertThat(sent("sites_web_domain_add")).containsExactly(List.of(7, Map.of("domain", "example.com"), true));
    }

    @Test
    void webdav() {
        answer(1);
        assertThat(client.webdav().update(7, 9, Map.of("password", "secret"))).isEqualTo(1);
        assertThat(sent("sites_webdav_user_update")).containsExactly(List.of(7, 9, Map.of("password", "secret")));
    }

    @Test
    void aViewsModulesCallThroughTheViewsSession() {
        answer(Map.of("domain_id", "1"));
        IspConfigClient view = client.asClient("client1", FakePanel.PASSWORD);
        view.sites().webDomainGet(1);
        client.sites().webDomainGet(1);

        List<SoapRequest> gets = panel.requests.stream()
                .filter(request -> request.method().equals("sites_web_domain_get")).toList();
        assertThat(panel.issuedIds).hasSize(2);
        assertThat(gets.get(0).arguments()).containsExactly(panel.issuedIds.get(0), 1);
        assertThat(gets.get(1).arguments()).containsExactly(panel.issuedIds.get(1), 1);
        assertThat(view.sites()).isNotSameAs(client.sites()).isSameAs(view.sites());
        assertThat(client.dns()).isSameAs(client.dns());
    }

    @Test
    void loginAndLogoutHaveNoMethodsButStayInTheInventory() {
        assertThat(Arrays.stream(MiscModule.class.getMethods()).map(Method::getName))
                .contains("getFunctionList").doesNotContain("login", "logout");
        assertThat(ApiInventory.METHODS).contains("login", "logout", "get_function_list").doesNotContain("__construct")
                .doesNotHaveDuplicates();
        assertThat(new HashSet<>(ApiInventory.METHODS)).hasSameSizeAs(ApiInventory.METHODS);
        assertThat(ApiInventory.TAG).startsWith("v");
        assertThat(ApiInventory.method("sites_web_domain_get")).get()
                .satisfies(method -> assertThat(method.kind()).isEqualTo(MethodKind.GET))
                .satisfies(method -> assertThat(method.kind().isIdempotent()).isTrue())
                .satisfies(method -> assertThat(method.module()).isEqualTo("sites"))
                .satisfies(method -> assertThat(method.permissions()).containsExactly("sites_web_domain_get"));
        assertThat(ApiInventory.method("dns_a_add")).get()
                .satisfies(method -> assertThat(method.kind().isIdempotent()).isFalse());
        assertThat(ApiInventory.method("no_such_method")).isEmpty();
        assertThat(ApiInventory.ALL).allSatisfy(method -> assertThat(method.module()).isEqualTo(
                Modules.of(method.name())));
    }
}
