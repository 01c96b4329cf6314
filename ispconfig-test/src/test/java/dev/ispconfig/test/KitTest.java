package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.IspConfigClient;
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
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port=N");
    }
}
