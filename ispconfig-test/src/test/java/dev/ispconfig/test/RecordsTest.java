package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.ValidationException;
import dev.ispconfig.client.soap.SoapFault;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads, filters, paging, writes and their shapes, validation and permissions, through the extension. */
@IspConfigSimulatorTest
class RecordsTest {

    @Test
    void getsByIdAnswerAMapOrNilAndFiltersAList(IspConfigSimulator sim) {
        Seed.MailDomain domain = sim.seed().client("acme").mailDomain("example.com");
        int alice = domain.mailbox("alice");
        domain.mailbox("bob");
        Raw raw = new Raw(sim);
        String s = raw.login();
        assertThat(raw.call("mail_user_get", s, alice).value()).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("email", "alice@example.com")
                .containsEntry("mailuser_id", Integer.toString(alice));
        assertThat(raw.call("mail_user_get", s, 99999).value()).isNull();
        assertThat(raw.call("mail_user_get", s, "abc").value()).isEqualTo(List.of());
        assertThat(raw.call("mail_user_get", s, 0).fault())
                .isEqualTo(new SoapFault("invalid_id", "The ID has to be > 0 or -1."));
        assertThat((List<?>) raw.call("mail_user_get", s, -1).value()).hasSize(2);
        assertThat((List<?>) raw.call("mail_user_get", s, Map.of("email", "alice@example.com")).value()).hasSize(1);
        assertThat((List<?>) raw.call("mail_user_get", s, Map.of("email", "%@EXAMPLE.com")).value()).hasSize(2);
        assertThat((List<?>) raw.call("mail_user_get", s, Map.of("no_such_column", "x")).value()).isEmpty();
    }

    @Test
    void pagingKeysComeAfterTheFilter(IspConfigSimulator sim) {
        Seed.MailDomain domain = sim.seed().client("acme").mailDomain("example.com");
        for (String name : List.of("a", "b", "c", "d", "e")) {
            domain.mailbox(name);
        }
        Raw raw = new Raw(sim);
        String s = raw.login();
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("email", "%@example.com");
        filter.put("#OFFSET#", 1);
        filter.put("#LIMIT#", 2);
        List<?> page = (List<?>) raw.call("mail_user_get", s, filter).value();
        assertThat(page.stream().map(row -> (Object) ((Map<?, ?>) row).get("email")).toList())
                .containsExactly("b@example.com", "c@example.com");
        Map<String, Object> wrongOrder = new LinkedHashMap<>();
        wrongOrder.put("#LIMIT#", 2);
        wrongOrder.put("email", "%@example.com");
        assertThat((List<?>) raw.call("mail_user_get", s, wrongOrder).value()).as("binds shift as in PHP").isEmpty();
    }

    @Test
    void addsAnswerStringIdsUpdatesAndDeletesIntRows(IspConfigSimulator sim) {
        Seed.Client acme = sim.seed().client("acme");
        int client = acme.id();
        int zone = sim.seed().client("zoneowner").dnsZone("example.com.").id();
        Raw raw = new Raw(sim);
        String s = raw.login();
        Map<String, Object> params = ARecord.params(zone, "www");
        params.put("unknown_key", "ignored");
        Object id = raw.call("dns_a_add", s, client, params).value();
        assertThat(id).isInstanceOf(String.class);
        Map<?, ?> row = (Map<?, ?>) raw.call("dns_a_get", s, Integer.parseInt((String) id)).value();
        assertThat(row.keySet().stream().map(String::valueOf).toList()).doesNotContain("unknown_key", "aux", "stamp"); // no form defaults applied
        assertThat(row.get("ttl")).isEqualTo("3600");
        assertThat(row.get("sys_groupid")).isEqualTo(Integer.toString(acme.groupId()));
        assertThat(raw.call("dns_a_update", s, 0, id, Map.of("ttl", 7200)).value()).isEqualTo(1);
        assertThat(raw.call("dns_a_update", s, 0, id, Map.of("ttl", 7200)).value()).isEqualTo(0);
        assertThat(raw.call("dns_a_update", s, 0, 424242, params).value()).as("no such row").isEqualTo(0);
        assertThat(raw.call("dns_a_update", s, 0, 424242, Map.of("ttl", 7200)).fault().code())
                .as("no old row to merge: the form's required fields are missing").isEqualTo("data_processing_error");
        assertThat(raw.call("dns_a_delete", s, id).value()).isEqualTo(1);
        assertThat(raw.call("dns_a_delete", s, id).value()).isEqualTo(0);
        assertThat(raw.call("dns_a_add", s, 999, params).fault())
                .isEqualTo(new SoapFault("invalid_client_id", "Invalid client_id 999"));
    }

    @Test
    void validationAnswersTheFormsErrorKeys(IspConfigSimulator sim) {
        Raw raw = new Raw(sim);
        String s = raw.login();
        assertThat(raw.call("dns_a_add", s, 0, Map.of("data", "not-an-ip")).fault()).isEqualTo(
                new SoapFault("data_processing_error", "ip_error_wrong<br />\r\nttl_range_error<br />\r\n"));
        assertThat(raw.call("mail_user_add", s, 0, Map.of("email", "x@nowhere.example")).fault()).isEqualTo(
                new SoapFault("mail_domain_does_not_exist", "Mail domain - nowhere.example - does not exist as primary."));
    }

    @Test
    void zoneIdLookupMatchesAsThePanelDoes(IspConfigSimulator sim, IspConfigClient client) {
        int zone = sim.seed().admin().dnsZone("example.com.").id();
        assertThat(client.call("dns_zone_get_id", "example.com")).isEqualTo(zone);
        assertThatThrownBy(() -> client.call("dns_zone_get_id", "example.com."))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Invalid domain name.");
        assertThatThrownBy(() -> client.call("dns_zone_get_id", "example.org"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void typedModulesWorkAgainstTheSimulator(IspConfigSimulator sim, IspConfigClient client) {
        int site = sim.seed().client("acme").webDomain("example.com");
        assertThat(client.sites().webDomainGet(site).getString("domain")).isEqualTo("example.com");
        assertThatThrownBy(() -> client.sites().webDomainGet(site + 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.sites().webDomainAdd(1, Map.of("server_id", 1, "domain", "example.com")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("domain_error_unique");
        assertThat(client.listFunctions()).hasSize(313).contains("__construct");
    }

    @Test
    void remoteUsersHoldOnlyTheirFunctions(IspConfigSimulator sim) {
        sim.remoteUser("limited", "limited-pass", "mail_user_get");
        try (IspConfigClient limited = sim.client("limited", "limited-pass")) {
            assertThat(limited.call("mail_user_get", -1)).isEqualTo(List.of());
            assertThatThrownBy(() -> limited.call("sites_web_domain_get", 1))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(limited::listFunctions).isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void unmodelledMethodsAnswerAsAnEmptyPanel(IspConfigSimulator sim) {
        Raw raw = new Raw(sim);
        String s = raw.login();
        assertThat(raw.call("sites_cron_get", s, 5).value()).isNull();
        assertThat(raw.call("sites_cron_get", s, -1).value()).isEqualTo(List.of());
        assertThat(raw.call("sites_cron_delete", s, 5).value()).isEqualTo(0);
        assertThat(raw.call("sites_cron_add", s, 0, Map.of()).fault().code()).isEqualTo("SOAP-ENV:Server");
        assertThat(raw.call("no_such_method", s).fault())
                .isEqualTo(new SoapFault("invalid_method", "Method no_such_method does not exist"));
        assertThat(raw.call("client_get", s).fault().message())
                .startsWith("Too few arguments to function remoting_client::client_get(), 1 passed");
    }
}
