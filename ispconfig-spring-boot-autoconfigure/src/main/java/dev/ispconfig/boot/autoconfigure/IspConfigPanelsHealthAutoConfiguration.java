package dev.ispconfig.boot.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * With several panels, the {@code ispconfig} health component holds one component per panel, each the single-panel
 * indicator of that panel's client: {@code /actuator/health/ispconfig/eu}.
 */
@AutoConfiguration(after = IspConfigPanelsAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(IspConfigPanels.class)
public final class IspConfigPanelsHealthAutoConfiguration {

    @Bean
    @ConditionalOnEnabledHealthIndicator("ispconfig")
    @ConditionalOnMissingBean(name = "ispconfigHealthContributor")
    CompositeHealthContributor ispconfigHealthContributor(IspConfigPanels panels, IspConfigProperties properties) {
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        panels.clients().forEach((name, client) -> indicators.put(name,
                new IspConfigHealthIndicator(client, properties.getHealth().getCacheTtl())));
        return CompositeHealthContributor.fromMap(indicators);
    }
}
