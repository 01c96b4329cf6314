package dev.ispconfig.client;

import dev.ispconfig.client.soap.SoapFormatException;
import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapResponse;
import dev.ispconfig.client.soap.SoapWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One SOAP round trip: encode the call, post it, decode the answer, turn a Fault into its exception and anything that
 * is not SOAP into a {@link TransportException} quoting a short, sanitised excerpt. Knows nothing of sessions.
 */
final class SoapExchange {

    private static final int HEAD_BYTES = 1024;
    private static final int DRAIN_LIMIT = 64 * 1024;

    private final Transport transport;
    private final String namespaceUri;

    SoapExchange(Transport transport, String namespaceUri) {
        this.transport = transport;
        this.namespaceUri = namespaceUri;
    }

    /**
     * @return the decoded {@code <return>} value
     * @throws IspConfigFaultException (a subtype for known codes) when the panel answered with a Fault
     * @throws TransportException when no SOAP answer arrived
     */
    Object call(String method, List<?> arguments) {
        byte[] request = SoapWriter.request(namespaceUri, method, arguments);
        Transport.Reply reply = transport.post(namespaceUri + "#" + method, request);
        SoapResponse response;
        try {
            response = read(method, arguments, reply);
        } finally {
            closeQuietly(reply);
        }
        if (response.isFault()) {
            throw FaultMapper.toException(method, response.fault());
        }
        return response.value();
    }

    private SoapResponse read(String method, List<?> arguments, Transport.Reply reply) {
        HeadRecordingStream body = new HeadRecordingStream(reply.body());
        try {
            SoapResponse response = SoapReader.readResponse(body);
            drain(body); // lets the connection go back to the pool
            return response;
        } catch (SoapFormatException e) {
            throw notSoap(method, arguments, reply, body, e);
        } catch (Transport.ResponseTooLargeException e) {
            throw new TransportException(TransportException.Reason.RESPONSE_TOO_LARGE, reply.statusCode(),
                    "the panel's answer to " + method + " exceeds the maximum response size: " + e.getMessage(), e);
        } catch (IOException e) {
            throw readFailure(method, reply, e);
        }
    }

    /** A failure reading the body: the calling thread's interrupt, the read timeout, or a broken connection. */
    private static TransportException readFailure(String method, Transport.Reply reply, IOException e) {
        if (Thread.currentThread().isInterrupted()) { // the transport's channel closed on it: same as before the head
            return new TransportException(TransportException.Reason.REQUEST_FAILED, reply.statusCode(),
                    "interrupted while reading the answer to " + method + "; the panel may have run the call", e,
                    true);
        }
        if (e instanceof Transport.CallTimeoutException) {
            return new TransportException(TransportException.Reason.TIMEOUT, reply.statusCode(),
                    "the panel's answer to " + method + " did not arrive in full in time: " + e.getMessage(), e);
        }
        if (e instanceof InterruptedIOException) { // SocketTimeoutException
            return new TransportException(TransportException.Reason.TIMEOUT, reply.statusCode(),
                    "the panel stopped sending its answer to " + method + " before the read timeout ran out", e);
        }
        return new TransportException(TransportException.Reason.IO, reply.statusCode(),
                "the connection broke while reading the answer to " + method + ": " + SocketTransport.describe(e), e);
    }

    private static TransportException notSoap(String method, List<?> arguments, Transport.Reply reply,
            HeadRecordingStream body, SoapFormatException e) {
        int status = reply.statusCode();
        String what = "HTTP " + status + (reply.contentType().isEmpty() ? "" : ", " + reply.contentType());
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

    private static void closeQuietly(Transport.Reply reply) {
        try {
            reply.close();
        } catch (IOException ignored) {
            // the answer is read (or its failure reported); a failing close changes nothing for the caller
        }
    }

    private static void drain(InputStream body) throws IOException {
        byte[] scrap = new byte[512];
        int total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = body.read(scrap)) >= 0) {
            total += n;
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
