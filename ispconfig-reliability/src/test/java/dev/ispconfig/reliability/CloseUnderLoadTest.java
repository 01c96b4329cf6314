package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.ClientClosedException;
import dev.ispconfig.test.IspConfigSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 6, {@code close()} while calls are in flight: 16 threads keep slow calls (250 ms each) going when the client is
 * closed. Calls in flight finish normally; calls started after {@code close()} returned fail with
 * {@code ClientClosedException} without reaching the panel; one logout, after the
 * last call in flight.
 */
class CloseUnderLoadTest {

    static final int THREADS = 16;
    static final String METHOD = "sites_web_domain_get";

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void closeWhileSixteenSlowCallsAreInFlight() throws Exception {
        CountingListener listener = new CountingListener();
        try (IspConfigSimulator sim = IspConfigSimulator.start()) {
            int site = sim.seed().client("acme").webDomain("example.com");
            // No limit on calls in progress (the default 4 would queue 12 of them): all 16 are on the wire at close.
            IspConfigClient client = sim.clientBuilder().sessionListener(listener).maxConcurrentRequests(0).build();
            client.call(METHOD, site); // logged in
            sim.faults().forMethod(METHOD).latency(Duration.ofMillis(250));

            AtomicInteger succeeded = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger startedAfterClose = new AtomicInteger();
            AtomicInteger succeededAfterClose = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            long[] closeReturnedAt = {Long.MAX_VALUE};
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Thread worker = new Thread(() -> {
                    for (int i = 0; i < 100; i++) {
                        boolean afterClose;
                        synchronized (closeReturnedAt) {
                            afterClose = System.nanoTime() > closeReturnedAt[0];
                        }
                        if (afterClose) {
                            startedAfterClose.incrementAndGet();
                        }
                        try {
                            client.call(METHOD, site);
                            succeeded.incrementAndGet();
                            if (afterClose) {
                                succeededAfterClose.incrementAndGet();
                            }
                        } catch (ClientClosedException e) {
                            if (!String.valueOf(e.getMessage()).contains("closed")) {
                                unexpected.add(e);
                            }
                            refused.incrementAndGet();
                            return; // the client is closed: this thread is done
                        } catch (Throwable e) {
                            unexpected.add(e);
                            return;
                        }
                    }
                }, "close-" + t);
                workers.add(worker);
            }
            workers.forEach(Thread::start);
            while (sim.stats().maxConcurrentRequests() < THREADS) {
                Thread.sleep(5); // every thread has a call on the wire
            }
            Thread.sleep(100);
            int callsBeforeClose = sim.stats().calls(METHOD);
            long closeStart = System.nanoTime();
            client.close();
            long closeNanos = System.nanoTime() - closeStart;
            synchronized (closeReturnedAt) {
                closeReturnedAt[0] = System.nanoTime();
            }
            int logoutsRightAfterClose = sim.stats().logouts();
            for (Thread worker : workers) {
                worker.join(10_000);
            }
            assertThat(workers).noneMatch(Thread::isAlive);
            int callsAtPanel = sim.stats().calls(METHOD) - 1; // the first, warm-up call
            Figures.line(String.format(Locale.ROOT,
                    "close: %d threads, close() returned in %.2f ms, %d calls in flight then finished after it; "
                            + "%d calls succeeded (%d reached the panel), %d refused with ClientClosedException "
                            + "(%d started after close returned, %d of those succeeded), %d unexpected; logouts %d "
                            + "(%d when close returned), logins %d, live %d, dead-id calls %d",
                    THREADS, closeNanos / 1e6, sim.stats().calls(METHOD) - callsBeforeClose, succeeded.get(),
                    callsAtPanel, refused.get(), startedAfterClose.get(), succeededAfterClose.get(),
                    unexpected.size(), sim.stats().logouts(), logoutsRightAfterClose, sim.stats().logins(),
                    sim.stats().liveSessions(), sim.stats().deadSessionCalls()));

            assertThat(unexpected).as("failures other than the documented 'closed'").isEmpty();
            assertThat(refused.get()).as("every thread ends on the closed client").isEqualTo(THREADS);
            assertThat(succeededAfterClose.get()).as("calls started after close() returned").isZero();
            assertThat(callsAtPanel).as("only the calls that succeeded reached the panel")
                    .isEqualTo(succeeded.get());
            assertThat(logoutsRightAfterClose).as("logout waits for the calls in flight").isZero();
            assertThat(sim.stats().logouts()).as("one logout").isEqualTo(1);
            assertThat(listener.logouts.get()).isEqualTo(1);
            assertThat(sim.stats().deadSessionLogouts()).isZero();
            assertThat(sim.stats().deadSessionCalls()).as("no call on the logged-out session").isZero();
            assertThat(sim.stats().logins()).isEqualTo(1);
            assertThat(sim.stats().liveSessions()).isZero();
        }
    }
}
