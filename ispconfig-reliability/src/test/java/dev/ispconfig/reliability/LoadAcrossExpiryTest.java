package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.LoginReason;
import dev.ispconfig.test.IspConfigSimulator;
import dev.ispconfig.test.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 6, "under load and across expiry": 64 threads, 20,480 reads against one simulator while every session is
 * killed six times mid-run. No call may fail, every expiry costs exactly one login, the panel's per-IP failure
 * counter stays far from its lockout, and every thread finishes.
 *
 * <p>The calls go through the client's limit on requests in flight ({@code maxConcurrentRequests(3)}). Without it
 * this run locks the client out: when a session is killed, every request already on the wire with its id is a failed
 * session lookup, and the panel counts those toward the same per-IP lockout as failed logins (the README's Footgun 19). With 64
 * unthrottled threads 25 requests were on the wire at once, the 10th dead-id call landed before the one re-login, the
 * IP was locked out, and 17,526 of 20,480 calls failed with {@code LockedOutException}. The limit bounds the dead-id
 * calls per expiry by the number of permits, and the re-login (below the threshold) clears the count. Dead-id calls
 * that land just after that re-login stay counted until the next successful login, so the counter's bound is
 * {@code 2 * permits - 1}: 5 with 3 permits (with 4 the run reached 5 of a possible 7).
 */
class LoadAcrossExpiryTest {

    static final int THREADS = 64;
    static final int CALLS_PER_THREAD = 320;
    static final int TOTAL = THREADS * CALLS_PER_THREAD;
    static final int EXPIRIES = 6;
    static final int LOCKOUT_THRESHOLD = 10; // the panel's default
    static final String LOOPBACK = "127.0.0.1";
    static final int MAX_CONCURRENT_REQUESTS = 3;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void sixtyFourThreadsAcrossSixForcedExpiries() throws Exception {
        CountingListener listener = new CountingListener();
        try (IspConfigSimulator sim = IspConfigSimulator.start();
                IspConfigClient client = sim.clientBuilder().sessionListener(listener)
                        .maxConcurrentRequests(MAX_CONCURRENT_REQUESTS).build()) {
            Seed.Client acme = sim.seed().client("acme");
            int site = acme.webDomain("example.com");
            int zone = acme.dnsZone("example.com.").id();

            AtomicInteger completed = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger[] perThread = new AtomicInteger[THREADS];
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                AtomicInteger mine = perThread[t] = new AtomicInteger();
                Thread worker = new Thread(() -> {
                    awaitQuietly(go);
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        try {
                            Object answer = (i & 1) == 0
                                    ? client.call("sites_web_domain_get", site)
                                    : client.call("dns_zone_get", zone);
                            if (answer == null) {
                                throw new AssertionError("a seeded record answered nil");
                            }
                        } catch (Throwable e) {
                            failed.incrementAndGet();
                            failures.add(e);
                        }
                        mine.incrementAndGet();
                        completed.incrementAndGet();
                    }
                }, "load-" + t);
                workers.add(worker);
            }

            // Kills every session at evenly spaced points of the run, each time only once the client has replaced
            // the previous victim (so every kill meets a live session), and samples the failure counter meanwhile.
            AtomicInteger forced = new AtomicInteger();
            AtomicInteger failureCounterMax = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread killer = new Thread(() -> {
                while (running.get()) {
                    failureCounterMax.accumulateAndGet(sim.stats().failureCount(LOOPBACK), Math::max);
                    int k = forced.get();
                    if (k < EXPIRIES && completed.get() >= (k + 1) * TOTAL / (EXPIRIES + 1)
                            && listener.logins(LoginReason.EXPIRY) == k) {
                        sim.faults().expireAllSessions();
                        forced.incrementAndGet();
                    }
                    LockSupport.parkNanos(50_000);
                }
            }, "load-expirer");

            long start = System.nanoTime();
            workers.forEach(Thread::start);
            killer.start();
            go.countDown();
            List<String> starved = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            for (int t = 0; t < THREADS; t++) {
                workers.get(t).join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                if (workers.get(t).isAlive()) {
                    starved.add(workers.get(t).getName() + " at " + perThread[t].get());
                }
            }
            long wallNanos = System.nanoTime() - start;
            running.set(false);
            killer.join(5_000);
            failureCounterMax.accumulateAndGet(sim.stats().failureCount(LOOPBACK), Math::max);

            int logins = sim.stats().logins();
            int expiryLogins = listener.logins(LoginReason.EXPIRY);
            Figures.line(String.format(Locale.ROOT,
                    "load: %,d calls on %d threads in %,d ms (%,.0f calls/s), %d forced expiries, %d client-seen "
                            + "expiry logins, %d logins (panel), %d failed calls, failure counter max %d of %d, "
                            + "%d calls met a dead session, max concurrent requests %d, starved threads %d",
                    completed.get(), THREADS, wallNanos / 1_000_000, completed.get() / (wallNanos / 1e9),
                    forced.get(), expiryLogins, logins, failed.get(), failureCounterMax.get(), LOCKOUT_THRESHOLD,
                    sim.stats().deadSessionCalls(), sim.stats().maxConcurrentRequests(), starved.size()));

            assertThat(starved).as("threads that did not finish").isEmpty();
            assertThat(failures).as("failed calls").isEmpty();
            assertThat(completed.get()).isEqualTo(TOTAL).isGreaterThanOrEqualTo(20_000);
            assertThat(forced.get()).as("forced expiries").isEqualTo(EXPIRIES);
            assertThat(expiryLogins).as("one re-login per expiry").isEqualTo(EXPIRIES);
            assertThat(logins).as("logins = expiries + 1").isEqualTo(EXPIRIES + 1);
            assertThat(listener.logins(LoginReason.INITIAL)).isEqualTo(1);
            assertThat(listener.failedLogins.get()).isZero();
            assertThat(failureCounterMax.get()).as("per-IP failure counter")
                    .isLessThanOrEqualTo(2 * MAX_CONCURRENT_REQUESTS - 1).isLessThanOrEqualTo(LOCKOUT_THRESHOLD / 2);
        }
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
