package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered as a field: options, one simulator per class reaching @BeforeAll, one client per test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionOptionsTest {

    private static final TestClock CLOCK = new TestClock();

    @RegisterExtension
    static IspConfigSimulatorExtension panel = IspConfigSimulatorExtension
            .using(IspConfigSimulator.builder().clock(CLOCK).credentials("robot", "robot-pass"))
            .perClass();

    private static int site;

    @BeforeAll
    static void seedOnce(IspConfigSimulator sim) {
        site = sim.seed().client("acme").webDomain("shared.example");
    }

    @Test
    @Order(1)
    void theOptionsApplyAndTheClassSharesOneSimulator(IspConfigSimulator sim, IspConfigClient client,
            IspConfigClient same) {
        assertThat(sim).isSameAs(panel.simulator());
        assertThat(sim.username()).isEqualTo("robot");
        assertThat(client).as("one client per test").isSameAs(same);
        assertThat(client.sites().webDomain(site).domain()).isEqualTo("shared.example");
        assertThat(sim.stats().logins()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theSeedOfBeforeAllIsStillThereAndTheClockIsTheTests(IspConfigSimulator sim, IspConfigClient client) {
        assertThat(client.sites().webDomains(Map.of())).hasSize(1);
        CLOCK.advance(Duration.ofMinutes(31)); // past the panel's absolute expiry: the client logs in again
        assertThat(client.sites().webDomain(site).domain()).isEqualTo("shared.example");
    }
}
