package dev.ispconfig.client.internal;

import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.client.soap.SoapFault;
import dev.ispconfig.client.soap.SoapFormatException;
import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapResponse;
import dev.ispconfig.client.soap.SoapWriter;
import dev.ispconfig.client.transport.CallTimeoutException;
import dev.ispconfig.client.transport.RequestNotSentException;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.TransportRequest;
import dev.ispconfig.client.transport.TransportResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One SOAP round trip: encode the call, send it through the {@link Transport}, decode the answer, turn a Fault into its
 * exception and anything that is not SOAP into a {@link TransportException} quoting a short, sanitised excerpt. Sorts
 * the transport's failures by how far the request got, for every transport alike. Knows nothing of sessions.
 */
public final class SoapExchange {

    private static final int HEAD_BYTES = 1024;
    private static final int DRAIN_LIMIT = 64 * 1024;
    private static final String USER_AGENT = "ispconfig-java/" + Version.current();

    private final Transport transport;
    private final URI endpoint;
    private final String namespaceUri;
    private final long maxResponseSize;

    public SoapExchange(Transport transport, URI endpoint, long maxResponseSize) {
        this.transport = transport;
        this.endpoint = endpoint;
        this.namespaceUri = Endpoint.namespace(endpoint);
        this.maxResponseSize = maxResponseSize;
    }

    /**
     * @return the decoded {@code <return>} value
     * @throws IspConfigFaultException (a subtype for known codes) when the panel answered with a Fault
     * @throws TransportException when no SOAP answer arrived
     */
    public @Nullable Object call(String method, List<?> arguments) {
        byte[] request = SoapWriter.request(namespaceUri, method, arguments);
        TransportResponse reply = send(method, request);
        SoapResponse response;
        try {
            response = read(method, arguments, reply);
        } finally {
            reply.close();
        }
        SoapFault fault = response.fault();
        if (fault != null) {
            throw FaultMapper.toException(method, fault);
        }
        return response.value();
    }

    private TransportResponse send(String method, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(4);
        headers.put("Content-Type", "text/xml; charset=utf-8");
        headers.put("SOAPAction", "\"" + namespaceUri + "#" + method + "\"");
        headers.put("User-Agent", USER_AGENT);
        try {
            return transport.send(new TransportRequest(endpoint, headers, body));
        } catch (RequestNotSentException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new TransportException(TransportException.Reason.REQUEST_FAILED, 0,
                        "interrupted while connecting to the panel at " + endpoint, e, false);
            }
            throw new TransportException(TransportException.Reason.CONNECT, e.proxyStatus(),
                    "could not reach the panel at " + endpoint + " to call " + method + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw failure(method, 0, e, "waiting for the panel's answer to " + method);
        } catch (RuntimeException e) {
            throw new TransportException(TransportException.Reason.REQUEST_FAILED, 0, "the transport " + transport
                    + " failed on " + method + ": " + describe(e), e, true);
        }
    }

    private SoapResponse read(String method, List<?> arguments, TransportResponse reply) {
        int status = reply.statusCode();
        if (status == 407) { // only proxies answer 407; its page is the proxy's, not the panel's
            throw new TransportException(TransportException.Reason.HTTP_STATUS, 407, "an HTTP proxy between here and "
                    + "the panel wants (other) credentials: set the proxy credentials of the client", null);
        }
        long declared = declaredLength(reply);
        if (declared > maxResponseSize) { // refused before reading it
            throw new TransportException(TransportException.Reason.RESPONSE_TOO_LARGE, status, "the panel's answer to "
                    + method + " (" + declared + " bytes) exceeds the maximum response size of " + maxResponseSize
                    + " bytes", null);
        }
        HeadRecordingStream body = new HeadRecordingStream(new LimitedStream(reply.body(), maxResponseSize));
        try {
            SoapResponse response = SoapReader.readResponse(body);
            drain(body); // lets the connection go back to the pool
            return response;
        } catch (SoapFormatException e) {
            throw notSoap(method, arguments, reply, body, e);
        } catch (ResponseTooLargeException e) {
            throw new TransportException(TransportException.Reason.RESPONSE_TOO_LARGE, status,
                    "the panel's answer to " + method + " exceeds the maximum response size: " + e.getMessage(), e);
        } catch (IOException e) {
            throw failure(method, status, e, "reading the answer to " + method);
        }
    }

    /** The Content-Length of an answer that is not encoded (a gzip answer's length says nothing of its size), or -1. */
    private static long declaredLength(TransportResponse reply) {
        if (reply.header("Content-Encoding").isPresent()) {
            return -1;
        }
        try {
            return reply.header("Content-Length").map(String::trim).map(Long::parseLong).orElse(-1L);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A failure after the request may have left: the calling thread's interrupt, a timeout, or a broken connection;
     * in every case the panel may have run the call.
     */
    private static TransportException failure(String method, int status, IOException e, String during) {
        if (Thread.currentThread().isInterrupted()
                || e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
            return new TransportException(TransportException.Reason.REQUEST_FAILED, status,
                    "interrupted while " + during + "; the panel may have run the call", e, true);
        }
        if (e instanceof CallTimeoutException) {
            return new TransportException(TransportException.Reason.TIMEOUT, status,
                    "the panel's answer to " + method + " did not arrive in full in time: " + e.getMessage(), e);
        }
        if (e instanceof SocketTimeoutException) {
            return new TransportException(TransportException.Reason.TIMEOUT, status,
                    "the panel sent nothing for the read timeout while " + during, e);
        }
        return new TransportException(TransportException.Reason.IO, status,
                "the connection broke while " + during + ": " + describe(e), e);
    }

    private static TransportException notSoap(String method, List<?> arguments, TransportResponse reply,
            HeadRecordingStream body, SoapFormatException e) {
        int status = reply.statusCode();
        String contentType = reply.header("Content-Type").orElse("");
        String what = "HTTP " + status + (contentType.isEmpty() ? "" : ", " + contentType);
        if (e.isSoap()) {
            return new TransportException(TransportException.Reason.MALFORMED_RESPONSE, status,
                    "the panel's answer to " + method + " is broken SOAP (" + what + "): " + e.getMessage(), e);
        }
        body.fillHead(); // the parser gives up after a few bytes; quote the text that follows them too
        String excerpt = Redaction.excerpt(body.head(), body.headLength(), secrets(method, arguments));
        String hint = excerpt.contains("Remote API is disabled")
                ? " (allow the remote API in the panel's security settings: remote_api_allowed)" : "";
        TransportException.Reason reason = status >= 300 || status < 200
                ? TransportException.Reason.HTTP_STATUS : TransportException.Reason.NOT_SOAP;
        return new TransportException(reason, status,
                "the panel answered " + method + " with something that is not SOAP (" + what + "): "
                        + excerpt + hint, e);
    }

    /** The root cause's type and message, for failure messages. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    /**
     * What an error page may echo (PHP prints a call's arguments in stack traces) and must not be quoted: the login
     * password, the string arguments of a password method ({@code client_change_password}), and the values of
     * {@code params} keys naming a password ({@code password}, {@code relay_pass}, …).
     */
    private static List<String> secrets(String method, List<?> arguments) {
        List<String> secrets = new ArrayList<>();
        boolean login = method.equals("login");
        boolean positional = login || method.contains("password");
        for (int i = login ? 1 : 0; i < arguments.size(); i++) {
            Object argument = arguments.get(i);
            if (positional && argument instanceof String text) {
                secrets.add(text);
            } else if (argument instanceof Map<?, ?> params) {
                params.forEach((key, value) -> {
                    if (String.valueOf(key).contains("pass") && value instanceof String text) {
                        secrets.add(text);
                    }
                });
            }
        }
        return secrets;
    }

    private static void drain(InputStream body) throws IOException {
        byte[] scrap = new byte[512];
        int total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = body.read(scrap)) >= 0) {
            total += n;
        }
    }

    /** The body past the maximum response size fails instead of filling the heap. */
    private static final class LimitedStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new ResponseTooLargeException(limit);
            }
        }
    }

    /** The body grew past the configured maximum response size. */
    private static final class ResponseTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        ResponseTooLargeException(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    /** Keeps the first bytes read, to quote them when the body turns out not to be SOAP. */
    private static final class HeadRecordingStream extends FilterInputStream {

        private final byte[] head = new byte[HEAD_BYTES];
        private int headLength;

        HeadRecordingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && headLength < head.length) {
                head[headLength++] = (byte) b;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && headLength < head.length) {
                int copy = Math.min(n, head.length - headLength);
                System.arraycopy(buffer, offset, head, headLength, copy);
                headLength += copy;
            }
            return n;
        }

        /** Reads on until the head is full or the body ends; a timeout or reset just leaves it shorter. */
        void fillHead() {
            byte[] scrap = new byte[HEAD_BYTES];
            try {
                while (headLength < head.length && read(scrap, 0, head.length - headLength) >= 0) {
                    // read() keeps what it reads in the head
                }
            } catch (IOException e) {
                // quote what did arrive
            }
        }

        byte[] head() {
            return head;
        }

        int headLength() {
            return headLength;
        }
    }
}
