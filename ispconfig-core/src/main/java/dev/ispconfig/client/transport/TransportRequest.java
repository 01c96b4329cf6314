package dev.ispconfig.client.transport;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One POST to the panel: where, which headers ({@code Content-Type}, {@code SOAPAction}, {@code User-Agent}), and the
 * SOAP envelope. A transport adds what HTTP itself needs ({@code Host}, {@code Content-Length}, {@code
 * Accept-Encoding}, proxy credentials) and nothing else.
 *
 * @param uri the panel's endpoint, {@code https://panel.example.com:8080/remote/index.php}
 * @param headers header names and values, in the order to send them
 * @param body the request body; not copied, never changed
 */
public record TransportRequest(URI uri, Map<String, String> headers, byte[] body) {

    public TransportRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(body, "body");
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    @Override
    public String toString() {
        return "TransportRequest[POST " + uri + ", " + body.length + " bytes]"; // never the body: it holds secrets
    }

    @Override
    public boolean equals(Object other) {
        return this == other; // a request is an event, not a value
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
