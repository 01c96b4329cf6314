package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.FormValidationException;
import dev.ispconfig.client.model.FormModels;
import dev.ispconfig.client.model.client.Client;
import dev.ispconfig.client.model.client.ClientParams;
import dev.ispconfig.client.model.dns.DnsARecord;
import dev.ispconfig.client.model.dns.DnsARecordParams;
import dev.ispconfig.client.model.dns.DnsMxRecordParams;
import dev.ispconfig.client.model.dns.DnsZone;
import dev.ispconfig.client.model.dns.DnsZoneParams;
import dev.ispconfig.client.model.mail.MailDomainParams;
import dev.ispconfig.client.model.mail.MailForwardParams;
import dev.ispconfig.client.model.mail.MailUser;
import dev.ispconfig.client.model.mail.MailUserParams;
import dev.ispconfig.client.model.sites.DatabaseParams;
import dev.ispconfig.client.model.sites.DatabaseUserParams;
import dev.ispconfig.client.model.sites.WebDomain;
import dev.ispconfig.client.model.sites.WebDomainParams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A whole customer with typed calls only, against the simulator: a client, a site with PHP-FPM, a zone with A and MX
 * records, a mail domain with a mailbox and a forward, a database with its user.
 */
@IspConfigSimulatorTest
class TypedProvisioningTest {

    @Test
    void aWholeCustomerTakesTypedCallsOnly(IspConfigSimulator sim) {
        IspConfigClient client = sim.client();

        int customer = client.clients().add(0, ClientParams.forAdd().companyName("Acme Ltd").contactName("Ann Acme")
                .email("ann@acme.example").username("acme").password("Str0ng-Passw0rd!")
                .webPhpOptions(List.of("no", "php-fpm")).sshChroot(List.of("no", "jailkit")).build());
        Client read = client.clients().client(customer);
        assertThat(read.username()).isEqualTo("acme");
        assertThat(read.companyName()).isEqualTo("Acme Ltd");

        int site = client.sites().webDomainAdd(customer, WebDomainParams.forAdd().serverId(1).domain("acme.example")
                .php(WebDomain.Php.PHP_FPM).pm(WebDomain.Pm.ONDEMAND).hdQuota(1000).build());
        WebDomain web = client.sites().webDomain(site);
        assertThat(web.domain()).isEqualTo("acme.example");
        assertThat(web.php()).isEqualTo(WebDomain.Php.PHP_FPM);
        assertThat(web.hdQuota()).isEqualTo(1000);
        assertThat(web.active()).isTrue();

        int zone = client.dns().zoneAdd(customer, DnsZoneParams.forAdd().serverId(1).origin("acme.example.")
                .ns("ns1.acme.example.").mbox("hostmaster.acme.example.").active(true).build());
        DnsZone soa = client.dns().zone(zone);
        assertThat(soa.origin()).isEqualTo("acme.example.");
        int a = client.dns().aAdd(customer, DnsARecordParams.forAdd().serverId(1).zone(zone).name("www")
                .data("192.0.2.10").build());
        client.dns().mxAdd(customer, DnsMxRecordParams.forAdd().serverId(1).zone(zone).name("acme.example.")
                .data("mail.acme.example.").aux(10).build());
        DnsARecord www = client.dns().aRecord(a);
        assertThat(www.data()).isEqualTo("192.0.2.10");
        assertThat(www.ttl()).isEqualTo(3600);
        assertThat(www.active()).isTrue();

        int mailDomain = client.mail().domainAdd(customer, MailDomainParams.forAdd().serverId(1)
                .domain("acme.example").build());
        assertThat(client.mail().domain(mailDomain).domain()).isEqualTo("acme.example");
        int mailbox = client.mail().userAdd(customer, MailUserParams.forAdd().serverId(1).email("ann@acme.example")
                .login("ann@acme.example").password("Str0ng-Passw0rd!").name("Ann").quota(1_073_741_824L).build());
        MailUser ann = client.mail().user(mailbox);
        assertThat(ann.email()).isEqualTo("ann@acme.example");
        assertThat(ann.toString()).doesNotContain("Str0ng");
        client.mail().forwardAdd(customer, MailForwardParams.forAdd().serverId(1).source("info@acme.example")
                .destination("ann@acme.example").build());
        assertThat(client.mail().forwards(Map.of("source", "info@acme.example"))).singleElement()
                .satisfies(forward -> assertThat(forward.destination()).isEqualTo("ann@acme.example"));

        int user = client.databases().userAdd(customer, DatabaseUserParams.forAdd().serverId(1)
                .databaseUser("c1acme").databasePassword("Str0ng-Passw0rd!").build());
        int database = client.databases().add(customer, DatabaseParams.forAdd().serverId(1).parentDomainId(site)
                .databaseName("c1acme_shop").databaseUserId(user).build());
        assertThat(client.databases().database(database).databaseName()).isEqualTo("c1acme_shop");
        assertThat(client.databases().user(user).databaseUser()).isEqualTo("c1acme");

        List<DnsARecord> records = DnsARecord.listOf(client.dns().rrGetAllByZone(zone).stream()
                .filter(r -> "A".equals(r.get("type"))).toList());
        assertThat(records).extracting(DnsARecord::name).containsExactly("www");

        int rows = everyRowReadsThroughItsModel(client);
        assertThat(rows).as("rows read through every accessor").isGreaterThan(8);
    }

    /**
     * Every get the simulator models, asked for all rows (-1, as the panel answers it), read through its form's
     * model and every accessor of it; the number of rows read.
     */
    private static int everyRowReadsThroughItsModel(IspConfigClient client) {
        int rows = 0;
        for (dev.ispconfig.client.api.ApiMethod method : dev.ispconfig.client.api.ApiInventory.ALL) {
            java.util.Optional<dev.ispconfig.client.form.FormSchema> schema = FormModels.forMethod(method.name());
            if (method.kind() != dev.ispconfig.client.api.MethodKind.GET || schema.isEmpty()
                    || !method.name().endsWith("_get")) {
                continue;
            }
            Object answer;
            try {
                answer = client.call(method.name(), -1);
            } catch (dev.ispconfig.client.exception.IspConfigFaultException notModelled) {
                continue;
            }
            String form = FormModels.BY_FORM.entrySet().stream().filter(e -> e.getValue() == schema.get())
                    .findFirst().orElseThrow().getKey();
            for (dev.ispconfig.client.DataRecord row : dev.ispconfig.client.DataRecord.listFromResult(method.name(),
                    answer)) {
                dev.ispconfig.client.form.FormRecord model = FormModels.READERS.get(form).apply(row);
                for (java.lang.reflect.Method accessor : model.getClass().getDeclaredMethods()) {
                    if (java.lang.reflect.Modifier.isPublic(accessor.getModifiers())
                            && !java.lang.reflect.Modifier.isStatic(accessor.getModifiers())
                            && accessor.getParameterCount() == 0) {
                        try {
                            accessor.invoke(model);
                        } catch (ReflectiveOperationException e) {
                            throw new AssertionError(method.name() + " " + accessor.getName() + ": " + e.getCause(),
                                    e);
                        }
                    }
                }
                assertThat(model.toString()).doesNotContain("Str0ng");
                rows++;
            }
        }
        return rows;
    }

    @Test
    void anInvalidFieldIsRefusedBeforeAnyRequest(IspConfigSimulator sim) {
        IspConfigClient client = sim.client();
        long before = sim.stats().requests();

        assertThatThrownBy(() -> client.dns().aAdd(1, DnsARecordParams.forAdd().serverId(1).zone(1).name("www")
                .data("300.1.1.1").build()))
                .isInstanceOfSatisfying(FormValidationException.class,
                        e -> assertThat(e.errorKeys()).containsExactly("ip_error_wrong"));
        assertThat(sim.stats().requests()).isEqualTo(before);
    }

    @Test
    void theSimulatorRefusesWhatTheTypedParamsRefuseWithTheSameKeys(IspConfigSimulator sim) {
        IspConfigClient client = sim.client();
        int customer = sim.seed().client("acme").id();
        Map<String, Object> record = new java.util.LinkedHashMap<>(DnsARecordParams.forAdd().serverId(1).zone(1)
                .name("www").data("192.0.2.1").build().toMap());
        record.put("data", "300.1.1.1");
        record.put("ttl", "30");
        record.put("name", "bad name!");

        List<String> expected = DnsARecord.SCHEMA.validate(record, true).stream()
                .map(dev.ispconfig.client.form.Violation::errorKey).toList();
        assertThat(expected).containsExactly("name_error_regex", "ip_error_wrong", "ttl_range_error");
        assertThatThrownBy(() -> client.dns().aAdd(customer, record))
                .isInstanceOfSatisfying(dev.ispconfig.client.exception.ValidationException.class,
                        e -> assertThat(e.errorKeys()).isEqualTo(expected));
    }

    @Test
    void anUpdateSendsOnlyWhatWasSetAndRefusesAddParams(IspConfigSimulator sim) {
        IspConfigClient client = sim.client();
        int customer = sim.seed().client("acme").id();
        int site = client.sites().webDomainAdd(customer, WebDomainParams.forAdd().serverId(1)
                .domain("acme.example").build());

        client.sites().webDomainUpdate(customer, site, WebDomainParams.forUpdate().hdQuota(2000).build());

        assertThat(client.sites().webDomain(site).hdQuota()).isEqualTo(2000);
        assertThatThrownBy(() -> client.sites().webDomainUpdate(customer, site, WebDomainParams.forAdd()
                .serverId(1).domain("acme.example").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forUpdate()");
        assertThatThrownBy(() -> client.sites().webDomain(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
