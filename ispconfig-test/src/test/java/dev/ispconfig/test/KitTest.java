package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a test needs of the simulator beyond a panel: reset, the request log, scripted answers, a process of its own. */
class KitTest {

    @Test
    void resetBringsBackAFreshPanel() {
        try (IspConfigSimulator sim = IspConfigSimulator.start()) {
            int site = sim.seed().client("acme").webDomain("example.com");
            sim.remoteUser("reader", "reader-pass", "sites_web_domain_get");
            sim.answer("server_get_app_version", arguments -> Map.of("ispc_app_version", "9.9"));
            try (IspConfigClient client = sim.client()) {
                assertThat(client.sites().webDomainGet(site).getString("domain")).isEqualTo("example.com");
            }
            sim.faults().lockOut();

            sim.reset();

            assertThat(sim.stats().logins()).isZero();
            assertThat(sim.requests()).isEmpty();
            try (IspConfigClient client = sim.client()) {
                assertThat(client.sites().webDomains(Map.of())).isEmpty();
                assertThat(client.call("server_get_app_version", 0)).isNotEqualTo(Map.of("ispc_app_version", "9.9"));
            }
            try (IspConfigClient reader = sim.client("reader", "reader-pass")) {
                assertThatThrownBy(() -> reader.sites().webDomainGet(1)).as("remote users are gone")
                        .isInstanceOf(dev.ispconfig.client.exception.AuthenticationException.class);
            }
            int again = sim.seed().client("acme").webDomain("example.com");
            assertThat(again).as("ids start over").isEqualTo(site);
        }
    }

    @Test
    void theRequestLogShowsWhatWasSentWithoutTheLoginsPassword() {
        try (IspConfigSimulator sim = IspConfigSimulator.start(); IspConfigClient client = sim.client()) {
            client.mail().userGet(Map.of("email", "%@example.com"));

            assertThat(sim.requests()).extracting(Request::method).containsExactly("login", "mail_user_get");
            assertThat(sim.requests("login")).singleElement()
                    .satisfies(login -> assertThat(login.arguments()).containsExactly(sim.username(), "****"));
            assertThat(sim.requests("mail_user_get")).singleElement()
                    .satisfies(get -> assertThat(get.argument(0)).isEqualTo(Map.of("email", "%@example.com")));
        }
    }

    @Test
    void theRequestLogTellsWhoCalledAndHowItWasAnswered() {
        try (IspConfigSimulator sim = IspConfigSimulator.start()) {
            sim.remoteUser("reader", "reader-pass", "sites_web_domain_get");
            sim.answerFault("server_get_all", "server_busy", "Try again later.");
            int site = sim.seed().client("acme").webDomain("example.com");
            Raw raw = new Raw(sim);

            raw.call("login", "reader", "wrong-pass");
            String session = (String) raw.call("login", "reader", "reader-pass").value();
            raw.call("sites_web_domain_get", session, site);
            raw.call("dns_zone_get", session, 1);
            raw.call("sites_web_domain_get", "b" + "0".repeat(40), site);
            String admin = raw.login();
            raw.call("server_get_all", admin);
            raw.call("dns_a_add", admin, 0, Map.of("server_id", 1));
            raw.call("logout", session);

            assertThat(sim.requests()).extracting(Request::method, Request::user, Request::faultCode).containsExactly(
                    tuple("login", null, "login_failed"),
                    tuple("login", "reader", null),
                    tuple("sites_web_domain_get", "reader", null),
                    tuple("dns_zone_get", "reader", "permission_denied"),
                    tuple("sites_web_domain_get", null, "session_does_not_exist"),
                    tuple("login", sim.username(), null),
                    tuple("server_get_all", sim.username(), "server_busy"),
                    tuple("dns_a_add", sim.username(), "data_processing_error"),
                    tuple("logout", "reader", null));
            assertThat(sim.requests("login").get(0).arguments()).as("a wrong password is masked too")
                    .containsExactly("reader", "****");
            assertThat(sim.requests()).filteredOn(Request::succeeded).extracting(Request::faultString).containsOnlyNulls();
            assertThat(sim.requests("server_get_all")).singleElement()
                    .extracting(Request::faultString).isEqualTo("Try again later.");
        }
    }

    @Test
    void aClientLoginIsLoggedUnderTheClientsPanelUser() {
        try (IspConfigSimulator sim = IspConfigSimulator.start()) {
            sim.seed().client("acme", "acme-secret").canUseApi();
            Raw raw = new Raw(sim);

            String session = (String) raw.call("login", "acme", "acme-secret", true).value();
            raw.call("client_get_id", session, 1);
            raw.call("logout", session);
            raw.call("logout", session);

            assertThat(sim.requests()).extracting(Request::method, Request::user, Request::succeeded).containsExactly(
                    tuple("login", "acme", true), tuple("client_get_id", "acme", true), tuple("logout", "acme", true),
                    tuple("logout", null, true));
            assertThat(sim.requests("login").get(0).arguments()).containsExactly("acme", "****", true);
        }
    }

    @Test
    void aMethodItDoesNotModelCanBeScriptedAfterTheSessionAndPermissionChecks() {
        try (IspConfigSimulator sim = IspConfigSimulator.start()) {
            sim.answer("sites_aps_available_packages_list", arguments -> List.of(Map.of("id", "1", "name", "WordPress")));
            sim.answerFault("server_get_all", "permission_denied", "You do not have the permissions.");
            try (IspConfigClient client = sim.client()) {
                assertThat(client.call("sites_aps_available_packages_list", Map.of()))
                        .isEqualTo(List.of(Map.of("id", "1", "name", "WordPress")));
                assertThatThrownBy(() -> client.call("server_get_all")).isInstanceOf(PermissionDeniedException.class);
            }
            sim.remoteUser("nobody", "nobody-pass");
            try (IspConfigClient nobody = sim.client("nobody", "nobody-pass")) {
                assertThatThrownBy(() -> nobody.call("sites_aps_available_packages_list", Map.of()))
                        .as("the grant is still checked").isInstanceOf(PermissionDeniedException.class);
            }
        }
    }

    @Test
    void aScriptedAnswerThatCannotBeSentIsLoggedAsTheFaultTheClientGets() {
        try (IspConfigSimulator sim = IspConfigSimulator.start(); IspConfigClient client = sim.client()) {
            sim.answer("sites_aps_available_packages_list", arguments -> new Object()); // no SOAP type for it
            assertThatThrownBy(() -> client.call("sites_aps_available_packages_list", Map.of()))
                    .isInstanceOf(IspConfigFaultException.class);
            Request logged = sim.requests("sites_aps_available_packages_list").get(0);
            assertThat(logged.succeeded()).isFalse();
            assertThat(logged.faultCode()).isEqualTo("SOAP-ENV:Server");
        }
    }

    @Test
    void theStandaloneSimulatorStartsFromCommandLineOptions() {
        try (IspConfigSimulator sim = SimulatorMain.start(new String[] {"--demo", "--username=robot"}, "robot-pass");
                IspConfigClient client = IspConfigClient.builder().url(sim.url()).username("robot")
                        .password("robot-pass").build()) {
            assertThat(sim.url().getHost()).isEqualTo("127.0.0.1");
            assertThat(client.sites().webDomains(Map.of())).extracting(site -> site.domain())
                    .containsExactly("example.com");
            assertThat(client.dns().zoneGetId("example.com")).isPositive();
        }
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--bogus"}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option --bogus");
    }
}
