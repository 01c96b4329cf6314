package dev.ispconfig.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.api.PhpFpmPool;
import dev.ispconfig.client.api.PhpMode;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.soap.SoapRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each hand-audited helper against the panel behaviour it defuses (the README's Footguns and the PHP sources). */
class HandAuditedModulesTest {

    private final FakePanel panel = new FakePanel();
    private final IspConfigClient client = FakePanel.clientFor(panel).build();

    @AfterEach
    void close() {
        client.close();
    }

    /** The arguments (after the session id) of the last call of {@code method}. */
    private List<Object> lastCall(String method) {
        List<SoapRequest> matching = panel.requests.stream().filter(r -> r.method().equals(method)).toList();
        assertThat(matching).as("calls of " + method).isNotEmpty();
        List<Object> arguments = matching.get(matching.size() - 1).arguments();
        return arguments.subList(1, arguments.size());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastParams(String method) {
        List<Object> arguments = lastCall(method);
        return (Map<String, Object>) arguments.get(arguments.size() - 1);
    }

    // sites

    @Test
    void webDomainGetRaisesNotFoundWhereThePanelAnswersNil() {
        panel.router = (method, arguments) -> null;

        assertThat(new dev.ispconfig.client.api.GeneratedSitesModule(client).webDomainGet(99)).isNull();
        assertThatThrownBy(() -> client.sites().webDomainGet(99)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("99");
    }

    @Test
    void helpersNameTheArgumentTheyRefuseBeforeAnyRequest() {
        panel.router = (method, arguments) -> null;

        assertThatThrownBy(() -> client.sites().webDomainGet(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("primaryId").hasMessageContaining("filter");
        assertThatThrownBy(() -> client.sites().webDomainGet(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.sites().enablePhp(1, null, 0)).isInstanceOf(NullPointerException.class)
                .hasMessage("mode is required");
        assertThatThrownBy(() -> client.sites().webDomainUpdate(0, 1, (Map<String, ?>) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("params is required");
        assertThatThrownBy(() -> client.mail().createMailbox(0, "example.com", null, "pw", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("localPart");
        assertThatThrownBy(() -> client.mail().createMailbox(0, " ", "info", "pw", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domain");
        assertThatThrownBy(() -> client.mail().createMailbox(0, "example.com", "info", null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> client.mail().userGet(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.mail().forwardAdd(0, (Map<String, ?>) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("params is required");
        assertThatThrownBy(() -> client.dns().aAdd(0, (Map<String, ?>) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("params is required");
        assertThatThrownBy(() -> client.dns().zoneGetId(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("origin");
        assertThatThrownBy(() -> client.dns().rrGetAllByZone(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zoneId");
        assertThatThrownBy(() -> client.clients().get(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.databases().get(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.sites().webDomainAdd(1, (dev.ispconfig.client.model.sites.WebDomainParams) null))
                .isInstanceOf(NullPointerException.class).hasMessage("params is required");
        assertThat(panel.requests).as("nothing was sent").isEmpty();
    }

    @Test
    void aHelperThatNeedsTheSiteRaisesNotFoundInsteadOfSendingTheUpdate() {
        panel.router = (method, arguments) -> null; // the panel has no such site

        assertThatThrownBy(() -> client.sites().enablePhp(999, PhpMode.PHP_FPM, 0))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> client.sites().enableLetsencrypt(999)).isInstanceOf(NotFoundException.class);
        assertThat(panel.requests).noneMatch(request -> request.method().equals("sites_web_domain_update"));
    }

    /** A web domain as the panel stores it, and the panel's update: pool sizes reset when absent, then merged. */
    private Map<String, Object> storedSite() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("domain_id", "7");
        site.put("domain", "example.com");
        site.put("pm_max_children", "40");
        site.put("pm_start_servers", "8");
        site.put("pm_min_spare_servers", "4");
        site.put("pm_max_spare_servers", "12");
        site.put("log_retention", "90");
        site.put("ssl", "n");
        Map<String, Object> stored = site;
        panel.router = (method, arguments) -> switch (method) {
            case "sites_web_domain_get" -> stored;
            case "sites_web_domain_update" -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> params = new LinkedHashMap<>((Map<String, Object>) arguments.get(2));
                for (String pm : List.of("pm_max_children", "pm_start_servers", "pm_min_spare_servers",
                        "pm_max_spare_servers")) {
                    params.putIfAbsent(pm, "1");
                }
                params.putIfAbsent("log_retention", "30");
                params.forEach((key, value) -> stored.put(key, String.valueOf(value)));
                yield 1;
            }
            default -> throw new AssertionError(method);
        };
        return stored;
    }

    @Test
    void theBareUpdateShrinksATunedPoolWhichTheHandAuditedOneKeeps() {
        Map<String, Object> stored = storedSite();

        new dev.ispconfig.client.api.GeneratedSitesModule(client).webDomainUpdate(0, 7, Map.of("ssl", "y"));
        assertThat(stored).containsEntry("pm_max_children", "1").containsEntry("log_retention", "30");

        stored.put("pm_max_children", "40");
        stored.put("pm_start_servers", "8");
        stored.put("pm_min_spare_servers", "4");
        stored.put("pm_max_spare_servers", "12");
        stored.put("log_retention", "90");
        assertThat(client.sites().webDomainUpdate(0, 7, Map.of("ssl", "y"))).isEqualTo(1);

        assertThat(stored).containsEntry("ssl", "y").containsEntry("pm_max_children", "40")
                .containsEntry("pm_start_servers", "8").containsEntry("pm_min_spare_servers", "4")
                .containsEntry("pm_max_spare_servers", "12").containsEntry("log_retention", "90");
    }

    @Test
    void keepingTheOwnerSendsClientIdZero() {
        storedSite();

        client.sites().webDomainUpdateKeepingOwner(7, Map.of("ssl", "y"));

        assertThat(lastCall("sites_web_domain_update").subList(0, 2)).containsExactly(0, 7);
    }

    @Test
    void enablePhpSetsServerPhpIdAndNeverTheDroppedField() {
        storedSite();

        client.sites().enablePhp(7, PhpMode.PHP_FPM, 3,
                new PhpFpmPool(PhpFpmPool.ProcessManager.ONDEMAND, 20, 0, 0, 0, 10, 500));

        Map<String, Object> params = lastParams("sites_web_domain_update");
        assertThat(params).containsEntry("php", "php-fpm").containsEntry("server_php_id", 3)
                .containsEntry("pm", "ondemand").containsEntry("pm_max_children", 20)
                .containsEntry("pm_process_idle_timeout", 10).doesNotContainKey("fastcgi_php_version");
        assertThat(lastCall("sites_web_domain_update").get(0)).isEqualTo(0);
    }

    @Test
    void enableLetsencryptSwitchesOnSsl() {
        storedSite();

        client.sites().enableLetsencrypt(7);

        assertThat(lastParams("sites_web_domain_update")).containsEntry("ssl", "y")
                .containsEntry("ssl_letsencrypt", "y");
    }

    // dns

    /** Zones as the panel stores them; dns_zone_get with a filter matches with = as the panel does. */
    private void zones(String... origins) {
        panel.router = (method, arguments) -> {
            assertThat(method).isEqualTo("dns_zone_get");
            Object origin = ((Map<?, ?>) arguments.get(0)).get("origin");
            List<Map<String, Object>> matches = new ArrayList<>();
            for (int i = 0; i < origins.length; i++) {
                if (origins[i].equalsIgnoreCase(String.valueOf(origin))) {
                    matches.add(Map.of("id", String.valueOf(i + 1), "origin", origins[i]));
                }
            }
            return matches;
        };
    }

    @Test
    void zoneGetIdFindsExactlyTheZoneWithOrWithoutTheTrailingDot() {
        zones("example.community.", "example.com.");

        assertThat(client.dns().zoneGetId("example.com")).isEqualTo(2);
        assertThat(client.dns().zoneGetId("example.com.")).isEqualTo(2);
        assertThat(client.dns().zoneGetId("Example.COM")).isEqualTo(2);
        assertThat(lastCall("dns_zone_get")).containsExactly(Map.of("origin", "example.com."));
        assertThatThrownBy(() -> client.dns().zoneGetId("example.org")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("example.org.");
    }

    @Test
    void everyRecordTypeSetsItsTypeAndDefaultsActive() {
        panel.router = (method, arguments) -> "42";
        var dns = client.dns();
        Map<String, Object> params = Map.of("zone", 1, "name", "www", "data", "192.0.2.1");
        Map<String, java.util.function.BiFunction<Integer, Map<String, ?>, Integer>> adds = new LinkedHashMap<>();
        adds.put("A", dns::aAdd);
        adds.put("AAAA", dns::aaaaAdd);
        adds.put("ALIAS", dns::aliasAdd);
        adds.put("CAA", dns::caaAdd);
        adds.put("CNAME", dns::cnameAdd);
        adds.put("DNAME", dns::dnameAdd);
        adds.put("DS", dns::dsAdd);
        adds.put("HINFO", dns::hinfoAdd);
        adds.put("LOC", dns::locAdd);
        adds.put("MX", dns::mxAdd);
        adds.put("NAPTR", dns::naptrAdd);
        adds.put("NS", dns::nsAdd);
        adds.put("PTR", dns::ptrAdd);
        adds.put("RP", dns::rpAdd);
        adds.put("SRV", dns::srvAdd);
        adds.put("SSHFP", dns::sshfpAdd);
        adds.put("TLSA", dns::tlsaAdd);
        adds.put("TXT", dns::txtAdd);

        adds.forEach((type, add) -> {
            assertThat(add.apply(1, params)).isEqualTo(42);
            String method = "dns_" + type.toLowerCase(java.util.Locale.ROOT) + "_add";
            assertThat(lastParams(method)).containsEntry("type", type).containsEntry("active", "Y")
                    .containsEntry("name", "www");
        });
        assertThat(adds).hasSize(18);

        dns.txtAdd(1, Map.of("name", "x", "data", "v=spf1 -all", "active", "N"), true);
        assertThat(lastCall("dns_txt_add")).last().isEqualTo(true);
        assertThat(lastCall("dns_txt_add").get(1)).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("active", "N");
        assertThatThrownBy(() -> dns.aAdd(1, Map.of("type", "CNAME"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Each record type's update with update_serial: the panel bumps the serial of the zone named in the params only. */
    @Test
    void updatesWithUpdateSerialNameTheRecordsZone() {
        panel.router = (method, arguments) -> method.endsWith("_get") ? Map.of("id", "7", "zone", "3") : 1;
        var dns = client.dns();
        Map<String, DnsUpdate> updates = new LinkedHashMap<>();
        updates.put("a", dns::aUpdate);
        updates.put("aaaa", dns::aaaaUpdate);
        updates.put("alias", dns::aliasUpdate);
        updates.put("caa", dns::caaUpdate);
        updates.put("cname", dns::cnameUpdate);
        updates.put("dname", dns::dnameUpdate);
        updates.put("ds", dns::dsUpdate);
        updates.put("hinfo", dns::hinfoUpdate);
        updates.put("loc", dns::locUpdate);
        updates.put("mx", dns::mxUpdate);
        updates.put("naptr", dns::naptrUpdate);
        updates.put("ns", dns::nsUpdate);
        updates.put("ptr", dns::ptrUpdate);
        updates.put("rp", dns::rpUpdate);
        updates.put("srv", dns::srvUpdate);
        updates.put("sshfp", dns::sshfpUpdate);
        updates.put("tlsa", dns::tlsaUpdate);
        updates.put("txt", dns::txtUpdate);

        updates.forEach((type, update) -> {
            assertThat(update.apply(0, 7, Map.of("ttl", 600), true)).isEqualTo(1);
            assertThat(lastCall("dns_" + type + "_get")).containsExactly(7);
            assertThat(lastCall("dns_" + type + "_update")).containsExactly(0, 7, Map.of("ttl", 600, "zone", 3), true);
        });
        assertThat(updates).hasSize(18);

        int requests = panel.requests.size();
        dns.aUpdate(0, 7, Map.of("ttl", 600, "zone", 5), true);
        dns.aUpdate(0, 7, Map.of("ttl", 600), false);
        assertThat(panel.requests.subList(requests, panel.requests.size())).extracting(SoapRequest::method)
                .as("the zone given, or no serial to bump: no read").containsExactly("dns_a_update", "dns_a_update");
        assertThat(lastCall("dns_a_update")).containsExactly(0, 7, Map.of("ttl", 600), false);
    }

    @FunctionalInterface
    private interface DnsUpdate {
        int apply(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial);
    }

    @Test
    void recordListingsAreRecordsAndFalseIsEmpty() {
        panel.router = (method, arguments) -> method.equals("dns_rr_get_all_by_zone")
                ? List.of(Map.of("id", "1", "type", "A"), Map.of("id", "2", "type", "MX")) : Boolean.FALSE;

        assertThat(client.dns().rrGetAllByZone(1)).hasSize(2);
        assertThat(client.dns().recordsOfType(1, "mx")).extracting(r -> r.getString("id")).containsExactly("2");
        assertThat(client.dns().zoneGetByUser(1, 1)).isEmpty();
    }

    // mail

    @Test
    void createMailboxFillsWhatThePanelWouldLeaveBlank() {
        panel.router = (method, arguments) -> switch (method) {
            case "mail_domain_get" -> List.of(Map.of("domain_id", "3", "server_id", "2", "domain", "example.com"));
            case "mail_user_add" -> "11";
            default -> throw new AssertionError(method);
        };

        assertThat(client.mail().createMailbox(5, "Example.com", "Alice", "pw-1", 1024)).isEqualTo(11);

        assertThat(lastCall("mail_domain_get")).containsExactly(Map.of("domain", "example.com"));
        assertThat(lastCall("mail_user_add").get(0)).isEqualTo(5);
        assertThat(lastParams("mail_user_add")).containsEntry("server_id", 2)
                .containsEntry("email", "alice@example.com").containsEntry("login", "alice@example.com")
                .containsEntry("quota", 1024 * 1024 * 1024) // sent as a Long, read back as an Integer by its size.containsEntry("postfix", "y")
                .containsEntry("disableimap", "n").containsEntry("disablesmtp", "n")
                .containsEntry("maildir", "/var/vmail/example.com/alice");
    }

    @Test
    void createMailboxOnAnUnknownDomainIsNotFoundWithoutAnAdd() {
        panel.router = (method, arguments) -> List.of();

        assertThatThrownBy(() -> client.mail().createMailbox(5, "nope.example", "a", "pw", 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(panel.requests).noneMatch(r -> r.method().equals("mail_user_add"));
    }

    @Test
    void forwardsAliasesAndCatchallsSetTheirType() {
        panel.router = (method, arguments) -> "9";
        var mail = client.mail();
        Map<String, Object> params = Map.of("source", "a@example.com", "destination", "b@example.org");

        mail.forwardAdd(1, params);
        assertThat(lastParams("mail_forward_add")).containsEntry("type", "forward").containsEntry("active", "y");
        mail.forwardingAdd(1, params);
        assertThat(panel.requests.stream().filter(r -> r.method().equals("mail_forward_add")).count()).isEqualTo(2);
        mail.aliasAdd(1, params);
        assertThat(lastParams("mail_alias_add")).containsEntry("type", "alias");
        mail.catchallAdd(1, Map.of("source", "@example.com", "destination", "b@example.org"));
        assertThat(lastParams("mail_catchall_add")).containsEntry("type", "catchall");
        mail.aliasdomainAdd(1, Map.of("source", "@example.net", "destination", "@example.com"));
        assertThat(lastParams("mail_aliasdomain_add")).containsEntry("type", "aliasdomain");
    }

    @Test
    void userGetIsOneRecordByIdAndAlwaysAListByFilter() {
        panel.router = (method, arguments) -> arguments.get(0) instanceof Map
                ? List.of(Map.of("mailuser_id", "1")) : null;

        assertThat(client.mail().userGet(Map.of("email", "alice@example.com"))).hasSize(1);
        assertThatThrownBy(() -> client.mail().userGet(99)).isInstanceOf(NotFoundException.class);
    }

    // clients and databases

    @Test
    void clientGetsAreTyped() {
        panel.router = (method, arguments) -> switch (method) {
            case "client_get_all" -> List.of("1", "4");
            case "client_get_groupid" -> 3;
            case "client_get_by_username" -> Map.of("userid", "2", "client_id", "1");
            case "client_get" -> null;
            default -> throw new AssertionError(method);
        };

        assertThat(client.clients().getAll()).containsExactly(1, 4);
        assertThat(client.clients().getGroupid(1)).isEqualTo(3);
        assertThat(client.clients().getByUsername("alice").getInt("client_id")).isEqualTo(1);
        assertThatThrownBy(() -> client.clients().get(8)).isInstanceOf(NotFoundException.class);

        panel.router = (method, arguments) -> Boolean.FALSE;
        assertThat(client.clients().getAll()).isEmpty();
        assertThat(client.databases().getAllByUser(1)).isEmpty();
    }

    @Test
    void clientGetByUsernameFaultIsNotFound() {
        panel.router = (method, arguments) -> {
            throw new FakePanel.FaultAnswer("no_client_found", "There is no user account for this user name.");
        };

        assertThatThrownBy(() -> client.clients().getByUsername("ghost")).isInstanceOf(NotFoundException.class);
    }
}
