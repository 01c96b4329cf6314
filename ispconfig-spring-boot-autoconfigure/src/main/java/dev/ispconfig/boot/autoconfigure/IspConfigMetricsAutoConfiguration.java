package dev.ispconfig.boot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The session and retry metrics ({@link IspConfigMetrics}) when Micrometer and a {@link MeterRegistry} are there. The
 * bean is a {@code SessionListener} and an {@link IspConfigRetryListener}, so the auto-configured client reports to
 * it.
 */
@AutoConfiguration(before = IspConfigAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "ispconfig.enabled", matchIfMissing = true)
public final class IspConfigMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IspConfigMetrics ispconfigMetrics() {
        return new IspConfigMetrics();
    }
}
