package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client login (client_login=true) may call every function but sees and changes only its own rows, as getAuthSQL
 * restricts remoting_lib's reads and writes; except a read of -1, whose SQL has no such clause.
 */
class ClientLoginScopeTest {

    private final IspConfigSimulator sim = IspConfigSimulator.start();
    private final Raw raw = new Raw(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aClientLoginReadsAndWritesItsOwnRowsOnly() {
        Seed.Client acme = sim.seed().client("acme").canUseApi();
        int own = acme.mailDomain("acme.example").mailbox("alice");
        int others = sim.seed().client("other").mailDomain("other.example").mailbox("bob");
        String admin = raw.login();
        String client = (String) raw.call("login", "acme", "acme-pass", true).value();

        assertThat(raw.call("mail_user_get", client, own).value()).isNotNull();
        assertThat(raw.call("mail_user_get", client, others).value()).as("another client's row reads as none").isNull();
        assertThat((List<?>) raw.call("mail_user_get", client, Map.of("email", "%")).value()).hasSize(1);
        assertThat((List<?>) raw.call("mail_user_get", client, -1).value()).as("-1: no getAuthSQL").hasSize(2);
        assertThat((List<?>) raw.call("mail_user_get", admin, Map.of("email", "%")).value()).hasSize(2);

        assertThat(raw.call("mail_user_update", client, 0, others, Map.of("quota", "1")).fault().code())
                .as("the old row reads as none, so the merged record lacks the form's required fields")
                .isEqualTo("data_processing_error");
        assertThat(raw.call("mail_user_delete", client, others).value()).isEqualTo(0);
        assertThat(raw.call("mail_user_get", admin, others).value()).as("untouched").isNotNull();
        assertThat(raw.call("mail_user_update", client, 0, own, Map.of("quota", "1")).value()).isEqualTo(1);
        assertThat(raw.call("mail_user_delete", client, own).value()).isEqualTo(1);
    }

    @Test
    void whatAClientLoginAddsIsItsOwnWhateverClientIdItSends() {
        Seed.Client acme = sim.seed().client("acme").canUseApi();
        int zone = acme.dnsZone("acme.example.").id();
        Seed.Client other = sim.seed().client("other");
        String client = (String) raw.call("login", "acme", "acme-pass", true).value();

        Object id = raw.call("dns_a_add", client, other.id(), ARecord.params(zone, "www")).value();

        Map<?, ?> row = (Map<?, ?>) raw.call("dns_a_get", raw.login(), Integer.parseInt((String) id)).value();
        assertThat(row.get("sys_groupid")).isEqualTo(Integer.toString(acme.groupId()));
    }
}
