package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ispconfig.boot.autoconfigure.StarterInterceptors;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.LockedOutException;
import dev.ispconfig.client.exception.TransportException.Reason;
import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.test.IspConfigSimulator;
import dev.ispconfig.test.Seed;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, faults: every injection kind of the simulator through the real client. Each gives the documented error,
 * the next healthy call succeeds on the same client, the starter's retry repeats only what its policy allows, and a
 * write whose outcome is unknown is never repeated, even with {@code include-writes}.
 */
class FaultRecoveryTest {

    static final Duration READ_TIMEOUT = Duration.ofMillis(300);
    static final Duration SLOW = Duration.ofMillis(700);
    static final String READ = "sites_web_domain_get";
    static final String WRITE = "dns_a_add";

    private final IspConfigSimulator sim = IspConfigSimulator.start();
    private final Seed.Client acme = sim.seed().client("acme");
    private final int site = acme.webDomain("example.com");
    private final int zone = acme.dnsZone("example.com.").id();
    private final IspConfigClient plain = sim.clientBuilder().readTimeout(READ_TIMEOUT).build();
    private final IspConfigClient retrying = sim.clientBuilder().readTimeout(READ_TIMEOUT)
            .addInterceptor(StarterInterceptors.retry(3, Duration.ofMillis(20), true)).build();

    @AfterEach
    void stop() {
        plain.close();
        retrying.close();
        sim.close();
    }

    private Object read(IspConfigClient client) {
        return client.call(READ, site);
    }

    private Object write(IspConfigClient client, String name) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("server_id", 1);
        params.put("zone", zone);
        params.put("name", name);
        params.put("type", "A");
        params.put("data", "192.0.2.10");
        params.put("ttl", 3600);
        params.put("active", "Y");
        return client.call(WRITE, acme.id(), params);
    }

    /** One injected fault on the next call of {@code method}, seen by the plain client and then by the retrying one. */
    private void fault(String kind, String method, Consumer<IspConfigSimulator> inject, Reason reason,
            boolean runsAtPanel, boolean retried) {
        boolean isRead = method.equals(READ);
        IspConfigClient[] clients = {plain, retrying};
        for (IspConfigClient client : clients) {
            boolean withRetry = client == retrying;
            read(client); // logged in
            int runsBefore = sim.stats().calls(method);
            int requestsBefore = sim.stats().requests();
            inject.accept(sim);
            Throwable thrown = catchThrowable(() -> {
                if (isRead) {
                    read(client);
                } else {
                    write(client, kind.replace(' ', '-') + (withRetry ? "-r" : "-p"));
                }
            });
            if (runsAtPanel && reason == Reason.TIMEOUT) {
                sleep(SLOW.plus(Duration.ofMillis(200))); // let the panel finish the call the client gave up on
            }
            int attempts = sim.stats().requests() - requestsBefore;
            int runs = sim.stats().calls(method) - runsBefore;
            boolean expectRetry = withRetry && retried;
            Object healthy = read(client);
            Figures.line(String.format("fault %-22s %-5s %-11s -> %-48s attempts %d, ran at panel %d, next call %s",
                    kind, isRead ? "read" : "write", withRetry ? "retry" : "no retry",
                    thrown == null ? "recovered by retry" : Figures.describe(thrown)
                            + (thrown instanceof TransportException te && te.outcomeUnknown() ? " outcomeUnknown" : ""),
                    attempts, runs, healthy != null ? "ok" : "nil"));

            assertThat(healthy).as("the next healthy call").isNotNull();
            if (expectRetry) {
                assertThat(thrown).as(kind + " retried away").isNull();
                assertThat(attempts).isEqualTo(2);
            } else {
                assertThat(thrown).isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
                assertThat(attempts).as(kind + " sent once").isEqualTo(1);
                assertThat(runs).isEqualTo(runsAtPanel ? 1 : 0);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void latencyBeyondTheReadTimeoutOnARead() {
        fault("latency > read timeout", READ, s -> s.faults().forMethod(READ).next(1).latency(SLOW),
                Reason.TIMEOUT, true, true);
    }

    @Test
    void latencyBeyondTheReadTimeoutOnAWriteIsNeverRepeated() {
        fault("latency > read timeout", WRITE, s -> s.faults().forMethod(WRITE).next(1).latency(SLOW),
                Reason.TIMEOUT, true, false);
        assertThat(sim.stats().calls(WRITE)).as("each write ran exactly once").isEqualTo(2);
    }

    @Test
    void latencyWithinTheReadTimeoutIsJustSlow() {
        sim.faults().forMethod(READ).next(2).latency(Duration.ofMillis(100));
        assertThat(read(plain)).isNotNull();
        assertThat(read(retrying)).isNotNull();
        assertThat(sim.stats().calls(READ)).isEqualTo(2);
    }

    @Test
    void droppedConnectionOnARead() {
        fault("dropConnection", READ, s -> s.faults().forMethod(READ).next(1).dropConnection(), Reason.IO, false,
                true);
    }

    @Test
    void droppedConnectionOnAWriteIsNeverRepeated() {
        fault("dropConnection", WRITE, s -> s.faults().forMethod(WRITE).next(1).dropConnection(), Reason.IO, false,
                false);
    }

    @Test
    void http500WithAnHtmlPage() {
        fault("httpError500Html", READ, s -> s.faults().forMethod(READ).next(1).httpError500Html(),
                Reason.HTTP_STATUS, false, false);
        fault("httpError500Html", WRITE, s -> s.faults().forMethod(WRITE).next(1).httpError500Html(),
                Reason.HTTP_STATUS, false, false);
    }

    @Test
    void remoteApiDisabled() {
        fault("apiDisabled", READ, s -> s.faults().forMethod(READ).next(1).apiDisabled(), Reason.NOT_SOAP, false,
                false);
    }

    @Test
    void truncatedXml() {
        fault("truncatedXml", READ, s -> s.faults().forMethod(READ).next(1).truncatedXml(),
                Reason.MALFORMED_RESPONSE, true, false);
        fault("truncatedXml", WRITE, s -> s.faults().forMethod(WRITE).next(1).truncatedXml(),
                Reason.MALFORMED_RESPONSE, true, false);
    }

    @Test
    void malformedXml() {
        fault("malformedXml", READ, s -> s.faults().forMethod(READ).next(1).malformedXml(),
                Reason.MALFORMED_RESPONSE, false, false);
    }

    @Test
    void expiredSessionsCostOneReloginAndNoFailure() {
        for (IspConfigClient client : new IspConfigClient[] {plain, retrying}) {
            read(client);
            sim.faults().expireAllSessions();
            assertThat(read(client)).isNotNull();
        }
        assertThat(sim.stats().logins()).isEqualTo(4); // 2 clients x (first + one re-login)
        assertThat(sim.stats().deadSessionCalls()).isEqualTo(2);
        Figures.line("fault expireAllSessions       read  both        -> recovered by the core's one re-login       "
                + "logins 4 for 2 clients, dead-id calls 2");
    }

    @Test
    void lockoutOnALiveSessionEndsWithTheLockout() {
        read(plain);
        read(retrying);
        int requestsBefore = sim.stats().requests();
        sim.faults().lockOut();
        assertThat(catchThrowable(() -> read(plain))).isInstanceOf(LockedOutException.class);
        assertThat(catchThrowable(() -> read(retrying))).isInstanceOf(LockedOutException.class);
        assertThat(sim.stats().requests() - requestsBefore).as("a lockout is never retried").isEqualTo(2);
        sim.faults().clearLockout();
        assertThat(read(plain)).isNotNull();
        assertThat(read(retrying)).isNotNull();
        Figures.line("fault lockOut (live session)  read  both        -> LockedOutException(session_failure_limit), "
                + "attempts 1 each, next call after clearLockout ok");
    }

    @Test
    void lockoutAtLoginIsAnsweredFromMemoryWithoutAskingAgain() {
        sim.faults().lockOut();
        assertThat(catchThrowable(() -> read(retrying))).isInstanceOf(LockedOutException.class);
        sim.faults().clearLockout();
        assertThat(catchThrowable(() -> read(retrying))).as("5 minutes' cool-down, from memory")
                .isInstanceOf(LockedOutException.class);
        assertThat(sim.stats().failedLogins()).as("one login attempt in all").isEqualTo(1);
        assertThat(read(plain)).as("another client on the healthy panel").isNotNull();
        Figures.line("fault lockOut (at login)      read  retry       -> LockedOutException(login_failure_limit), "
                + "1 login attempt, then refused from memory for the cool-down");
    }
}
