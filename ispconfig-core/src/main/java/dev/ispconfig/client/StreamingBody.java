package dev.ispconfig.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read as a stream, with the two bounds the JDK's own {@code ofInputStream()} lacks: a read timeout
 * (the longest the panel may stay silent between two chunks) and a maximum size. Chunks are requested one at a time, so
 * a large answer is decoded while it arrives and never held whole.
 */
final class StreamingBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

    private static final Object END = new Object();

    private final long readTimeoutNanos;
    private final long maxBytes;
    private final BlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private Iterator<ByteBuffer> batch = List.<ByteBuffer>of().iterator();
    private ByteBuffer current = ByteBuffer.allocate(0);
    private long received;
    private boolean finished;
    private boolean closed;

    StreamingBody(long readTimeoutNanos, long maxBytes) {
        this.readTimeoutNanos = readTimeoutNanos;
        this.maxBytes = maxBytes;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        chunks.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        chunks.add(throwable);
    }

    @Override
    public void onComplete() {
        chunks.add(END);
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (!ensureData()) {
            return -1;
        }
        int n = Math.min(length, current.remaining());
        current.get(buffer, offset, n);
        return n;
    }

    @Override
    public int available() {
        return closed ? 0 : current.remaining();
    }

    /** Makes {@code current} hold unread bytes; false at the end of the body. */
    private boolean ensureData() throws IOException {
        if (closed) {
            throw new IOException("body stream closed");
        }
        while (!current.hasRemaining()) {
            if (batch.hasNext()) {
                current = batch.next();
                received += current.remaining();
                if (received > maxBytes) {
                    close();
                    throw new Transport.ResponseTooLargeException(maxBytes);
                }
                continue;
            }
            if (finished) {
                return false;
            }
            Object next = take();
            if (next == END) {
                finished = true;
            } else if (next instanceof Throwable failure) {
                finished = true;
                throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
            } else {
                @SuppressWarnings("unchecked")
                List<ByteBuffer> buffers = (List<ByteBuffer>) next;
                batch = buffers.iterator();
                subscription.request(1);
            }
        }
        return true;
    }

    private Object take() throws IOException {
        try {
            Object next = chunks.poll(readTimeoutNanos, TimeUnit.NANOSECONDS);
            if (next == null) {
                close();
                throw new HttpTimeoutException("the panel sent nothing within the read timeout");
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new java.io.InterruptedIOException("interrupted while reading the response");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Flow.Subscription s = subscription;
        if (!finished && s != null) {
            s.cancel(); // the connection is dropped rather than kept half-read
        }
    }
}
