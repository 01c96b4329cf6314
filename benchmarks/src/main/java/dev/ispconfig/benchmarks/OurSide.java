package dev.ispconfig.benchmarks;

import dev.ispconfig.client.IspConfigClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Our client doing what the PHP script does: one pooled session, the same call, the same server. */
final class OurSide implements AutoCloseable {

    static final Map<String, Object> ALL_MAILBOXES = Map.of("email", "%");

    private final IspConfigClient client;

    OurSide(String url, String username, String password) {
        // No limit on requests in flight (the default is 4): 8 threads meet 8 PHP processes, which have none.
        this.client = IspConfigClient.builder().url(url).username(username).password(password)
                .maxConcurrentRequests(0).build();
    }

    Object call() {
        return client.call("sites_web_domain_get", 1);
    }

    Object largeAnswer() {
        return client.call("mail_user_get", ALL_MAILBOXES);
    }

    Rate sequential(int calls) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call();
        }
        return Rate.since(calls, start);
    }

    /** {@code calls} in all, spread over {@code threads} threads sharing this one client and its session. */
    Rate parallel(int calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = calls / threads + (t < calls % threads ? 1 : 0);
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < share; i++) {
                        call();
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            return Rate.since(calls, start);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Seconds for one large answer, fetched and decoded. */
    double largeAnswerSeconds() {
        long start = System.nanoTime();
        Object rows = largeAnswer();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!(rows instanceof List<?>)) {
            throw new IllegalStateException("mail_user_get answered no list");
        }
        return seconds;
    }

    @Override
    public void close() {
        client.close();
    }
}
