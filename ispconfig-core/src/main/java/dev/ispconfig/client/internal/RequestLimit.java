package dev.ispconfig.client.internal;

import dev.ispconfig.client.exception.TransportException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The most calls in progress at once, first come first served. A call takes its slot before it takes a session id:
 * a call waiting here must not hold an id that the panel may kill meanwhile, since every request sent with a dead id
 * counts toward the panel's per-IP lockout. The slot covers the call's re-login and its one retry.
 */
public final class RequestLimit {

    private static final RequestLimit NONE = new RequestLimit(null);

    private final Semaphore slots;

    private RequestLimit(Semaphore slots) {
        this.slots = slots;
    }

    /** @param limit the most calls in progress; 0 for no limit */
    public static RequestLimit of(int limit) {
        return limit == 0 ? NONE : new RequestLimit(new Semaphore(limit, true));
    }

    public <T> T run(String method, Supplier<T> call) {
        if (slots == null) {
            return call.get();
        }
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Reason.REQUEST_FAILED, 0,
                    "interrupted while waiting for a free slot to call " + method, e);
        }
        try {
            return call.get();
        } finally {
            slots.release();
        }
    }
}
