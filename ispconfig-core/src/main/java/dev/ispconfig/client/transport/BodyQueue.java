package dev.ispconfig.client.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The body of a {@code java.net.http} answer as a blocking stream whose reads time out: each wait for the next chunk
 * is bounded by the read timeout and the call's deadline, and a timeout or an interrupt cancels the exchange (which
 * closes its connection). Chunks are asked for one list at a time, so a slow reader holds back a fast panel.
 */
final class BodyQueue extends InputStream implements HttpResponse.BodySubscriber<BodyQueue> {

    private static final Object END = new Object();

    private final LinkedBlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private final long readTimeoutNanos;
    private final Duration readTimeout;
    private final Deadline deadline;
    private volatile Flow.@Nullable Subscription subscription;
    private @Nullable Iterator<ByteBuffer> list;
    private @Nullable ByteBuffer current;
    private boolean ended;

    BodyQueue(Duration readTimeout, Deadline deadline) {
        this.readTimeout = readTimeout;
        this.readTimeoutNanos = readTimeout.toNanos();
        this.deadline = deadline;
    }

    @Override
    public CompletionStage<BodyQueue> getBody() {
        return CompletableFuture.completedStage(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        arrived.add(buffers);
    }

    @Override
    public void onError(Throwable failure) {
        arrived.add(failure);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        ByteBuffer buffer = fill();
        if (buffer == null) {
            return -1;
        }
        int n = Math.min(length, buffer.remaining());
        buffer.get(target, offset, n);
        return n;
    }

    @Override
    public int available() {
        return current == null ? 0 : current.remaining();
    }

    /** {@link #current} once it has bytes; null at the end of the body. */
    private @Nullable ByteBuffer fill() throws IOException {
        while (true) {
            ByteBuffer buffer = current;
            if (buffer != null && buffer.hasRemaining()) {
                return buffer;
            }
            Iterator<ByteBuffer> pending = list;
            if (pending != null && pending.hasNext()) {
                current = pending.next();
                continue;
            }
            if (ended) {
                return null;
            }
            if (pending != null) {
                list = null;
                // this list is read: the next one may come (a list came, so the subscription did before it)
                Objects.requireNonNull(subscription, "subscription").request(1);
            }
            Object item = next();
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof Throwable failure) {
                ended = true;
                throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
            }
            @SuppressWarnings("unchecked")
            List<ByteBuffer> buffers = (List<ByteBuffer>) item;
            list = buffers.iterator();
        }
    }

    private Object next() throws IOException {
        Object item;
        try {
            item = arrived.poll(deadline.capNanos(readTimeoutNanos), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the panel's answer");
        }
        if (item == null) {
            cancel();
            throw deadline.passed() ? new CallTimeoutException(deadline.timeout())
                    : new SocketTimeoutException("the panel sent nothing more within the read timeout of "
                            + readTimeout);
        }
        return item;
    }

    private void cancel() {
        ended = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    /** Discards what was not read: a body read to its end leaves its connection to the pool. */
    @Override
    public void close() {
        if (!ended) {
            cancel();
        }
    }
}
