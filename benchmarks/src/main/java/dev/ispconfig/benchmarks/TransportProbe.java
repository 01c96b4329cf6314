package dev.ispconfig.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import dev.ispconfig.client.TransportCalls;

/**
 * HTTP alone, no SOAP: the same POST and answer through the core's {@code SocketTransport} and the JDK's two clients,
 * to show what the transport costs per call apart from the codec (STACK.md's question, which made the core leave
 * java.net.http's HttpClient).
 */
final class TransportProbe {

    private final URI uri;
    private final byte[] request;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    TransportProbe(String url, byte[] request) {
        this.uri = URI.create(url);
        this.request = request;
    }

    Rate httpClient(int calls) throws IOException, InterruptedException {
        HttpRequest post = HttpRequest.newBuilder(uri).header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"urn:x#sites_web_domain_get\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            try (InputStream in = http.send(post, HttpResponse.BodyHandlers.ofInputStream()).body()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return Rate.since(calls, start);
    }

    Rate socketTransport(int calls) throws IOException {
        try (TransportCalls transport = new TransportCalls(uri.toString())) {
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                transport.call("urn:x#sites_web_domain_get", request);
            }
            return Rate.since(calls, start);
        }
    }

    Rate urlConnection(int calls) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(request.length); // also: a streamed POST is never silently re-sent
            c.setRequestProperty("Content-Type", "text/xml; charset=utf-8");
            c.setRequestProperty("SOAPAction", "\"urn:x#sites_web_domain_get\"");
            try (OutputStream out = c.getOutputStream()) {
                out.write(request);
            }
            try (InputStream in = c.getInputStream()) {
                in.transferTo(OutputStream.nullOutputStream()); // read to the end: the connection goes back to the pool
            }
        }
        return Rate.since(calls, start);
    }
}
