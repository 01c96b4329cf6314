package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.LockedOutException;
import dev.ispconfig.client.soap.SoapFault;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionsTest {

    private final TestClock clock = new TestClock();
    private final IspConfigSimulator sim = IspConfigSimulator.builder().clock(clock).start();
    private final Raw raw = new Raw(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void sessionsExpireAbsolutelyAfterTheirLifetime() {
        String session = raw.login();
        clock.advance(Duration.ofSeconds(1000));
        assertThat(raw.call("client_get_all", session).isFault()).isFalse(); // use does not extend it
        clock.advance(Duration.ofSeconds(800));
        assertThat(raw.call("client_get_all", session).isFault()).as("alive at exactly 1800 s").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(raw.call("client_get_all", session).fault())
                .isEqualTo(new SoapFault("session_does_not_exist", "The Session is expired or does not exist."));
        assertThat(sim.stats().deadSessionCalls()).isEqualTo(1);
        assertThat(sim.stats().failureCount("127.0.0.1")).isEqualTo(1);
    }

    @Test
    void theClientLogsInAgainWhenTheSimulatorExpiredItsSession() {
        try (IspConfigClient client = sim.client()) {
            client.call("client_get_all");
            clock.advance(Duration.ofSeconds(1801));
            client.call("client_get_all");
        }
        assertThat(sim.stats().logins()).isEqualTo(2);
        assertThat(sim.stats().deadSessionCalls()).isEqualTo(1);
        assertThat(sim.stats().logouts()).isEqualTo(1);
        assertThat(sim.stats().liveSessions()).isZero();
    }

    @Test
    void logoutAnswersTrueForAnyNonEmptyIdAndEmptyIdsFault() {
        String session = raw.login();
        assertThat(raw.call("logout", session).value()).isEqualTo(true);
        assertThat(raw.call("logout", session).value()).isEqualTo(true);
        assertThat(raw.call("logout", "").fault().code()).isEqualTo("session_id_empty");
        assertThat(raw.call("client_get_all", session).fault().code()).isEqualTo("session_does_not_exist");
        assertThat(raw.call("client_get_all", 5).fault())
                .isEqualTo(new SoapFault("session_id_nostring", "Wrong SessionID datatype."));
        assertThat(sim.stats().logouts()).isEqualTo(1);
        assertThat(sim.stats().deadSessionLogouts()).isEqualTo(1);
    }

    @Test
    void tenFailuresLockTheIpOutForTheWindowEvenForTheRightPassword() {
        for (int i = 0; i < 10; i++) {
            assertThat(raw.call("login", "admin", "wrong").fault()).isEqualTo(
                    new SoapFault("login_failed", "The login failed. Username or password wrong."));
        }
        assertThat(sim.stats().failureCount("127.0.0.1")).isEqualTo(10);
        assertThat(raw.call("login", sim.username(), sim.password()).fault()).isEqualTo(
                new SoapFault("login_failure_limit", "The login failure limit has been reached."));
        assertThat(raw.call("client_get_all", "a0000000000000000000000000000000000000000").fault()).isEqualTo(
                new SoapFault("session_failure_limit", "The Session failure limit has been reached."));
        clock.advance(Duration.ofMinutes(5));
        assertThat(raw.login()).matches("[a-z][0-9a-f]{40}");
        assertThat(sim.stats().failureCount("127.0.0.1")).isZero();
    }

    @Test
    void deadSessionLookupsCountTowardTheSameLimitAndASuccessfulLoginBelowItClearsIt() {
        for (int i = 0; i < 9; i++) {
            raw.call("client_get_all", "b0000000000000000000000000000000000000000");
        }
        assertThat(sim.stats().failureCount("127.0.0.1")).isEqualTo(9);
        raw.login();
        assertThat(sim.stats().failureCount("127.0.0.1")).isZero();
    }

    @Test
    void failuresOlderThanTheWindowStartTheCountAgain() {
        for (int i = 0; i < 9; i++) {
            raw.call("login", "admin", "wrong");
        }
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        raw.call("login", "admin", "wrong");
        assertThat(sim.stats().failureCount("127.0.0.1")).isEqualTo(1);
    }

    @Test
    void aLockedOutClientGetsLockedOutException() {
        sim.faults().lockOut();
        try (IspConfigClient client = sim.client()) {
            assertThatThrownBy(() -> client.call("client_get_all")).isInstanceOf(LockedOutException.class);
        }
    }

    @Test
    void aLockoutByAddressHitsThatClientOnly() {
        sim.faults().lockOut("192.0.2.7"); // a client elsewhere, as with --bind 0.0.0.0
        assertThat(sim.stats().failureCount("192.0.2.7")).isPositive();
        try (IspConfigClient client = sim.client()) {
            assertThat(client.call("client_get_all")).as("loopback is not locked out").isNotNull();
        }
        sim.faults().clearLockout("192.0.2.7");
        assertThat(sim.stats().failureCount("192.0.2.7")).isZero();
    }

    @Test
    void theLockoutIsConfigurable() {
        try (IspConfigSimulator strict = IspConfigSimulator.builder().clock(clock)
                .lockout(2, Duration.ofMinutes(1)).start()) {
            Raw strictRaw = new Raw(strict);
            strictRaw.call("login", "admin", "wrong");
            strictRaw.call("login", "admin", "wrong");
            assertThat(strictRaw.call("login", strict.username(), strict.password()).fault().code())
                    .isEqualTo("login_failure_limit");
            clock.advance(Duration.ofMinutes(1));
            assertThat(strictRaw.login()).hasSize(41);
        }
    }

    @Test
    void loginChecksEmptyCredentialsFirst() {
        assertThat(raw.call("login", "", "x").fault())
                .isEqualTo(new SoapFault("login_username_empty", "The login username is empty."));
        assertThat(raw.call("login", "admin", "").fault())
                .isEqualTo(new SoapFault("login_password_empty", "The login password is empty."));
        assertThat(sim.stats().failureCount("127.0.0.1")).isZero();
    }

    @Test
    void clientLoginsNeedCanUseApiAndMayCallEverything() {
        sim.seed().client("bob", "bob-pass");
        assertThat(raw.call("login", "bob", "bob-pass", true).fault())
                .isEqualTo(new SoapFault("client_login_failed", "The login failed. Client may not use api."));
        sim.seed().client("carol", "carol-pass").canUseApi();
        String session = (String) raw.call("login", "carol", "carol-pass", true).value();
        assertThat(raw.call("get_function_list", session).isFault()).isFalse();
    }
}
