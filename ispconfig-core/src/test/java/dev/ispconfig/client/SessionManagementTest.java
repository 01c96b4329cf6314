package dev.ispconfig.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.exception.AuthenticationException;
import dev.ispconfig.client.exception.ClientClosedException;
import dev.ispconfig.client.exception.LockedOutException;
import dev.ispconfig.client.exception.SessionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The README's Sessions: lazy login, refresh before the absolute expiry, one single-flight re-login, no retry into lockout. */
class SessionManagementTest {

    private final FakePanel panel = new FakePanel();
    private final MutableClock clock = new MutableClock();
    private final List<LoginReason> reasons = new CopyOnWriteArrayList<>();
    /** Sessions alive by the listener's account: logins minus logouts minus dropped dead ones. */
    private final AtomicInteger live = new AtomicInteger();
    private final SessionListener recorder = new SessionListener() {
        @Override
        public void loggedIn(LoginReason reason) {
            reasons.add(reason);
            live.incrementAndGet();
        }

        @Override
        public void loggedOut() {
            live.decrementAndGet();
        }

        @Override
        public void sessionDropped() {
            live.decrementAndGet();
        }
    };
    private final ExecutorService pool = Executors.newFixedThreadPool(32);

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private IspConfigClient client() {
        return FakePanel.clientFor(panel).nanoClock(clock::nanoTime).sessionListener(recorder).build();
    }

    @Test
    void logsInLazilyOnceAndSendsTheSessionIdFirst() {
        try (IspConfigClient client = client()) {
            assertThat(panel.logins).hasValue(0);

            assertThat(client.call("echo", "a")).isEqualTo("a");
            assertThat(client.call("echo", 7)).isEqualTo(7);

            assertThat(panel.logins).hasValue(1);
            assertThat(reasons).containsExactly(LoginReason.INITIAL);
            assertThat(panel.requests.get(0).arguments()).containsExactly(FakePanel.USER, FakePanel.PASSWORD);
            assertThat(panel.requests.get(1).arguments()).containsExactly(panel.issuedIds.get(0), "a");
        }
    }

    @Test
    void expiredSessionLogsInOnceAndTheCallSucceeds() {
        try (IspConfigClient client = client()) {
            client.call("echo", 1);
            panel.expireAll();

            assertThat(client.call("echo", 2)).isEqualTo(2);

            assertThat(panel.logins).hasValue(2);
            assertThat(reasons).containsExactly(LoginReason.INITIAL, LoginReason.EXPIRY);
            assertThat(panel.logouts).as("a dead session is not logged out").hasValue(0);
        }
    }

    @Test
    void thirtyTwoThreadsOnAnExpiredSessionCauseExactlyOneLogin() throws Exception {
        try (IspConfigClient client = client()) {
            client.call("echo", 0);
            panel.expireAll();
            panel.loginDelayMillis = 50; // the others pile up behind the one login in flight
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return client.call("echo", n);
                }));
            }
            start.countDown();

            for (int i = 0; i < 32; i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
            assertThat(panel.logins).as("initial + one re-login").hasValue(2);
            assertThat(reasons).containsExactly(LoginReason.INITIAL, LoginReason.EXPIRY);
            assertThat(panel.failedLogins).hasValue(0);
            assertThat(live).as("the dead session was dropped once, the new one is alive").hasValue(1);
        }
        assertThat(live).as("closed: logged out").hasValue(0);
    }

    @Test
    void sessionIsReplacedAtMaxAgeBeforeThePanelKillsItAndTheOldOneLoggedOut() {
        try (IspConfigClient client = FakePanel.clientFor(panel).nanoClock(clock::nanoTime).sessionListener(recorder)
                .sessionMaxAge(Duration.ofMinutes(20)).build()) {
            client.call("echo", 1);
            clock.advance(Duration.ofMinutes(19).plusSeconds(59));
            client.call("echo", 2);
            assertThat(panel.logins).hasValue(1);

            clock.advance(Duration.ofSeconds(1));
            client.call("echo", 3);

            assertThat(panel.logins).hasValue(2);
            assertThat(reasons).containsExactly(LoginReason.INITIAL, LoginReason.PROACTIVE_REFRESH);
            assertThat(panel.logouts).as("the replaced session is logged out").hasValue(1);
            assertThat(panel.liveSessions).containsExactly(panel.issuedIds.get(1));
            assertThat(panel.calls).as("no call ever met a dead session").hasValue(3);
        }
    }

    @Test
    void defaultMaxAgeIsWellUnderThePanelsThirtyMinutes() {
        try (IspConfigClient client = client()) {
            client.call("echo", 1);
            clock.advance(Duration.ofMinutes(25));
            client.call("echo", 2);

            assertThat(reasons).containsExactly(LoginReason.INITIAL, LoginReason.PROACTIVE_REFRESH);
        }
        assertThatThrownBy(() -> FakePanel.clientFor(panel).sessionMaxAge(Duration.ofSeconds(1800)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1800");
    }

    @Test
    void wrongPasswordIsTriedOnceAndThenAnsweredFromMemory() throws Exception {
        panel.password = "something-else";
        try (IspConfigClient client = client()) {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> client.call("echo", 1)).isInstanceOf(AuthenticationException.class)
                        .hasMessageContaining("login_failed");
            }
            List<Future<?>> concurrent = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                concurrent.add(pool.submit(() -> client.call("echo", 1)));
            }
            for (Future<?> future : concurrent) {
                assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(AuthenticationException.class);
            }

            assertThat(panel.failedLogins).as("one attempt toward the lockout, not 37").hasValue(1);

            clock.advance(IspConfigClient.Builder.DEFAULT_LOGIN_FAILURE_COOL_DOWN);
            panel.password = FakePanel.PASSWORD;
            assertThat(client.call("echo", 9)).isEqualTo(9);
            assertThat(panel.failedLogins).hasValue(1);
        }
    }

    @Test
    void lockoutSurfacesAsItsOwnTypeAndIsNotRetried() {
        panel.lockedOut = true;
        try (IspConfigClient client = client()) {
            assertThatThrownBy(() -> client.call("echo", 1)).isInstanceOf(LockedOutException.class);
            assertThatThrownBy(() -> client.call("echo", 1)).isInstanceOf(LockedOutException.class);

            assertThat(panel.failedLogins).hasValue(1);
            clock.advance(Duration.ofMinutes(1));
            assertThatThrownBy(() -> client.call("echo", 1)).isInstanceOf(LockedOutException.class);
            assertThat(panel.failedLogins).as("the 5-minute lockout is waited out").hasValue(1);
        }
    }

    @Test
    void aSessionThatDiesAgainAfterTheReLoginIsNotRetriedInALoop() {
        try (IspConfigClient client = client()) {
            client.call("echo", 0);
            panel.handler = arguments -> {
                panel.expireAll(); // every call kills its session
                throw new FakePanel.FaultAnswer("session_does_not_exist", "The Session is expired or does not exist.");
            };

            assertThatThrownBy(() -> client.call("echo", 1)).isInstanceOf(SessionException.class)
                    .hasMessageContaining("session_does_not_exist");
            assertThat(panel.logins).as("initial + exactly one re-login").hasValue(2);
            assertThat(panel.calls).as("the first try and one retry").hasValue(3);
        }
    }

    @Test
    void otherSessionFaultsAreNotRetried() {
        try (IspConfigClient client = client()) {
            panel.handler = arguments -> {
                throw new FakePanel.FaultAnswer("session_ip_mismatch", "Session IP mismatch.");
            };

            assertThatThrownBy(() -> client.call("echo", 1)).isInstanceOf(SessionException.class);
            assertThat(panel.logins).hasValue(1);
            assertThat(panel.calls).hasValue(1);
        }
    }

    @Test
    void closeLogsOutOnceAndRefusesLaterCalls() {
        IspConfigClient client = client();
        client.call("echo", 1);

        client.close();
        client.close();

        assertThat(panel.logouts).hasValue(1);
        assertThat(panel.liveSessions).isEmpty();
        assertThatThrownBy(() -> client.call("echo", 2)).isInstanceOf(ClientClosedException.class)
                .hasMessageContaining("closed");
        assertThat(panel.logins).hasValue(1);
    }

    @Test
    void closeWithoutAnyCallDoesNotTouchThePanel() {
        client().close();

        assertThat(panel.requests).isEmpty();
    }

    @Test
    void closeDuringACallLogsOutAfterTheCallFinished() throws Exception {
        CountDownLatch inCall = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        IspConfigClient client = client();
        client.call("echo", 0);
        panel.handler = arguments -> {
            inCall.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        };
        Future<Object> inFlight = pool.submit(() -> client.call("slow"));
        assertThat(inCall.await(10, TimeUnit.SECONDS)).isTrue();

        client.close();
        assertThat(panel.logouts).as("not while the call runs").hasValue(0);
        release.countDown();

        assertThat(inFlight.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(panel.logouts).hasValue(1);
        assertThatThrownBy(() -> client.call("echo", 1)).isInstanceOf(ClientClosedException.class);
    }

    @Test
    void clientLoginsArePooledLeastRecentlyUsedAndEvictedOnesLoggedOut() {
        try (IspConfigClient root = FakePanel.clientFor(panel).maxClientSessions(2).build()) {
            IspConfigClient first = root.asClient("client1", FakePanel.PASSWORD);
            IspConfigClient second = root.asClient("client2", FakePanel.PASSWORD);
            IspConfigClient third = root.asClient("client3", FakePanel.PASSWORD);

            first.call("echo", 1);
            second.call("echo", 2);
            first.call("echo", 3); // client2 is now the least recently used
            third.call("echo", 4);

            assertThat(panel.logins).hasValue(3);
            assertThat(panel.logouts).as("client2 pushed out").hasValue(1);
            assertThat(panel.requests.get(0).arguments()).containsExactly("client1", FakePanel.PASSWORD, true);

            second.call("echo", 5); // comes back with a new login, pushing out client1
            assertThat(panel.logins).hasValue(4);
            assertThat(panel.logouts).hasValue(2);
        }
        assertThat(panel.liveSessions).as("root close logs out every pooled session").isEmpty();
        assertThat(panel.logouts).hasValue(4);
    }

    @Test
    void closingAClientViewLogsOutOnlyThatSession() {
        try (IspConfigClient root = client()) {
            root.call("echo", 1);
            IspConfigClient view = root.asClient("client1", FakePanel.PASSWORD);
            view.call("echo", 2);

            view.close();

            assertThat(panel.logouts).hasValue(1);
            assertThat(root.call("echo", 3)).isEqualTo(3);
            assertThat(panel.logins).hasValue(2);
        }
    }

    @Test
    void concurrentCallsShareOneSession() throws Exception {
        try (IspConfigClient client = client()) {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                results.add(pool.submit(() -> client.call("echo", n)));
            }
            for (int i = 0; i < 200; i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
            assertThat(panel.logins).hasValue(1);
        }
    }
}
