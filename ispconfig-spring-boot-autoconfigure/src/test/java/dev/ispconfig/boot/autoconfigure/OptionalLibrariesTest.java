package dev.ispconfig.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.api.SitesModule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Without actuator or Micrometer on the class path, their parts switch off and the client still works. */
class OptionalLibrariesTest {

    private final StubPanel panel = new StubPanel();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IspConfigAutoConfiguration.class,
                    IspConfigModulesAutoConfiguration.class, IspConfigObservationAutoConfiguration.class,
                    IspConfigMetricsAutoConfiguration.class, IspConfigHealthAutoConfiguration.class))
            .withPropertyValues("ispconfig.url=" + panel.url(), "ispconfig.username=" + StubPanel.USER,
                    "ispconfig.password=" + StubPanel.PASSWORD);

    @AfterEach
    void stopPanel() {
        panel.close();
    }

    @Test
    void everythingIsThereWhenTheLibrariesAndRegistriesAre() {
        runner.withBean(ObservationRegistry.class, ObservationRegistry::create)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> assertThat(context).hasSingleBean(IspConfigClient.class)
                        .hasBean("ispconfigObservationCustomizer").hasSingleBean(IspConfigMetrics.class)
                        .hasSingleBean(IspConfigHealthIndicator.class));
    }

    @Test
    void withoutSpringBootHealthThereIsNoHealthIndicator() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
                .run(context -> {
                    assertThat(context).hasSingleBean(IspConfigClient.class)
                            .doesNotHaveBean("ispconfigHealthIndicator");
                    assertThat(context.getBean(SitesModule.class).webDomainGet(1)).isNotNull();
                });
    }

    @Test
    void withoutMicrometerThereAreNoObservationsOrMetrics() {
        runner.withClassLoader(new FilteredClassLoader("io.micrometer"))
                .run(context -> {
                    assertThat(context).hasSingleBean(IspConfigClient.class)
                            .doesNotHaveBean("ispconfigObservationCustomizer")
                            .doesNotHaveBean("ispconfigMetrics");
                    assertThat(context.getBean(SitesModule.class).webDomainGet(1)).isNotNull();
                });
    }

    @Test
    void withoutActuatorNorMicrometerTheClientAndModulesStillWork() {
        runner.withClassLoader(new FilteredClassLoader("io.micrometer", "org.springframework.boot.health",
                "org.springframework.boot.actuate"))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(IspConfigClient.class)
                            .hasSingleBean(SitesModule.class);
                    assertThat(context.getBean(IspConfigClient.class).listFunctions()).contains("login");
                });
    }
}
