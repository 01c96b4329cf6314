package dev.ispconfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.test.IspConfigSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The smoke test against the simulator: every module called, nothing failed, skips with their reasons. */
class SmokeTest {

    /** The 17 API modules of the README. */
    private static final List<String> MODULES = List.of("admin", "aps", "backups", "clients", "cron", "databases",
            "dns", "domains", "ftp", "mail", "misc", "monitor", "openvz", "server", "shell", "sites", "webdav");

    @Test
    void everyModuleIsCalledAndNothingFailsAgainstTheSimulator() {
        try (IspConfigSimulator sim = IspConfigSimulator.start()) {
            var acme = sim.seed().client("acme");
            acme.webDomain("acme.example");
            acme.mailDomain("acme.example").mailbox("ann");
            List<Smoke.Result> seen = new ArrayList<>();
            Smoke.Report report;
            try (IspConfigClient client = sim.client()) {
                report = Smoke.run(client, false, seen::add);
            }
            assertThat(report.results()).isEqualTo(seen);
            assertThat(report.results()).filteredOn(r -> r.status() == Smoke.Status.FAILED).isEmpty();
            assertThat(report.modulesCalled()).containsExactlyInAnyOrderElementsOf(MODULES);
            assertThat(report.count(Smoke.Status.OK)).isGreaterThanOrEqualTo(21);
        }
    }

    @Test
    void aClientLoginSkipsWhatOnlyAnAdministratorMayCall() {
        try (IspConfigSimulator sim = IspConfigSimulator.start(); IspConfigClient client = sim.client()) {
            Smoke.Report report = Smoke.run(client, true, result -> { });
            assertThat(report.results()).filteredOn(r -> r.method().equals("monitor_jobqueue_count"))
                    .singleElement().satisfies(r -> {
                        assertThat(r.status()).isEqualTo(Smoke.Status.SKIPPED);
                        assertThat(r.detail()).contains("client login");
                    });
        }
    }
}
