package dev.ispconfig.boot.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Observes every ISPConfig call as {@value DefaultIspConfigObservationConvention#NAME} when Micrometer's
 * {@link ObservationRegistry} is there (Boot's actuator turns the observations into timers and, with a tracer, spans).
 * Switch off with {@code management.observations.enable.ispconfig=false}; rename or retag with an
 * {@link IspConfigObservationConvention} bean.
 */
@AutoConfiguration(before = IspConfigAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnBooleanProperty(name = "ispconfig.enabled", matchIfMissing = true)
public final class IspConfigObservationAutoConfiguration {

    @Bean
    InterceptorCustomizer ispconfigObservationCustomizer(ObjectProvider<ObservationRegistry> registry,
            ObjectProvider<IspConfigObservationConvention> convention) {
        return new InterceptorCustomizer(InterceptorCustomizer.OBSERVATION,
                new ObservationInterceptor(registry.getObject(), convention.getIfAvailable()));
    }
}
