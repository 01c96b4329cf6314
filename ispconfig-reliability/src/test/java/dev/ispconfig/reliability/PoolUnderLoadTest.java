package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.test.IspConfigSimulator;
import dev.ispconfig.test.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 6, the pool under load: 32 threads act for 40 ISPConfig clients through a pool of 8 sessions, so the LRU
 * evicts all the time. No call may fail or use a session after its logout, every evicted session is logged out, and
 * none is alive after {@code close()}.
 */
class PoolUnderLoadTest {

    static final int CLIENTS = 40;
    static final int POOL = 8;
    static final int THREADS = 32;
    static final int CALLS_PER_THREAD = 100;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void fortyClientLoginsThroughEightPooledSessions() throws Exception {
        CountingListener listener = new CountingListener();
        try (IspConfigSimulator sim = IspConfigSimulator.start()) {
            IspConfigClient root = sim.clientBuilder().maxClientSessions(POOL).sessionListener(listener).build();
            List<IspConfigClient> views = new ArrayList<>();
            int[] sites = new int[CLIENTS];
            for (int c = 0; c < CLIENTS; c++) {
                Seed.Client client = sim.seed().client("customer" + c).canUseApi();
                sites[c] = client.webDomain("customer" + c + ".example");
                views.add(root.asClient("customer" + c, "customer" + c + "-pass"));
            }

            AtomicInteger completed = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Thread worker = new Thread(() -> {
                    LoadAcrossExpiryTest.awaitQuietly(go);
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        int c = random.nextInt(CLIENTS);
                        try {
                            views.get(c).call("sites_web_domain_get", sites[c]);
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                        completed.incrementAndGet();
                    }
                }, "pool-" + t);
                workers.add(worker);
            }
            long start = System.nanoTime();
            workers.forEach(Thread::start);
            go.countDown();
            List<String> starved = new ArrayList<>();
            for (Thread worker : workers) {
                worker.join(60_000);
                if (worker.isAlive()) {
                    starved.add(worker.getName());
                }
            }
            long wallMs = (System.nanoTime() - start) / 1_000_000;

            int loginsBeforeClose = sim.stats().logins();
            int logoutsBeforeClose = sim.stats().logouts();
            int liveBeforeClose = sim.stats().liveSessions();
            root.close();
            Figures.line(String.format(Locale.ROOT,
                    "pool: %,d calls on %d threads for %d client logins through a pool of %d in %,d ms, %d failed "
                            + "calls; %d logins, %d logouts and %d live before close (client saw %d logouts); "
                            + "after close %d logins, %d logouts, %d live; %d calls and %d logouts on a dead id",
                    completed.get(), THREADS, CLIENTS, POOL, wallMs, failures.size(), loginsBeforeClose,
                    logoutsBeforeClose, liveBeforeClose, listener.logouts.get(), sim.stats().logins(),
                    sim.stats().logouts(), sim.stats().liveSessions(), sim.stats().deadSessionCalls(),
                    sim.stats().deadSessionLogouts()));

            assertThat(starved).isEmpty();
            assertThat(failures).as("failed calls").isEmpty();
            assertThat(completed.get()).isEqualTo(THREADS * CALLS_PER_THREAD);
            assertThat(loginsBeforeClose).as("the LRU evicted and logged in again").isGreaterThan(CLIENTS);
            assertThat(liveBeforeClose).isLessThanOrEqualTo(POOL);
            assertThat(logoutsBeforeClose).as("every evicted session logged out")
                    .isEqualTo(loginsBeforeClose - liveBeforeClose);
            assertThat(sim.stats().deadSessionCalls()).as("calls on a logged-out session").isZero();
            assertThat(sim.stats().deadSessionLogouts()).as("logouts of a session twice").isZero();
            assertThat(sim.stats().liveSessions()).as("live after close").isZero();
            assertThat(sim.stats().logouts()).isEqualTo(sim.stats().logins());
            assertThat(listener.logouts.get()).isEqualTo(sim.stats().logouts());
        }
    }
}
