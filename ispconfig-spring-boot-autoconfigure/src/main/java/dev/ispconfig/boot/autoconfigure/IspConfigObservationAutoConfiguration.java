package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.IspConfigClient;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

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
    ObservationCustomizer ispconfigObservationCustomizer(ObjectProvider<ObservationRegistry> registry,
            ObjectProvider<IspConfigObservationConvention> convention) {
        return new ObservationCustomizer(registry.getObject(), convention.getIfAvailable(), null);
    }

    /** The observation interceptor, outermost; with several panels, one per panel, tagged with its name. */
    record ObservationCustomizer(ObservationRegistry registry, @Nullable IspConfigObservationConvention convention,
            @Nullable String panel) implements IspConfigClientBuilderCustomizer, Ordered, PanelScoped<IspConfigClientBuilderCustomizer> {

        @Override
        public void customize(IspConfigClient.Builder builder) {
            builder.addInterceptor(new ObservationInterceptor(registry, convention, panel));
        }

        @Override
        public int getOrder() {
            return InterceptorOrder.OBSERVATION;
        }

        @Override
        public IspConfigClientBuilderCustomizer forPanel(String name) {
            return new ObservationCustomizer(registry, convention, name);
        }
    }
}
