package dev.ispconfig.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

/** {@link Transport} over the JDK's {@code java.net.http.HttpClient}: HTTP/1.1, keep-alive, TLS from an SSLContext. */
final class HttpTransport implements Transport {

    private final HttpClient http;
    private final URI endpoint;
    private final Duration readTimeout;
    private final long maxResponseBytes;
    private final String userAgent;

    HttpTransport(URI endpoint, SSLContext sslContext, Duration connectTimeout, Duration readTimeout,
            long maxResponseBytes) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        this.http = builder.build();
        this.endpoint = endpoint;
        this.readTimeout = readTimeout;
        this.maxResponseBytes = maxResponseBytes;
        this.userAgent = "ispconfig-java/" + Version.current();
    }

    @Override
    public Reply post(String soapAction, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(readTimeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + soapAction + "\"")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request,
                    info -> new StreamingBody(readTimeout.toNanos(), maxResponseBytes));
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxResponseBytes) {
                response.body().close(); // cancels the download instead of reading what will be refused
                throw new TransportException(TransportException.Reason.RESPONSE_TOO_LARGE, response.statusCode(),
                        "the panel's answer (" + declared + " bytes) exceeds the maximum response size of "
                                + maxResponseBytes + " bytes", null);
            }
            return new HttpReply(response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Reason.REQUEST_FAILED, 0,
                    "interrupted while calling the panel", e);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private TransportException failure(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return new TransportException(TransportException.Reason.CONNECT, 0,
                    "could not connect to the panel at " + endpoint + " within the connect timeout", e);
        }
        if (e instanceof HttpTimeoutException) {
            return new TransportException(TransportException.Reason.TIMEOUT, 0,
                    "the panel at " + endpoint + " did not answer within the read timeout of " + readTimeout, e);
        }
        if (causedBy(e, ConnectException.class) || causedBy(e, UnresolvedAddressException.class)) {
            return new TransportException(TransportException.Reason.CONNECT, 0,
                    "could not connect to the panel at " + endpoint + ": " + describe(e), e);
        }
        if (causedBy(e, SSLHandshakeException.class)) {
            return new TransportException(TransportException.Reason.CONNECT, 0,
                    "TLS handshake with the panel at " + endpoint + " failed: " + describe(e), e);
        }
        return new TransportException(TransportException.Reason.IO, 0,
                "connection to the panel at " + endpoint + " failed: " + describe(e), e);
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    private record HttpReply(HttpResponse<InputStream> response) implements Reply {

        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        @Override
        public InputStream body() {
            return response.body();
        }

        @Override
        public void close() throws IOException {
            response.body().close();
        }
    }
}
