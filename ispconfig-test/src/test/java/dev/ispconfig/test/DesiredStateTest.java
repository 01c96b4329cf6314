package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.model.dns.DnsARecordParams;
import dev.ispconfig.client.model.dns.DnsMxRecordParams;
import dev.ispconfig.client.model.dns.DnsZoneParams;
import dev.ispconfig.client.model.mail.MailDomainParams;
import dev.ispconfig.client.model.mail.MailForwardParams;
import dev.ispconfig.client.model.mail.MailUserParams;
import dev.ispconfig.client.model.sites.DatabaseUserParams;
import dev.ispconfig.client.model.sites.WebDomain;
import dev.ispconfig.client.model.sites.WebDomainParams;
import dev.ispconfig.client.state.Change;
import dev.ispconfig.client.state.Ensure;
import dev.ispconfig.client.state.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Desired state against the simulator: the first run creates, the second writes nothing, a change updates alone. */
@IspConfigSimulatorTest
class DesiredStateTest {

    /** A customer's records as wanted, the PHP mode and the A record's address given. */
    private static List<Change> customer(Ensure ensure, int clientId, WebDomain.Php php, String address) {
        List<Change> changes = new ArrayList<>();
        changes.add(ensure.webDomain(clientId, WebDomainParams.forAdd().serverId(1).domain("acme.example").php(php)
                .hdQuota(1000).build()));
        Change zone = ensure.dnsZone(clientId, DnsZoneParams.forAdd().serverId(1).origin("acme.example.")
                .ns("ns1.acme.example.").mbox("hostmaster.acme.example.").active(true).build());
        changes.add(zone);
        int zoneId = zone.id();
        if (zoneId > 0) { // a dry run of a zone still to create has no id for its records
            changes.add(ensure.dnsRecord(clientId, DnsARecordParams.forAdd().serverId(1).zone(zoneId).name("www")
                    .data(address).build()));
            changes.add(ensure.dnsRecord(clientId, DnsMxRecordParams.forAdd().serverId(1).zone(zoneId)
                    .name("acme.example.").data("mail.acme.example.").aux(10).build()));
        }
        changes.add(ensure.mailDomain(clientId, MailDomainParams.forAdd().serverId(1).domain("acme.example").build()));
        changes.add(ensure.mailbox(clientId, MailUserParams.forAdd().serverId(1).email("ann@acme.example")
                .login("ann@acme.example").password("Str0ng-Passw0rd!").name("Ann").quota(1_073_741_824L).build()));
        changes.add(ensure.mailForward(clientId, MailForwardParams.forAdd().serverId(1).source("info@acme.example")
                .destination("ann@acme.example").build()));
        changes.add(ensure.databaseUser(clientId, DatabaseUserParams.forAdd().serverId(1).databaseUser("c1acme")
                .databasePassword("Str0ng-Passw0rd!").build()));
        return changes;
    }

    private static int writes(IspConfigSimulator sim) {
        return (int) sim.requests().stream().filter(r -> r.method().endsWith("_add") || r.method().endsWith("_update")
                || r.method().endsWith("_delete")).count();
    }

    @Test
    void theSecondRunOfTheSameStateWritesNothing(IspConfigSimulator sim, IspConfigClient client) {
        int acme = sim.seed().client("acme").id();
        Ensure ensure = new Ensure(client);

        List<Change> first = customer(ensure, acme, WebDomain.Php.PHP_FPM, "192.0.2.10");
        assertThat(first).extracting(Change::action).containsOnly(Change.Action.CREATE);
        assertThat(first).allMatch(Change::applied).allMatch(change -> change.id() > 0);
        int writesAfterFirst = writes(sim);
        assertThat(writesAfterFirst).isEqualTo(first.size());

        List<Change> second = customer(ensure, acme, WebDomain.Php.PHP_FPM, "192.0.2.10");
        assertThat(second).extracting(Change::action).containsOnly(Change.Action.NONE);
        assertThat(second).extracting(Change::id).isEqualTo(first.stream().map(Change::id).toList());
        assertThat(writes(sim)).as("no write on the second run").isEqualTo(writesAfterFirst);
        assertThat(client.dns().recordsOfType(first.get(1).id(), "A")).as("no duplicate record").hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangedFieldIsUpdatedAloneAndADryRunWritesNothing(IspConfigSimulator sim, IspConfigClient client) {
        int acme = sim.seed().client("acme").id();
        Ensure ensure = new Ensure(client);
        List<Change> created = customer(ensure, acme, WebDomain.Php.FAST_CGI, "192.0.2.10");
        int writesBefore = writes(sim);

        List<Change> planned = customer(ensure.dryRun(), acme, WebDomain.Php.PHP_FPM, "192.0.2.10");
        assertThat(writes(sim)).as("a dry run writes nothing").isEqualTo(writesBefore);
        assertThat(planned).filteredOn(Change::changes).singleElement().satisfies(change -> {
            assertThat(change.resource()).isEqualTo("web domain");
            assertThat(change.action()).isEqualTo(Change.Action.UPDATE);
            assertThat(change.applied()).isFalse();
            assertThat(change.fields()).containsExactly(new FieldChange("php", "fast-cgi", "php-fpm"));
            assertThat(change.toString()).startsWith("~ web domain acme.example").contains("php: fast-cgi -> php-fpm");
        });

        List<Change> applied = customer(ensure, acme, WebDomain.Php.PHP_FPM, "192.0.2.10");
        assertThat(writes(sim)).as("one update").isEqualTo(writesBefore + 1);
        assertThat(sim.requests("sites_web_domain_update")).singleElement()
                .satisfies(update -> assertThat((java.util.Map<String, Object>) update.argument(2)).containsEntry("php", "php-fpm")
                        .doesNotContainKey("domain").doesNotContainKey("hd_quota"));
        assertThat(client.sites().webDomain(created.get(0).id()).php()).isEqualTo(WebDomain.Php.PHP_FPM);
        assertThat(applied).filteredOn(Change::changes).hasSize(1);
    }

    @Test
    void aRecordWithAnotherAddressIsAnotherRecordAndThePlanReadsLikeOne(IspConfigSimulator sim,
            IspConfigClient client) {
        int acme = sim.seed().client("acme").id();
        Ensure ensure = new Ensure(client);
        customer(ensure, acme, WebDomain.Php.PHP_FPM, "192.0.2.10");

        List<Change> moved = customer(ensure.dryRun(), acme, WebDomain.Php.PHP_FPM, "192.0.2.99");
        Function<Change, String> line = change -> change.toString().lines().findFirst().orElseThrow();
        assertThat(moved).filteredOn(Change::changes).extracting(line)
                .containsExactly("+ DNS A record acme.example. www A 192.0.2.99");
        assertThat(moved).filteredOn(change -> !change.changes()).extracting(line)
                .allMatch(text -> text.startsWith("= "));
    }

    @Test
    void aClientIsKeyedByItsLoginAndItsPasswordIsNeverCompared(IspConfigSimulator sim, IspConfigClient client) {
        Ensure ensure = new Ensure(client);
        java.util.function.Function<String, dev.ispconfig.client.model.client.ClientParams> acme = company ->
                dev.ispconfig.client.model.client.ClientParams.forAdd().companyName(company).contactName("Ann Acme")
                        .email("ann@acme.example").username("acme").password("Str0ng-Passw0rd!")
                        .webPhpOptions(List.of("no", "php-fpm")).sshChroot(List.of("no", "jailkit")).build();

        Change created = ensure.client(0, acme.apply("Acme Ltd"));
        assertThat(created.action()).isEqualTo(Change.Action.CREATE);
        assertThat(created.fields()).filteredOn(field -> field.field().equals("password"))
                .singleElement().satisfies(field -> assertThat(field.after()).isEqualTo("****"));
        assertThat(ensure.client(0, acme.apply("Acme Ltd")).action()).isEqualTo(Change.Action.NONE);

        Change renamed = ensure.client(0, acme.apply("Acme Group"));
        assertThat(renamed.fields()).containsExactly(new FieldChange("company_name", "Acme Ltd", "Acme Group"));
        assertThat(client.clients().client(created.id()).companyName()).isEqualTo("Acme Group");
    }

    @Test
    void desiredStateNeedsAddParamsAndAKey(IspConfigClient client) {
        Ensure ensure = new Ensure(client);
        assertThatThrownBy(() -> ensure.webDomain(1, WebDomainParams.forUpdate().hdQuota(5).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forAdd()");
        assertThatThrownBy(() -> ensure.webDomain(1, WebDomainParams.forAdd().serverId(1).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domain");
    }
}
