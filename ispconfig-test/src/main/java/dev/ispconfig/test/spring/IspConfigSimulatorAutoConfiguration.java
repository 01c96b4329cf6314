package dev.ispconfig.test.spring;

import dev.ispconfig.boot.autoconfigure.IspConfigAutoConfiguration;
import dev.ispconfig.boot.autoconfigure.IspConfigConnectionDetails;
import dev.ispconfig.test.IspConfigSimulator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * A started simulator and the connection details that send the starter's client to it. Imported by
 * {@link AutoConfigureIspConfigSimulator}; before the starter, so that its properties-based details step aside.
 */
@AutoConfiguration(before = IspConfigAutoConfiguration.class)
public final class IspConfigSimulatorAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    IspConfigSimulator ispconfigSimulator() {
        return IspConfigSimulator.start();
    }

    @Bean
    @ConditionalOnMissingBean(IspConfigConnectionDetails.class)
    SimulatorConnectionDetails ispconfigSimulatorConnectionDetails(IspConfigSimulator simulator) {
        return new SimulatorConnectionDetails(simulator);
    }
}
