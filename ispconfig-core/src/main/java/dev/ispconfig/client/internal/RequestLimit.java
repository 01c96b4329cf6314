package dev.ispconfig.client.internal;

import dev.ispconfig.client.exception.ClientClosedException;
import dev.ispconfig.client.exception.TransportException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The most calls in progress at once, first come first served. A call takes its slot before it takes a session id:
 * a call waiting here must not hold an id that the panel may kill meanwhile, since every request sent with a dead id
 * counts toward the panel's per-IP lockout. The slot covers the call's re-login and its one retry. Closing it turns
 * the waiting calls away at once.
 */
public final class RequestLimit {

    /** Enough permits to wake every waiter, whatever the limit. */
    private static final int WAKE_ALL = Integer.MAX_VALUE / 2;

    /** Null: no limit. */
    private final @Nullable Semaphore slots;
    private volatile boolean closed;

    private RequestLimit(@Nullable Semaphore slots) {
        this.slots = slots;
    }

    /** @param limit the most calls in progress; 0 for no limit */
    public static RequestLimit of(int limit) {
        return new RequestLimit(limit == 0 ? null : new Semaphore(limit, true));
    }

    public <T> T run(String method, Supplier<T> call) {
        refuseIfClosed(method);
        if (slots == null) {
            return call.get();
        }
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Reason.REQUEST_FAILED, 0,
                    "interrupted while waiting for a free slot to call " + method, e, false);
        }
        try {
            refuseIfClosed(method);
            return call.get();
        } finally {
            slots.release();
        }
    }

    /** Turns away the calls that wait for a slot, and every later one. */
    public void close() {
        closed = true;
        if (slots != null) {
            slots.release(WAKE_ALL);
        }
    }

    private void refuseIfClosed(String method) {
        if (closed) {
            throw new ClientClosedException("the ISPConfig client is closed; " + method + " was not sent");
        }
    }
}
