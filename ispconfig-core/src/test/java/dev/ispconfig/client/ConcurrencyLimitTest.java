package dev.ispconfig.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.exception.TransportException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The client's own limit on requests in flight: what keeps a killed session from walking the IP into a lockout. */
class ConcurrencyLimitTest {

    private final AtomicInteger mostInFlight = new AtomicInteger();

    @Test
    void fourRequestsAreInFlightAtMostByDefault() throws Exception {
        assertThat(mostInFlight(FakePanel.clientFor(panelThatTakesItsTime()), 12)).isEqualTo(4);
    }

    @Test
    void theLimitCanBeSetAndLifted() throws Exception {
        assertThat(mostInFlight(FakePanel.clientFor(panelThatTakesItsTime()).maxConcurrentRequests(2), 8))
                .isEqualTo(2);
        mostInFlight.set(0);
        assertThat(mostInFlight(FakePanel.clientFor(panelThatTakesItsTime()).maxConcurrentRequests(0), 8))
                .isGreaterThan(4);
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> IspConfigClient.builder().maxConcurrentRequests(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThreadInterruptedWhileWaitingForASlotGetsATypedFailure() throws Exception {
        FakePanel panel = panelThatTakesItsTime();
        try (IspConfigClient client = FakePanel.clientFor(panel).maxConcurrentRequests(1).build()) {
            client.call("sites_web_domain_get", 1); // logged in
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            panel.handler = arguments -> {
                holding.countDown();
                await(release);
                return arguments.get(0);
            };
            Thread holder = new Thread(() -> client.call("sites_web_domain_get", 2));
            holder.start();
            assertThat(holding.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue(); // the only slot is taken
            java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                    new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicBoolean keptInterrupt = new java.util.concurrent.atomic.AtomicBoolean();
            Thread waiter = new Thread(() -> {
                failure.set(org.assertj.core.api.Assertions.catchThrowable(
                        () -> client.call("sites_web_domain_get", 3)));
                keptInterrupt.set(Thread.currentThread().isInterrupted());
            });
            waiter.start();
            while (waiter.getState() != Thread.State.WAITING) { // parked on the slot, not yet interrupted
                Thread.onSpinWait();
            }
            waiter.interrupt();
            waiter.join(10_000);

            assertThat(failure.get()).isInstanceOfSatisfying(TransportException.class, e -> {
                assertThat(e.reason()).isEqualTo(TransportException.Reason.REQUEST_FAILED);
                assertThat(e.outcomeUnknown()).isFalse();
            });
            assertThat(keptInterrupt).as("the interrupt is kept").isTrue();
            release.countDown();
            holder.join(10_000);
        }
    }

    private FakePanel panelThatTakesItsTime() {
        FakePanel panel = new FakePanel();
        AtomicInteger inFlight = new AtomicInteger();
        panel.handler = arguments -> {
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            return "ok";
        };
        return panel;
    }

    private int mostInFlight(IspConfigClient.Builder builder, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (IspConfigClient client = builder.build()) {
            List<Future<Object>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(pool.submit(() -> client.call("sites_web_domain_get", 1)));
            }
            for (Future<Object> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return mostInFlight.get();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
