package dev.ispconfig.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.api.ApiInventory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class IspConfigHealthIndicatorTest {

    private final StubPanel panel = new StubPanel();
    private final MutableClock clock = new MutableClock();
    private final IspConfigClient client = IspConfigClient.builder().url(panel.url()).username(StubPanel.USER)
            .password(StubPanel.PASSWORD).build();
    private final IspConfigHealthIndicator indicator = new IspConfigHealthIndicator(client, Duration.ofSeconds(10),
            clock);

    @AfterEach
    void stop() {
        client.close();
        panel.close();
    }

    @Test
    void upWithTheFunctionCountAndNoDriftForThePanelTheSdkWasMadeFrom() {
        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("functions", ApiInventory.METHODS.size())
                .containsEntry("inventory", ApiInventory.TAG)
                .containsEntry("missing", List.of()).containsEntry("missingCount", 0)
                .containsEntry("extra", List.of()).containsEntry("extraCount", 0)
                .containsKey("responseTimeMs");
    }

    @Test
    void driftListsWhatThePanelLacksAndWhatItHasBeyondTheSdk() {
        List<String> functions = new ArrayList<>(StubPanel.withConstructor(ApiInventory.METHODS));
        functions.remove("sites_web_domain_backup");
        functions.add("sites_web_domain_clone");
        panel.functionList = functions;

        Map<String, Object> details = indicator.health().getDetails();

        assertThat(details).containsEntry("missing", List.of("sites_web_domain_backup"))
                .containsEntry("extra", List.of("sites_web_domain_clone"))
                .containsEntry("functions", ApiInventory.METHODS.size());
    }

    @Test
    void longDriftListsAreCutButCountedInFull() {
        panel.functionList = List.of("__construct", "login", "logout", "get_function_list");

        Map<String, Object> details = indicator.health().getDetails();

        assertThat((List<?>) details.get("missing")).hasSize(IspConfigHealthIndicator.MAX_LISTED);
        assertThat(details).containsEntry("missingCount", ApiInventory.METHODS.size() - 3);
    }

    @Test
    void aUserWithoutServerFunctionsIsReportedAsSuchNotAsDown() {
        panel.functionListDenied = true;

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((String) health.getDetails().get("warning")).contains("'Server functions'");
        assertThat(health.getDetails()).doesNotContainKey("functions");
    }

    @Test
    void downWithTheErrorTypeAndAMessageFreeOfSecrets() {
        panel.password = "rotated";

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "AuthenticationException")
                .containsEntry("faultCode", "login_failed");
        assertThat(health.toString()).doesNotContain(StubPanel.PASSWORD);
    }

    @Test
    void anUnreachablePanelIsDownWithTheTransportReason() {
        panel.close();

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "TransportException")
                .containsEntry("reason", "CONNECT");
    }

    @Test
    void resultsAreCachedForTheTtl() {
        indicator.health();
        indicator.health();
        clock.advance(Duration.ofSeconds(9));
        indicator.health();
        assertThat(panel.callsOf("get_function_list")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        indicator.health();
        assertThat(panel.callsOf("get_function_list")).isEqualTo(2);
    }

    @Test
    void whileOneCallerProbesASlowPanelTheOthersGetTheLastResultAtOnce() throws Exception {
        indicator.health();
        clock.advance(Duration.ofSeconds(10));
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        panel.fail("get_function_list", new StubPanel.Hold(release));
        Thread prober = new Thread(indicator::health);
        prober.start();
        while (panel.callsOf("get_function_list") < 2) {
            Thread.onSpinWait(); // until the held probe is at the panel
        }

        // The probe is held until released below: waiting for it would hang past the guard.
        Health meanwhile = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> indicator.health());

        assertThat(meanwhile.getStatus()).isEqualTo(Status.UP);
        release.countDown();
        prober.join(10_000);
        assertThat(panel.callsOf("get_function_list")).isEqualTo(2);
    }

    @Test
    void theProbeMakesOneAttemptEvenWithTheRetryPolicyInstalled() {
        IspConfigProperties.Retry retry = new IspConfigProperties.Retry();
        retry.setInitialDelay(Duration.ofMillis(1));
        try (IspConfigClient retrying = IspConfigClient.builder().url(panel.url()).username(StubPanel.USER)
                .password(StubPanel.PASSWORD).addInterceptor(new RetryInterceptor(retry, List.of())).build()) {
            panel.fail("get_function_list", new StubPanel.HttpStatus(503, "busy"), new StubPanel.HttpStatus(503,
                    "busy"));

            Health health = new IspConfigHealthIndicator(retrying, Duration.ofSeconds(10), clock).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(panel.callsOf("get_function_list")).isEqualTo(1);
        }
    }

    @Test
    void theIndicatorIsNamedIspconfigAndCanBeSwitchedOff() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(IspConfigAutoConfiguration.class,
                        IspConfigHealthAutoConfiguration.class))
                .withPropertyValues("ispconfig.url=" + panel.url(), "ispconfig.username=" + StubPanel.USER,
                        "ispconfig.password=" + StubPanel.PASSWORD, "ispconfig.health.cache-ttl=1m");
        runner.run(context -> assertThat(context).hasBean("ispconfigHealthIndicator")
                .hasSingleBean(IspConfigHealthIndicator.class));
        runner.withPropertyValues("management.health.ispconfig.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(IspConfigHealthIndicator.class));
        runner.withPropertyValues("management.health.defaults.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(IspConfigHealthIndicator.class));
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
