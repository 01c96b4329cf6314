package dev.ispconfig.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ispconfig.client.exception.AuthenticationException;
import dev.ispconfig.client.exception.ClientClosedException;
import dev.ispconfig.client.exception.TransportException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions when the panel hangs, dies or refuses, when listeners misbehave and when the application shuts down: the
 * behaviours a hung or dead panel once turned into minutes of blocked shutdown and thousands of login attempts.
 * Timing bounds are hang guards, several times what the behaviour needs.
 */
class SessionSafetyTest {

    private static final Duration GUARD = Duration.ofSeconds(20);

    private final FakePanel panel = new FakePanel();
    private final MutableClock clock = new MutableClock();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<LogRecord> logs = new ArrayList<>();
    // Held strongly: java.util.logging keeps weak references only.
    private final Logger sdkLogger = Logger.getLogger("dev.ispconfig.client");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logs) {
                logs.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    SessionSafetyTest() {
        sdkLogger.setLevel(Level.ALL);
        sdkLogger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        sdkLogger.removeHandler(capture);
        sdkLogger.setLevel(null);
    }

    /**
     * Eight threads call a panel that takes the login and never answers (the transport times out after 3 s). The login
     * is made once, its failure is everyone's, and close() does not wait behind it.
     */
    @Test
    void aHungPanelCostsOneLoginAndCloseDoesNotWaitForIt() throws Exception {
        panel.loginHangMillis = 3_000;
        IspConfigClient client = FakePanel.clientFor(panel).maxConcurrentRequests(0).build();
        List<Future<Throwable>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(threads.submit(() -> catchThrowable(() -> client.call("echo", 1))));
        }
        assertThat(panel.loginArrived.await(GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();

        // Closing while the login hangs returns without waiting for it (the hung login alone takes 3 s).
        assertTimeoutPreemptively(Duration.ofMillis(1_500), client::close);

        for (Future<Throwable> call : calls) {
            Throwable failure = call.get(GUARD.toSeconds(), TimeUnit.SECONDS);
            assertThat(failure).isInstanceOfAny(ClientClosedException.class, TransportException.class);
        }
        assertThat(panel.loginAttempts).hasValue(1);
    }

    @Test
    void theCallersWaitingForAHungLoginShareItsFailureAndTheNextCallsAreAnsweredFromMemory() throws Exception {
        panel.loginHangMillis = 300;
        try (IspConfigClient client = FakePanel.clientFor(panel).maxConcurrentRequests(0).build()) {
            CyclicBarrier start = new CyclicBarrier(8);
            List<Future<Throwable>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return catchThrowable(() -> client.call("echo", 1));
                }));
            }
            for (Future<Throwable> call : calls) {
                assertThat(call.get(GUARD.toSeconds(), TimeUnit.SECONDS)).isInstanceOfSatisfying(
                        TransportException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.TIMEOUT));
            }
            assertThat(catchThrowable(() -> client.call("echo", 2))).isInstanceOf(TransportException.class);
            assertThat(panel.loginAttempts).hasValue(1);
        }
    }

    /** A dead port under a storm of calls: one login attempt per cool-down, not one per call. */
    @Test
    void aDeadPanelCostsOneLoginAttemptPerCoolDown() throws Exception {
        panel.unreachable = true;
        try (IspConfigClient client = FakePanel.clientFor(panel).nanoClock(clock::nanoTime).maxConcurrentRequests(0)
                .loginUnreachableCoolDown(Duration.ofSeconds(5)).build()) {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                workers.add(threads.submit(() -> {
                    int failed = 0;
                    for (int i = 0; i < 80; i++) {
                        if (catchThrowable(() -> client.call("echo", 1)) instanceof TransportException) {
                            failed++;
                        }
                    }
                    return failed;
                }));
            }
            int failed = 0;
            for (Future<Integer> worker : workers) {
                failed += worker.get(GUARD.toSeconds(), TimeUnit.SECONDS);
            }
            assertThat(failed).isEqualTo(64 * 80);
            assertThat(panel.loginAttempts).hasValue(1);

            clock.advance(Duration.ofSeconds(6));
            assertThatThrownBy(() -> client.call("echo", 1)).isInstanceOf(TransportException.class);
            assertThat(panel.loginAttempts).hasValue(2);
        }
    }

    @Test
    void eachCallerGetsAnExceptionOfItsOwnWithTheRememberedOneAsItsCause() {
        panel.password = "changed-by-an-admin";
        try (IspConfigClient client = FakePanel.clientFor(panel).build()) {
            Throwable first = catchThrowable(() -> client.call("echo", 1));
            Throwable second = catchThrowable(() -> client.call("echo", 2));
            Throwable third = catchThrowable(() -> client.call("echo", 3));

            assertThat(first).isInstanceOf(AuthenticationException.class);
            assertThat(second).isInstanceOf(AuthenticationException.class).isNotSameAs(first).hasCause(first);
            assertThat(third).isNotSameAs(second).hasCause(first);
            assertThat(second.getSuppressed()).isEmpty();
            assertThat(panel.loginAttempts).hasValue(1);
        }
    }

    /** Session age and cool-downs follow the monotonic clock: a wall clock stepped back or forward changes nothing. */
    @Test
    void aWallClockSteppedBackOrForwardChangesNeitherCoolDownsNorSessionAge() {
        panel.password = "changed-by-an-admin";
        try (IspConfigClient client = FakePanel.clientFor(panel).nanoClock(clock::nanoTime).build()) {
            assertThatThrownBy(() -> client.call("echo", 1)).isInstanceOf(AuthenticationException.class);
            clock.stepWallClock(Duration.ofHours(-2));
            clock.advance(Duration.ofSeconds(61)); // the refused login's cool-down of one minute is over
            panel.password = FakePanel.PASSWORD;

            assertThat(client.call("echo", 1)).isEqualTo(1);
            clock.stepWallClock(Duration.ofHours(3)); // a session is not older for that
            assertThat(client.call("echo", 2)).isEqualTo(2);

            assertThat(panel.loginAttempts).hasValue(2);
            assertThat(panel.logins).hasValue(1);
        }
    }

    @Test
    void aListenerThatThrowsLeavesNoSessionAliveOnThePanel() {
        SessionListener throwing = new SessionListener() {
            @Override
            public void loggedIn(LoginReason reason) {
                throw new IllegalStateException("a listener bug");
            }
        };
        try (IspConfigClient client = FakePanel.clientFor(panel).sessionListener(throwing).build()) {
            assertThat(client.call("echo", 1)).isEqualTo(1);
            assertThat(client.call("echo", 2)).isEqualTo(2);
        }

        assertThat(panel.logins).hasValue(1);
        assertThat(panel.liveSessions).isEmpty();
        assertThat(messages(Level.WARNING)).anyMatch(message -> message.contains("SessionListener failed"));
    }

    /** A listener that calls the client with one request slot would wait for its own slot; it must not. */
    @Test
    void aListenerMayCallTheClientEvenWithOneRequestSlot() {
        CompletableFuture<Object> fromListener = new CompletableFuture<>();
        IspConfigClient[] holder = new IspConfigClient[1];
        SessionListener calling = new SessionListener() {
            @Override
            public void loggedIn(LoginReason reason) {
                fromListener.complete(holder[0].call("echo", "from the listener"));
            }
        };
        try (IspConfigClient client = FakePanel.clientFor(panel).maxConcurrentRequests(1).sessionListener(calling)
                .build()) {
            holder[0] = client;
            Object answer = assertTimeoutPreemptively(GUARD, () -> client.call("echo", 1));

            assertThat(answer).isEqualTo(1);
            assertThat(fromListener).isCompletedWithValue("from the listener");
        }
    }

    @Test
    void aClosedClientViewStaysClosed() {
        try (IspConfigClient client = FakePanel.clientFor(panel).build()) {
            IspConfigClient view = client.asClient("client1", FakePanel.PASSWORD);
            assertThat(view.call("echo", 1)).isEqualTo(1);

            view.close();

            assertThatThrownBy(() -> view.call("echo", 2)).isInstanceOf(ClientClosedException.class);
            assertThat(panel.logins).hasValue(1);
            assertThat(panel.liveSessions).isEmpty();
            assertThat(client.call("echo", 3)).isEqualTo(3); // the root client is not closed by its view
        }
    }

    @Test
    void callsWaitingForAFreeSlotAreTurnedAwayWhenTheClientCloses() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        panel.handler = arguments -> {
            inside.countDown();
            try {
                release.await(GUARD.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return arguments.get(0);
        };
        IspConfigClient client = FakePanel.clientFor(panel).maxConcurrentRequests(1).build();
        Future<Throwable> holding = threads.submit(() -> catchThrowable(() -> client.call("echo", 1)));
        assertThat(inside.await(GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();
        Future<Throwable> waiting = threads.submit(() -> catchThrowable(() -> client.call("echo", 2)));

        client.close();

        assertThat(waiting.get(GUARD.toSeconds(), TimeUnit.SECONDS)).isInstanceOf(ClientClosedException.class);
        release.countDown();
        assertThat(holding.get(GUARD.toSeconds(), TimeUnit.SECONDS)).isNull(); // the call in flight finished
        assertThat(panel.liveSessions).isEmpty();
    }

    @Test
    void aRefusedLoginIsAWarningNamingTheUserTheCodeAndTheCoolDownButNeverThePassword() {
        panel.password = "changed-by-an-admin";
        try (IspConfigClient client = FakePanel.clientFor(panel).build()) {
            catchThrowable(() -> client.call("echo", 1));
        }

        assertThat(messages(Level.WARNING)).anySatisfy(message -> assertThat(message)
                .contains("remote user " + FakePanel.USER, "login_failed", "PT1M")
                .doesNotContain(FakePanel.PASSWORD));
    }

    @Test
    void aLogoutIsLoggedAtDebugLevel() {
        try (IspConfigClient client = FakePanel.clientFor(panel).build()) {
            client.call("echo", 1);
        }

        assertThat(messages(Level.FINE)).anyMatch(message -> message.startsWith("logged out of ISPConfig as"));
    }

    @Test
    void aPlainHttpPanelBeyondThisMachineIsAWarningOnceAtBuild() {
        try (IspConfigClient remote = IspConfigClient.builder().url("http://panel.example.com:8080/remote/")
                .username("u").password("p").sharedTransport(panel).build();
                IspConfigClient local = IspConfigClient.builder().url("http://127.0.0.1:8080/remote/")
                        .username("u").password("p").sharedTransport(panel).build()) {
            assertThat(messages(Level.WARNING)).filteredOn(message -> message.contains("plain HTTP"))
                    .singleElement().asString().contains("panel.example.com");
        }
    }

    private List<String> messages(Level level) {
        synchronized (logs) {
            return logs.stream().filter(record -> record.getLevel().equals(level)).map(LogRecord::getMessage)
                    .toList();
        }
    }
}
