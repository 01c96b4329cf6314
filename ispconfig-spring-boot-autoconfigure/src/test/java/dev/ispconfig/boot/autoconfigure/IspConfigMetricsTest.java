package dev.ispconfig.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class IspConfigMetricsTest {

    private final StubPanel panel = new StubPanel();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IspConfigAutoConfiguration.class,
                    IspConfigMetricsAutoConfiguration.class))
            .withBean(MeterRegistry.class, () -> registry)
            .withPropertyValues("ispconfig.url=" + panel.url(), "ispconfig.username=" + StubPanel.USER,
                    "ispconfig.password=" + StubPanel.PASSWORD);

    @AfterEach
    void stopPanel() {
        panel.close();
    }

    private double logins(String reason) {
        return registry.get(IspConfigMetrics.LOGINS).tag("reason", reason).functionCounter().count();
    }

    private double live() {
        return registry.get(IspConfigMetrics.LIVE).gauge().value();
    }

    @Test
    void loginsByReasonLiveSessionsAndExpiriesAreCounted() {
        runner.run(context -> {
            IspConfigMetrics metrics = context.getBean(IspConfigMetrics.class);
            metrics.bindTo(registry); // Boot's MeterRegistryPostProcessor does this in an application
            IspConfigClient client = context.getBean(IspConfigClient.class);
            assertThat(live()).isZero();
            assertThat(logins("initial")).isZero();

            client.sites().webDomainGet(1);
            assertThat(logins("initial")).isEqualTo(1);
            assertThat(live()).isEqualTo(1);

            panel.expireAll();
            client.sites().webDomainGet(1);
            assertThat(logins("expiry")).isEqualTo(1);
            assertThat(logins("proactive_refresh")).isZero();
            assertThat(registry.get(IspConfigMetrics.EXPIRED).functionCounter().count()).isEqualTo(1);
            assertThat(live()).as("the dead one dropped, the new one alive").isEqualTo(1);

            client.close();
            assertThat(live()).isZero();
        });
    }

    @Test
    void loginFailuresAreCountedByType() {
        panel.password = "changed on the panel";
        runner.run(context -> {
            context.getBean(IspConfigMetrics.class).bindTo(registry);
            try {
                context.getBean(IspConfigClient.class).sites().webDomainGet(1);
            } catch (RuntimeException expected) {
                // AuthenticationException
            }
            assertThat(registry.get(IspConfigMetrics.LOGIN_FAILURES).tag("exception", "AuthenticationException")
                    .functionCounter().count()).isEqualTo(1);
        });
    }

    @Test
    void noTagEverHoldsACredentialOrASessionId() {
        runner.run(context -> {
            context.getBean(IspConfigMetrics.class).bindTo(registry);
            IspConfigClient client = context.getBean(IspConfigClient.class);
            client.sites().webDomainGet(1);
            panel.expireAll();
            client.sites().webDomainGet(2);
            for (Meter meter : registry.getMeters()) {
                for (Tag tag : meter.getId().getTags()) {
                    assertThat(tag.getValue()).doesNotContain(StubPanel.PASSWORD).doesNotContain(StubPanel.USER);
                    panel.issuedSessions.forEach(id -> assertThat(tag.getValue()).doesNotContain(id));
                }
            }
        });
    }

    @Test
    void usersMetricsBeanWins() {
        IspConfigMetrics own = new IspConfigMetrics();
        runner.withBean("ownMetrics", IspConfigMetrics.class, () -> own)
                .run(context -> assertThat(context.getBean(IspConfigMetrics.class)).isSameAs(own));
    }

    @Test
    void withoutAMeterRegistryThereAreNoMetrics() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(IspConfigAutoConfiguration.class,
                        IspConfigMetricsAutoConfiguration.class))
                .withPropertyValues("ispconfig.url=" + panel.url(), "ispconfig.username=" + StubPanel.USER,
                        "ispconfig.password=" + StubPanel.PASSWORD)
                .run(context -> assertThat(context).hasSingleBean(IspConfigClient.class)
                        .doesNotHaveBean(IspConfigMetrics.class));
    }
}
