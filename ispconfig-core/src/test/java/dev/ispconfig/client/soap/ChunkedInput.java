package dev.ispconfig.client.soap;

import java.io.InputStream;
import java.util.Random;
import java.util.function.IntUnaryOperator;

/** Bytes handed out in reads of chosen sizes, as a network splits them: every read pattern must decode alike. */
final class ChunkedInput extends InputStream {

    private final byte[] bytes;
    /** The most the next read may hand out, given how many bytes were handed out before it. */
    private final IntUnaryOperator readSize;
    private int next;

    private ChunkedInput(byte[] bytes, IntUnaryOperator readSize) {
        this.bytes = bytes;
        this.readSize = readSize;
    }

    /** Reads of 1 to {@code max} bytes, sizes drawn from {@code seed}. */
    static ChunkedInput random(byte[] bytes, long seed, int max) {
        Random r = new Random(seed);
        return new ChunkedInput(bytes, served -> 1 + r.nextInt(max));
    }

    /** One byte per read. */
    static ChunkedInput oneByteAtATime(byte[] bytes) {
        return new ChunkedInput(bytes, served -> 1);
    }

    /** {@code first} bytes in the first read, then everything the reader asks for. */
    static ChunkedInput firstRead(byte[] bytes, int first) {
        return new ChunkedInput(bytes, served -> served == 0 ? first : Integer.MAX_VALUE);
    }

    @Override
    public int read() {
        return next < bytes.length ? bytes[next++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] to, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (next >= bytes.length) {
            return -1;
        }
        int n = Math.min(Math.min(len, readSize.applyAsInt(next)), bytes.length - next);
        System.arraycopy(bytes, next, to, off, n);
        next += n;
        return n;
    }
}
