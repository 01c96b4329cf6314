package dev.ispconfig.test.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.api.DnsModule;
import dev.ispconfig.client.api.SitesModule;
import dev.ispconfig.test.IspConfigSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** A Boot test with no ispconfig.* properties gets a simulator-backed panel and can seed it. */
@SpringBootTest(classes = AutoConfigureIspConfigSimulatorTest.App.class)
@AutoConfigureIspConfigSimulator
class AutoConfigureIspConfigSimulatorTest {

    @Autowired
    private IspConfigSimulator panel;

    @Autowired
    private IspConfigClient client;

    @Autowired
    private SitesModule sites;

    @Autowired
    private DnsModule dns;

    @Test
    void theStartersBeansTalkToTheSimulatorWithoutProperties() {
        int site = panel.seed().client("acme").webDomain("example.org");
        panel.seed().client("bravo").dnsZone("example.net.").aRecord("www", "192.0.2.7");

        assertThat(client.endpoint()).isEqualTo(panel.url());
        assertThat(sites.webDomainGet(site).getString("domain")).isEqualTo("example.org");
        assertThat(dns.zoneGetId("example.net.")).isNotNull();
        assertThat(panel.stats().logins()).isEqualTo(1);
    }

    @SpringBootApplication
    static class App {
    }
}
