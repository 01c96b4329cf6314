package dev.ispconfig.benchmarks;

import dev.ispconfig.client.transport.JdkHttpTransport;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.TransportRequest;
import dev.ispconfig.client.transport.TransportResponse;
import dev.ispconfig.client.transport.TransportSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * HTTP alone, no SOAP: the same POST and answer through the SDK's transport and the JDK's two clients used plainly, to
 * show what the transport costs per call apart from the codec.
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

    /** The SDK's transport as the client drives it: send, read the body to its end, close. */
    Rate sdkTransport(int calls) throws IOException {
        try (Transport transport = new JdkHttpTransport(TransportSettings.defaults())) {
            TransportRequest post = new TransportRequest(uri, Map.of("Content-Type", "text/xml; charset=utf-8",
                    "SOAPAction", "\"urn:x#sites_web_domain_get\""), request);
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                try (TransportResponse response = transport.send(post)) {
                    response.body().transferTo(OutputStream.nullOutputStream());
                }
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
