package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.TransportException.Reason;
import dev.ispconfig.client.exception.TransportException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each injected fault reaches the real client as the exception the core documents for it. */
class FaultInjectionTest {

    private final IspConfigSimulator sim = IspConfigSimulator.start();
    private final IspConfigClient client = sim.client();

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private TransportException transportFailure() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> client.call("client_get_all"));
        assertThat(thrown).isInstanceOf(TransportException.class);
        return (TransportException) thrown;
    }

    @Test
    void http500WithAnHtmlPage() {
        client.call("client_get_all"); // logged in
        sim.faults().next(1).httpError500Html();
        TransportException e = transportFailure();
        assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(client.call("client_get_all")).isEqualTo(false); // only the next call
    }

    @Test
    void remoteApiDisabled() {
        client.call("client_get_all");
        sim.faults().always().apiDisabled();
        TransportException e = transportFailure();
        assertThat(e.reason()).isEqualTo(Reason.NOT_SOAP);
        assertThat(e.getMessage()).contains("Remote API is disabled");
    }

    @Test
    void truncatedXml() {
        client.call("client_get_all");
        sim.faults().forMethod("client_get_all").next(1).truncatedXml();
        assertThat(transportFailure().reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
        assertThat(sim.stats().calls("client_get_all")).isEqualTo(2); // the call itself ran
    }

    @Test
    void malformedXml() {
        client.call("client_get_all");
        sim.faults().next(1).malformedXml();
        assertThat(transportFailure().reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
    }

    @Test
    void droppedConnection() {
        client.call("client_get_all");
        sim.faults().forMethod("client_get_all").next(1).dropConnection();
        TransportException e = transportFailure();
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(client.call("client_get_all")).isEqualTo(false);
    }

    @Test
    void latencyBeyondTheReadTimeout() {
        try (IspConfigClient impatient = sim.clientBuilder().readTimeout(Duration.ofMillis(200)).build()) {
            impatient.call("client_get_all");
            sim.faults().forMethod("client_get_all").next(1).latency(Duration.ofSeconds(2));
            assertThatThrownBy(() -> impatient.call("client_get_all"))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
        }
    }

    @Test
    void latencyForOneMethodOnlyDelaysItsAnswer() {
        sim.faults().forMethod("dns_zone_get").latency(Duration.ofMillis(1));
        assertThat(client.call("client_get_all")).isEqualTo(false);
        assertThat(client.call("dns_zone_get", 1)).isNull();
    }

    @Test
    void expiredSessionsAreRenewedByTheClient() {
        client.call("client_get_all");
        sim.faults().expireAllSessions();
        client.call("client_get_all");
        assertThat(sim.stats().logins()).isEqualTo(2);
        assertThat(sim.stats().deadSessionCalls()).isEqualTo(1);
    }

    @Test
    void clearDisarmsEveryRule() {
        sim.faults().always().httpError500Html();
        sim.faults().clear();
        assertThat(client.call("client_get_all")).isEqualTo(false);
    }

    @Test
    void countsConnectionsRequestsAndConcurrency() throws Exception {
        sim.faults().always().latency(Duration.ofMillis(100));
        client.call("client_get_all");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Object>>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> client.call("client_get_all")));
            }
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sim.stats().maxConcurrentRequests()).isGreaterThan(1);
        assertThat(sim.stats().calls("client_get_all")).isEqualTo(5);
        assertThat(sim.stats().requests()).isEqualTo(6); // login + 5 calls
    }
}
