package dev.ispconfig.sample;

import dev.ispconfig.boot.autoconfigure.IspConfigConnectionDetails;
import dev.ispconfig.test.IspConfigSimulator;
import dev.ispconfig.test.spring.SimulatorConnectionDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Demo mode: without {@code ispconfig.url} the app starts the SDK's panel simulator on loopback, seeds it with demo
 * data and points the starter at it through {@link IspConfigConnectionDetails}. With a URL this class stays out of
 * the way and the app talks to the real panel.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoPanelConfigured.class)
class DemoPanelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPanelConfiguration.class);

    @Bean(destroyMethod = "close")
    IspConfigSimulator demoPanel() {
        IspConfigSimulator panel = IspConfigSimulator.start();
        DemoData.seed(panel);
        LOG.info("ispconfig.url is not set: running against the embedded ISPConfig simulator at {} with demo data"
                + " (site 1 example.com, zone example.com., mail domain example.com). Set ispconfig.url,"
                + " ispconfig.username and ispconfig.password to use a real panel.", panel.url());
        return panel;
    }

    @Bean
    IspConfigConnectionDetails demoPanelConnectionDetails(IspConfigSimulator demoPanel) {
        return new SimulatorConnectionDetails(demoPanel);
    }
}
