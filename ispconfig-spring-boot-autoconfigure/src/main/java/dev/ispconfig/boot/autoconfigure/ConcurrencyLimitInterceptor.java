package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.Call;
import dev.ispconfig.client.CallInterceptor;
import dev.ispconfig.client.IspConfigException;
import java.util.concurrent.Semaphore;

/**
 * Lets at most {@code limit} calls reach the panel at once; the others wait their turn, first come first served. A
 * panel usually runs a handful of php-fpm workers, and a burst beyond them only queues inside the panel, where it
 * times out. Sits inside the retry, so a call waiting out a retry delay holds no permit.
 */
final class ConcurrencyLimitInterceptor implements CallInterceptor {

    private final Semaphore permits;

    ConcurrencyLimitInterceptor(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the concurrency limit must be at least 1, not " + limit);
        }
        this.permits = new Semaphore(limit, true);
    }

    @Override
    public Object intercept(Call call, Chain chain) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IspConfigException("interrupted while waiting for a free slot to call " + call.method(), e);
        }
        try {
            return chain.proceed(call);
        } finally {
            permits.release();
        }
    }

    /** Slots free right now, for tests. */
    int available() {
        return permits.availablePermits();
    }
}
