package dev.ispconfig.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.AuthenticationException;
import dev.ispconfig.client.exception.LockedOutException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.SessionException;
import dev.ispconfig.client.exception.TransportException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the starter's retry repeats and what it never does, against a panel on loopback. */
class RetryPolicyTest {

    private static final StubPanel.HttpStatus UNAVAILABLE = new StubPanel.HttpStatus(503,
            "<html><body>503 Service Unavailable</body></html>");
    private static final StubPanel.HttpStatus BAD_GATEWAY = new StubPanel.HttpStatus(502,
            "<html><body>502 Bad Gateway</body></html>");

    private final StubPanel panel = new StubPanel();
    private final IspConfigMetrics metrics = new IspConfigMetrics();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void stopPanel() {
        panel.close();
    }

    private IspConfigClient client(boolean includeWrites) {
        return client(includeWrites, Duration.ofSeconds(5));
    }

    private IspConfigClient client(boolean includeWrites, Duration readTimeout) {
        metrics.bindTo(registry);
        IspConfigProperties.Retry retry = new IspConfigProperties.Retry();
        retry.setInitialDelay(Duration.ofMillis(1));
        retry.setMaxDelay(Duration.ofMillis(5));
        retry.setIncludeWrites(includeWrites);
        return IspConfigClient.builder().url(panel.url()).username(StubPanel.USER).password(StubPanel.PASSWORD)
                .readTimeout(readTimeout).sessionListener(metrics)
                .addInterceptor(new RetryInterceptor(retry, List.of(metrics))).build();
    }

    private double retries(String method) {
        var counter = registry.find(IspConfigMetrics.RETRIES).tag("method", method).functionCounter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aReadIsRetriedAfterTransientFailuresUntilItSucceeds() {
        try (IspConfigClient client = client(false)) {
            panel.fail("sites_web_domain_get", UNAVAILABLE, BAD_GATEWAY);

            assertThat(client.sites().webDomainGet(5).getString("domain_id")).isEqualTo("5");

            assertThat(panel.callsOf("sites_web_domain_get")).isEqualTo(3);
            assertThat(retries("sites_web_domain_get")).isEqualTo(2);
        }
    }

    @Test
    void aReadGivesUpAfterMaxAttemptsWithTheLastFailureItself() {
        try (IspConfigClient client = client(false)) {
            panel.fail("sites_web_domain_get", UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE);

            assertThatThrownBy(() -> client.sites().webDomainGet(5)).isInstanceOfSatisfying(
                    TransportException.class, e -> assertThat(e.statusCode()).isEqualTo(503));

            assertThat(panel.callsOf("sites_web_domain_get")).as("3 attempts, the default").isEqualTo(3);
        }
    }

    @Test
    void noAttemptStartsThatTheRetryTimeoutCannotWaitFor() {
        metrics.bindTo(registry);
        IspConfigProperties.Retry retry = new IspConfigProperties.Retry();
        retry.setMaxAttempts(5);
        retry.setInitialDelay(Duration.ofSeconds(1));
        retry.setTimeout(Duration.ofMillis(200)); // shorter than the first delay: one attempt only
        try (IspConfigClient client = IspConfigClient.builder().url(panel.url()).username(StubPanel.USER)
                .password(StubPanel.PASSWORD).addInterceptor(new RetryInterceptor(retry, List.of(metrics))).build()) {
            panel.fail("sites_web_domain_get", UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE);

            assertThatThrownBy(() -> client.sites().webDomainGet(5)).isInstanceOfSatisfying(
                    TransportException.class, e -> assertThat(e.statusCode()).isEqualTo(503));

            assertThat(panel.callsOf("sites_web_domain_get")).isEqualTo(1);
            assertThat(retries("sites_web_domain_get")).isZero();
        }
    }

    @Test
    void aReadIsRetriedAfterATimeout() {
        try (IspConfigClient client = client(false, Duration.ofMillis(300))) {
            panel.fail("sites_web_domain_get", new StubPanel.Delay(1000));

            assertThat(client.sites().webDomainGet(5)).isNotNull();

            assertThat(panel.callsOf("sites_web_domain_get")).isEqualTo(2);
        }
    }

    @Test
    void aWriteIsNotRetriedByDefault() {
        panel.answer("dns_a_add", arguments -> "17");
        try (IspConfigClient client = client(false)) {
            panel.fail("dns_a_add", UNAVAILABLE);

            assertThatThrownBy(() -> client.call("dns_a_add", 1, Map.of("name", "www")))
                    .isInstanceOf(TransportException.class);

            assertThat(panel.callsOf("dns_a_add")).isEqualTo(1);
            assertThat(retries("dns_a_add")).isZero();
        }
    }

    @Test
    void anOptedInWriteIsNotRetriedAfterA503EitherSinceAProxyMayHavePassedItOn() {
        panel.answer("dns_a_add", arguments -> "17");
        try (IspConfigClient client = client(true)) {
            panel.fail("dns_a_add", UNAVAILABLE);

            assertThatThrownBy(() -> client.call("dns_a_add", 1, Map.of("name", "www")))
                    .isInstanceOf(TransportException.class);

            assertThat(panel.callsOf("dns_a_add")).isEqualTo(1);
        }
    }

    @Test
    void anOptedInWriteIsRetriedWhenThePanelWasNeverReached() {
        panel.close();
        try (IspConfigClient client = client(true)) {
            assertThatThrownBy(() -> client.call("dns_a_add", 1, Map.of("name", "www")))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT));

            assertThat(retries("dns_a_add")).as("refused connections: 3 attempts").isEqualTo(2);
        }
    }

    @Test
    void aSessionThatKeepsDyingIsRetriedOnceNotChasedIntoTheLockout() {
        try (IspConfigClient client = client(false)) {
            client.call("sites_web_domain_get", 1);
            StubPanel.Fault dead = new StubPanel.Fault("session_does_not_exist",
                    "The Session is expired or does not exist.");
            panel.fail("sites_web_domain_get", dead, dead, dead, dead, dead, dead);

            assertThatThrownBy(() -> client.sites().webDomainGet(1)).isInstanceOf(SessionException.class);

            assertThat(panel.callsOf("sites_web_domain_get") - 1).as("2 attempts of the core's 2 tries each")
                    .isEqualTo(4);
            assertThat(retries("sites_web_domain_get")).isEqualTo(1);
        }
    }

    @Test
    void theHealthProbesSingleAttemptScopeSkipsRetries() {
        try (IspConfigClient client = client(false)) {
            panel.fail("sites_web_domain_get", UNAVAILABLE);

            assertThatThrownBy(() -> RetryInterceptor.withoutRetry(() -> client.sites().webDomainGet(5)))
                    .isInstanceOf(TransportException.class);

            assertThat(panel.callsOf("sites_web_domain_get")).isEqualTo(1);
            assertThat(client.sites().webDomainGet(5)).as("outside the scope the policy applies again").isNotNull();
        }
    }

    @Test
    void aWriteThatTimedOutIsNeverRepeatedEvenWhenOptedIn() {
        panel.answer("dns_a_add", arguments -> "17");
        try (IspConfigClient client = client(true, Duration.ofMillis(300))) {
            panel.fail("dns_a_add", new StubPanel.Delay(1000));

            assertThatThrownBy(() -> client.call("dns_a_add", 1, Map.of("name", "www")))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());

            assertThat(panel.callsOf("dns_a_add")).as("the add may have run: not sent again").isEqualTo(1);
        }
    }

    @Test
    void aWriteMeetingADeadSessionTwiceIsRetriedBecauseThePanelRefusedIt() {
        panel.answer("dns_a_add", arguments -> "17");
        try (IspConfigClient client = client(false)) {
            client.call("sites_web_domain_get", 1);
            // The core re-logs in once; this panel kills the new session too, so the core gives up and the retry
            // policy steps in.
            panel.fail("dns_a_add", new StubPanel.Fault("session_does_not_exist",
                    "The Session is expired or does not exist."), new StubPanel.Fault("session_does_not_exist",
                    "The Session is expired or does not exist."));

            assertThat(client.call("dns_a_add", 1, Map.of("name", "www"))).isEqualTo("17");

            assertThat(panel.callsOf("dns_a_add")).isEqualTo(3);
            assertThat(retries("dns_a_add")).isEqualTo(1);
        }
    }

    @Test
    void aWrongPasswordIsNeverRetried() {
        panel.password = "something else";
        try (IspConfigClient client = client(true)) {
            assertThatThrownBy(() -> client.sites().webDomainGet(1)).isInstanceOf(AuthenticationException.class);

            assertThat(panel.callsOf("login")).as("one login attempt, no retry into the lockout").isEqualTo(1);
            assertThat(registry.find(IspConfigMetrics.RETRIES).functionCounters()).isEmpty();
        }
    }

    @Test
    void aLockoutIsNeverRetried() {
        panel.fail("login", new StubPanel.Fault("login_failure_limit",
                "The login failure limit has been reached."));
        try (IspConfigClient client = client(true)) {
            assertThatThrownBy(() -> client.sites().webDomainGet(1)).isInstanceOf(LockedOutException.class);

            assertThat(panel.callsOf("login")).isEqualTo(1);
            // The core answers a lockout from memory, so the login count alone would not show a retry.
            assertThat(registry.find(IspConfigMetrics.RETRIES).functionCounters()).isEmpty();
        }
    }

    @Test
    void otherFaultsAreAnswersNotFailuresToRetry() {
        try (IspConfigClient client = client(true)) {
            panel.fail("sites_web_domain_get", new StubPanel.Fault("permission_denied",
                    "You do not have the permissions to access this function."));

            assertThatThrownBy(() -> client.sites().webDomainGet(1)).isInstanceOf(PermissionDeniedException.class);

            assertThat(panel.callsOf("sites_web_domain_get")).isEqualTo(1);
        }
    }

    @Test
    void theDecisionTable() {
        TransportException refused = new TransportException(TransportException.Reason.CONNECT, 0, "refused", null);
        TransportException timeout = new TransportException(TransportException.Reason.TIMEOUT, 0, "timeout", null);
        TransportException badGateway = new TransportException(TransportException.Reason.HTTP_STATUS, 502, "bad gateway", null);
        TransportException notSoap = new TransportException(TransportException.Reason.NOT_SOAP, 200, "html", null);
        SessionException dead = new SessionException("x", "session_does_not_exist", "expired");
        SessionException empty = new SessionException("x", "session_id_empty", "empty");

        assertThat(RetryDecision.isRead("sites_web_domain_get")).isTrue();
        assertThat(RetryDecision.isRead("client_get_all")).isTrue();
        assertThat(RetryDecision.isRead("sites_web_domain_add")).isFalse();
        assertThat(RetryDecision.isRead("sites_web_domain_backup")).as("kind other").isFalse();
        assertThat(RetryDecision.isRead("not_in_the_inventory")).as("unknown counts as a write").isFalse();

        assertThat(List.of(refused, timeout, badGateway, dead)).allMatch(RetryDecision::retryRead);
        assertThat(List.of(notSoap, empty)).noneMatch(RetryDecision::retryRead);

        assertThat(RetryDecision.retryWrite(dead, false)).isTrue();
        assertThat(RetryDecision.retryWrite(refused, false)).isFalse();
        assertThat(RetryDecision.retryWrite(refused, true)).isTrue();
        assertThat(RetryDecision.retryWrite(timeout, true)).isFalse();
        assertThat(RetryDecision.retryWrite(badGateway, true)).as("a proxy's 502 may hide a run").isFalse();
        TransportException unavailable = new TransportException(TransportException.Reason.HTTP_STATUS, 503, "503",
                null);
        assertThat(RetryDecision.retryRead(unavailable)).isTrue();
        assertThat(RetryDecision.retryWrite(unavailable, true)).isFalse();
        AuthenticationException wrongPassword = new AuthenticationException("login", "login_failed", "wrong");
        LockedOutException lockedOut = new LockedOutException("login", "login_failure_limit", "locked");
        assertThat(List.of(wrongPassword, lockedOut)).noneMatch(RetryDecision::retryRead)
                .noneMatch(failure -> RetryDecision.retryWrite(failure, true));
    }
}
