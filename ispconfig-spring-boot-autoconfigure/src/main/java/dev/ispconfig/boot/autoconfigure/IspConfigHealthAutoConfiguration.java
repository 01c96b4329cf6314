package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.IspConfigClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code ispconfig} health component ({@link IspConfigHealthIndicator}) when spring-boot-health is there. Switch
 * off with {@code management.health.ispconfig.enabled=false}.
 */
@AutoConfiguration(after = IspConfigAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnSingleCandidate(IspConfigClient.class)
public final class IspConfigHealthAutoConfiguration {

    /** The enablement condition sits here, below the class check, so that its class is only loaded with health. */
    @Bean
    @ConditionalOnEnabledHealthIndicator("ispconfig")
    @ConditionalOnMissingBean(name = "ispconfigHealthIndicator", value = IspConfigPanels.class)
    IspConfigHealthIndicator ispconfigHealthIndicator(IspConfigClient client, IspConfigProperties properties) {
        return new IspConfigHealthIndicator(client, properties.getHealth().getCacheTtl());
    }
}
