package dev.ispconfig.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Locale;

/**
 * One HTTP/1.1 connection to the panel: sends a request in one write, reads the status line and headers, and streams
 * the body (Content-Length, chunked, or until close). One exchange at a time; {@link SocketTransport} pools these.
 *
 * <p>The socket's read timeout (SO_TIMEOUT) bounds both the wait for the answer and every silence inside the body.
 */
final class Http1Connection {

    private static final int BUFFER_BYTES = 16 * 1024;
    /** Status line and headers together; a panel's are under 1 KB. */
    static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final int MAX_CHUNK_LINE = 1024;

    private final Socket socket;
    private final int readTimeoutMillis;
    private final InputStream in;
    /** Under TLS, the encrypted stream: bytes waiting there are invisible to the TLS stream's available(). */
    private final InputStream rawIn;
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private boolean broken;
    /** While reading a head: when the whole head must have arrived; else 0. */
    private long headDeadlineNanos;
    /** When it went back to the pool, and how long it may idle there before the panel may have closed it. */
    long idleSinceNanos;
    long keepAliveNanos;
    /**
     * A plain connection to an HTTP proxy, not to the panel: the proxy's {@code host:port}, and requests name the whole
     * URL (absolute form). Null when connected to the panel, directly or through a tunnel.
     */
    final String viaProxy;

    /** @param underTls the TCP socket below {@code socket} when that is a TLS socket, else null */
    Http1Connection(Socket socket, Socket underTls, int readTimeoutMillis) throws IOException {
        this(socket, underTls, readTimeoutMillis, null);
    }

    Http1Connection(Socket socket, Socket underTls, int readTimeoutMillis, String viaProxy) throws IOException {
        this.socket = socket;
        this.viaProxy = viaProxy;
        this.readTimeoutMillis = readTimeoutMillis;
        this.in = socket.getInputStream();
        this.rawIn = underTls == null ? null : underTls.getInputStream();
        this.out = socket.getOutputStream();
    }

    void send(byte[] request) throws IOException {
        out.write(request);
        out.flush();
    }

    /**
     * Reads the answer's status line and headers, skipping interim 1xx answers. The whole head must arrive within the
     * read timeout, so a panel trickling it a byte at a time cannot hold the caller.
     */
    Head readHead() throws IOException {
        headDeadlineNanos = System.nanoTime() + readTimeoutMillis * 1_000_000L;
        try {
            int budget = MAX_HEAD_BYTES;
            while (true) {
                String statusLine = readLine(budget, true);
                budget -= statusLine.length() + 2;
                Head head = Head.ofStatusLine(statusLine);
                String line;
                while (!(line = readLine(budget, false)).isEmpty()) {
                    budget -= line.length() + 2;
                    head.header(line);
                }
                if (head.status >= 200) {
                    head.validate();
                    return head;
                }
            }
        } finally {
            headDeadlineNanos = 0;
            if (!broken) {
                socket.setSoTimeout(readTimeoutMillis); // from here on it bounds each silence in the body
            }
        }
    }

    /** The body of the answer whose head was just read; bytes past {@code maxBytes} fail the read. */
    InputStream body(Head head, long maxBytes) {
        if (head.chunked) {
            return new Chunked(maxBytes);
        }
        if (head.contentLength >= 0) {
            return new Fixed(head.contentLength);
        }
        return new UntilClose(maxBytes);
    }

    /**
     * False once a read or write failed, a body was left unfinished, or bytes are buffered that belong to no request
     * (a body longer than its Content-Length): such a connection must not carry another request.
     */
    boolean reusable() {
        return !broken && !socket.isClosed() && position == limit;
    }

    /**
     * {@link #reusable()}, and nothing arrived while the connection was idle (a stray answer, a TLS alert): checked
     * once, when the connection is taken from the pool, since it costs a system call or two.
     */
    boolean clean() {
        if (!reusable()) {
            return false;
        }
        try {
            return in.available() == 0 && (rawIn == null || rawIn.available() == 0);
        } catch (IOException e) {
            return false;
        }
    }

    void close() {
        broken = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /** Makes unread bytes available in the buffer; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n;
        try {
            if (headDeadlineNanos != 0) {
                long left = headDeadlineNanos - System.nanoTime();
                if (left <= 0) {
                    throw new SocketTimeoutException("the answer's headers did not arrive within the read timeout");
                }
                socket.setSoTimeout((int) Math.max(1, Math.min(readTimeoutMillis, left / 1_000_000L)));
            }
            n = in.read(buffer, 0, buffer.length);
        } catch (IOException e) {
            broken = true;
            throw e;
        }
        if (n < 0) {
            broken = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** One header line without its CRLF (a bare LF is accepted), in ISO-8859-1. */
    private String readLine(int budget, boolean first) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            if (!fill()) {
                throw first && line.length() == 0 ? new NoAnswerException()
                        : new EOFException("the panel closed the connection inside the HTTP headers");
            }
            while (position < limit) {
                byte b = buffer[position++];
                if (b == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    return line.toString();
                }
                if (line.length() >= budget) {
                    broken = true;
                    throw new MalformedHttpException("HTTP headers longer than " + MAX_HEAD_BYTES + " bytes");
                }
                line.append((char) (b & 0xFF));
            }
        }
    }

    private abstract class Body extends InputStream {

        private final long maxBytes;
        private long received;
        boolean finished;
        private boolean closed;

        Body(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        /** Reads from the buffer into {@code target}; at most {@code length} bytes, at least one unless at end. */
        final int copy(byte[] target, int offset, int length) throws IOException {
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, limit - position);
            System.arraycopy(buffer, position, target, offset, n);
            position += n;
            received += n;
            if (received > maxBytes) {
                broken = true;
                throw new Transport.ResponseTooLargeException(maxBytes);
            }
            return n;
        }

        @Override
        public final int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public final int read(byte[] target, int offset, int length) throws IOException {
            java.util.Objects.checkFromIndexSize(offset, length, target.length);
            if (closed) {
                throw new IOException("body stream closed");
            }
            if (length == 0 || finished) {
                return finished ? -1 : 0;
            }
            return readBody(target, offset, length);
        }

        abstract int readBody(byte[] target, int offset, int length) throws IOException;

        @Override
        public final void close() {
            closed = true;
            if (!finished) {
                broken = true; // the rest of this body would be read as the next answer
            }
        }
    }

    private final class Fixed extends Body {

        private long remaining;

        Fixed(long length) {
            super(length);
            this.remaining = length;
            finished = length == 0;
        }

        @Override
        int readBody(byte[] target, int offset, int length) throws IOException {
            int n = copy(target, offset, (int) Math.min(length, remaining));
            if (n < 0) {
                throw new EOFException("the panel closed the connection " + remaining + " bytes before the end");
            }
            remaining -= n;
            finished = remaining == 0;
            return n;
        }
    }

    private final class UntilClose extends Body {

        UntilClose(long maxBytes) {
            super(maxBytes);
        }

        @Override
        int readBody(byte[] target, int offset, int length) throws IOException {
            int n = copy(target, offset, length);
            if (n < 0) {
                finished = true;
                broken = true; // the end of the body is the end of the connection
            }
            return n;
        }
    }

    private final class Chunked extends Body {

        private long chunkRemaining;

        Chunked(long maxBytes) {
            super(maxBytes);
        }

        @Override
        int readBody(byte[] target, int offset, int length) throws IOException {
            if (chunkRemaining == 0) {
                chunkRemaining = nextChunkSize();
                if (chunkRemaining == 0) {
                    skipTrailers();
                    finished = true;
                    return -1;
                }
            }
            int n = copy(target, offset, (int) Math.min(length, chunkRemaining));
            if (n < 0) {
                throw new EOFException("the panel closed the connection inside a chunk");
            }
            chunkRemaining -= n;
            if (chunkRemaining == 0) {
                expectLineEnd();
            }
            return n;
        }

        private long nextChunkSize() throws IOException {
            String line = chunkLine();
            int end = line.indexOf(';'); // chunk extensions are ignored
            String hex = (end < 0 ? line : line.substring(0, end)).strip();
            if (hex.isEmpty() || hex.length() > 15) {
                throw new MalformedHttpException("bad chunk size line");
            }
            long size = 0;
            for (int i = 0; i < hex.length(); i++) {
                int digit = Character.digit(hex.charAt(i), 16); // no sign: "-1" and "+5" are not sizes
                if (digit < 0) {
                    throw new MalformedHttpException("bad chunk size line");
                }
                size = size * 16 + digit;
            }
            return size;
        }

        private void expectLineEnd() throws IOException {
            if (!chunkLine().isEmpty()) {
                throw new MalformedHttpException("chunk longer than its size");
            }
        }

        private void skipTrailers() throws IOException {
            int budget = MAX_HEAD_BYTES;
            String line;
            while (!(line = chunkLine()).isEmpty()) {
                budget -= line.length();
                if (budget < 0) {
                    throw new MalformedHttpException("chunked trailers too long");
                }
            }
        }

        private String chunkLine() throws IOException {
            try {
                return readLine(MAX_CHUNK_LINE, false);
            } catch (EOFException e) {
                throw new EOFException("the panel closed the connection inside a chunked body");
            }
        }
    }

    /** Status and the few headers the transport acts on. */
    static final class Head {

        final int status;
        private final boolean http10;
        String contentType = "";
        long contentLength = -1;
        boolean chunked;
        private Boolean keepAlive;
        /** From {@code Keep-Alive: timeout=N}: how long the panel keeps an idle connection, or -1. */
        long keepAliveSeconds = -1;
        private boolean conflicting;
        private boolean lengthAndChunked;

        private Head(int status, boolean http10) {
            this.status = status;
            this.http10 = http10;
        }

        static Head ofStatusLine(String line) throws MalformedHttpException {
            // HTTP/1.1 200 OK
            if (line.length() < 12 || !line.startsWith("HTTP/1.") || line.charAt(8) != ' ') {
                throw new MalformedHttpException("the answer does not start with an HTTP/1.x status line");
            }
            int status = 0;
            for (int i = 9; i < 12; i++) {
                char c = line.charAt(i);
                if (c < '0' || c > '9') {
                    throw new MalformedHttpException("bad HTTP status code");
                }
                status = status * 10 + (c - '0');
            }
            if (line.length() > 12 && line.charAt(12) != ' ' || status < 100) {
                throw new MalformedHttpException("bad HTTP status code");
            }
            return new Head(status, line.charAt(7) == '0');
        }

        void header(String line) throws MalformedHttpException {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                    return; // an obsolete folded continuation; none of the headers read here uses it
                }
                throw new MalformedHttpException("bad HTTP header line");
            }
            String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (name) {
                case "content-type" -> contentType = value;
                case "content-length" -> {
                    long length = parseLength(value);
                    conflicting |= contentLength >= 0 && contentLength != length;
                    contentLength = length;
                }
                case "transfer-encoding" -> {
                    if (!value.equalsIgnoreCase("chunked")) { // gzip and the like would hand on undecoded bytes
                        throw new MalformedHttpException("unsupported transfer encoding " + value);
                    }
                    chunked = true;
                }
                case "connection" -> {
                    String tokens = value.toLowerCase(Locale.ROOT);
                    if (tokens.contains("close")) {
                        keepAlive = false;
                    } else if (tokens.contains("keep-alive") && keepAlive == null) {
                        keepAlive = true;
                    }
                }
                case "keep-alive" -> keepAliveSeconds = keepAliveTimeout(value);
                default -> {
                    // not needed
                }
            }
        }

        void validate() throws MalformedHttpException {
            if (conflicting) {
                throw new MalformedHttpException("conflicting Content-Length headers");
            }
            if (status == 204 || status == 304) {
                chunked = false;
                contentLength = 0; // no body, whatever the headers say (RFC 9112 6.3)
                return;
            }
            if (chunked) {
                lengthAndChunked = contentLength >= 0;
                contentLength = -1; // chunked wins (RFC 9112 6.3), and the connection is not reused after it
            }
        }

        /** Whether the connection may carry the next request once this body is read. */
        boolean persistent() {
            if (lengthAndChunked || !chunked && contentLength < 0) {
                return false;
            }
            return keepAlive != null ? keepAlive : !http10;
        }

        private static long parseLength(String value) throws MalformedHttpException {
            if (value.isEmpty()) {
                throw new MalformedHttpException("bad Content-Length");
            }
            long length = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    throw new MalformedHttpException("bad Content-Length");
                }
                length = length > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : length * 10 + (c - '0');
            }
            return length; // past 2^63-1 it stays there: refused as too large, not as malformed
        }

        private static long keepAliveTimeout(String value) {
            for (String part : value.split(",")) {
                String[] pair = part.strip().split("=", 2);
                if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("timeout")) {
                    try {
                        return Long.parseLong(pair[1].strip());
                    } catch (NumberFormatException e) {
                        return -1;
                    }
                }
            }
            return -1;
        }
    }

    /** The connection ended before the first byte of an answer. */
    static final class NoAnswerException extends EOFException {

        private static final long serialVersionUID = 1L;

        NoAnswerException() {
            super("the panel closed the connection without answering");
        }
    }

    /** The answer is not HTTP/1.x as this client reads it. */
    static final class MalformedHttpException extends IOException {

        private static final long serialVersionUID = 1L;

        MalformedHttpException(String message) {
            super(message);
        }
    }
}
