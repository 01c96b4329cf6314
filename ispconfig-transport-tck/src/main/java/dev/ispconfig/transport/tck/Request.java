package dev.ispconfig.transport.tck;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A request as a {@link LoopbackServer} or {@link LoopbackProxy} read it.
 *
 * @param head the request line and headers, as sent
 * @param body the body
 */
public record Request(String head, byte[] body) {

    /** {@code POST /remote/index.php HTTP/1.1} */
    public String requestLine() {
        return head.substring(0, head.indexOf("\r\n"));
    }

    /** The first value of a header, by case-insensitive name; null when absent. */
    public @Nullable String header(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
        }
        return null;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The SOAP method the body calls ({@code <ns1:METHOD>}), or null. */
    public @Nullable String soapMethod() {
        String text = bodyText();
        int start = text.indexOf("<ns1:");
        if (start < 0) {
            return null;
        }
        int end = start + 5;
        while (end < text.length() && text.charAt(end) != '>' && text.charAt(end) != ' '
                && text.charAt(end) != '/') {
            end++;
        }
        return text.substring(start + 5, end);
    }

    @Override
    public String toString() {
        return requestLine() + " (" + body.length + " bytes)";
    }
}
