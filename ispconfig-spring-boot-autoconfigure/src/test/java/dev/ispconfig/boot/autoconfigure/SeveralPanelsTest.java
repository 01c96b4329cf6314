package dev.ispconfig.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.api.SitesModule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** ispconfig.panels.<name>.*: one client per panel, by name and by qualifier, each healthy, each meter tagged. */
class SeveralPanelsTest {

    private final StubPanel eu = new StubPanel();
    private final StubPanel us = new StubPanel();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ObservationRegistry observations = ObservationRegistry.create();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IspConfigAutoConfiguration.class,
                    IspConfigPanelsAutoConfiguration.class, IspConfigModulesAutoConfiguration.class,
                    IspConfigObservationAutoConfiguration.class, IspConfigMetricsAutoConfiguration.class,
                    IspConfigHealthAutoConfiguration.class, IspConfigPanelsHealthAutoConfiguration.class))
            .withBean(MeterRegistry.class, () -> meters)
            .withBean(ObservationRegistry.class, () -> observations)
            .withPropertyValues(
                    "ispconfig.panels.eu.url=" + eu.url(), "ispconfig.panels.eu.username=" + StubPanel.USER,
                    "ispconfig.panels.eu.password=" + StubPanel.PASSWORD,
                    "ispconfig.panels.us.url=" + us.url(), "ispconfig.panels.us.username=" + StubPanel.USER,
                    "ispconfig.panels.us.password=" + StubPanel.PASSWORD,
                    "ispconfig.panels.us.max-concurrent-requests=2");

    @AfterEach
    void stopPanels() {
        eu.close();
        us.close();
    }

    record UsesTheUsPanel(IspConfigClient client) {
        UsesTheUsPanel(@Qualifier("us") IspConfigClient client) {
            this.client = client;
        }
    }

    @Test
    void eachPanelHasItsClientByNameAndByQualifier() {
        runner.withBean(UsesTheUsPanel.class).run(context -> {
            assertThat(context).hasNotFailed();
            IspConfigPanels panels = context.getBean(IspConfigPanels.class);
            assertThat(panels.names()).containsExactly("eu", "us");
            assertThat(panels.get("eu").endpoint()).isEqualTo(eu.url());
            assertThat(panels.get("us").endpoint()).isEqualTo(us.url());
            assertThat(context.getBean(UsesTheUsPanel.class).client()).isSameAs(panels.get("us"));
            assertThat(context.getBean(IspConfigPanelsAutoConfiguration.CLIENT_BEAN_PREFIX + "eu"))
                    .isSameAs(panels.get("eu"));
            assertThat(context).doesNotHaveBean(SitesModule.class).doesNotHaveBean("ispconfigHealthIndicator");
            assertThatThrownBy(() -> panels.get("asia")).isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("[eu, us]");

            panels.get("eu").sites().webDomainGet(1);
            panels.get("us").sites().webDomainGet(1);
            assertThat(eu.callsOf("sites_web_domain_get")).isEqualTo(1);
            assertThat(us.callsOf("sites_web_domain_get")).isEqualTo(1);
        });
    }

    @Test
    void eachPanelIsAHealthComponentUnderIspconfig() {
        runner.run(context -> {
            CompositeHealthContributor health = context.getBean("ispconfigHealthContributor",
                    CompositeHealthContributor.class);
            assertThat(((HealthIndicator) health.getContributor("eu")).health().getStatus()).isEqualTo(Status.UP);
            assertThat(((HealthIndicator) health.getContributor("us")).health().getStatus()).isEqualTo(Status.UP);
            us.password = "changed on the panel";
            us.expireAll();
            assertThat(((HealthIndicator) health.getContributor("eu")).health().getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void everyMeterCarriesThePanelsName() {
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        runner.run(context -> {
            context.getBean(IspConfigMetrics.class).bindTo(meters);
            IspConfigPanels panels = context.getBean(IspConfigPanels.class);
            panels.get("eu").sites().webDomainGet(1);
            panels.get("us").sites().webDomainGet(1);
            panels.get("us").sites().webDomainGet(2);

            assertThat(meters.get("ispconfig.client.requests").tag("panel", "eu").timer().count()).isEqualTo(1);
            assertThat(meters.get("ispconfig.client.requests").tag("panel", "us").timer().count()).isEqualTo(2);
            assertThat(meters.get(IspConfigMetrics.LOGINS).tag("panel", "eu").tag("reason", "initial")
                    .functionCounter().count()).isEqualTo(1);
            assertThat(meters.get(IspConfigMetrics.LIVE).tag("panel", "us").gauge().value()).isEqualTo(1);

            us.fail("sites_web_domain_get", new StubPanel.HttpStatus(503, "<html>busy</html>"));
            panels.get("us").sites().webDomainGet(3);
            assertThat(meters.get(IspConfigMetrics.RETRIES).tag("panel", "us").tag("method", "sites_web_domain_get")
                    .functionCounter().count()).isEqualTo(1);
            assertThat(meters.find(IspConfigMetrics.RETRIES).tag("panel", "eu").functionCounter()).isNull();
            assertThat(meters.find(IspConfigMetrics.RETRIES).tagKeys("method").functionCounters())
                    .allSatisfy(counter -> assertThat(counter.getId().getTag("panel")).isNotNull());
        });
    }

    @Test
    void aMissingPanelPropertyIsNamedWithItsPanel() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(IspConfigAutoConfiguration.class,
                        IspConfigPanelsAutoConfiguration.class))
                .withPropertyValues("ispconfig.panels.eu.url=" + eu.url(), "ispconfig.panels.eu.username=u")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("ispconfig.panels.eu.password"));
    }
}
