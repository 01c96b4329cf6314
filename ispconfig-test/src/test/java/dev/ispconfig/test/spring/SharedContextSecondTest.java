package dev.ispconfig.test.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.api.SitesModule;
import dev.ispconfig.test.IspConfigSimulator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One of two classes sharing a cached context: whichever runs second must not see the first one's site, login or
 * fault (the simulator is reset before each class).
 */
@SpringBootTest(classes = AutoConfigureIspConfigSimulatorTest.App.class)
@AutoConfigureIspConfigSimulator
class SharedContextSecondTest {

    @Autowired
    private IspConfigSimulator panel;

    @Autowired
    private SitesModule sites;

    @Test
    void startsFromAFreshPanel() {
        assertThat(panel.requests()).as("no request of another class").isEmpty();
        assertThat(sites.webDomains(Map.of())).as("no site of another class").isEmpty();

        panel.seed().client("acme").webDomain("second.example");
        panel.faults().forMethod("server_get_all").httpError500Html();
        assertThat(sites.webDomains(Map.of())).hasSize(1);
    }
}
