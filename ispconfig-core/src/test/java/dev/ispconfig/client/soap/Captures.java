package dev.ispconfig.client.soap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The exact bytes captured from a live ISPConfig 3.2.12 panel (kept in src/test/resources/wire). */
final class Captures {

    /** The session id of the captures' login. */
    static final String SESSION = "g3d0202bd9ff33a90de86f0fb763ccc3387181eb4";
    /** The {@code uri} option the capturing PHP SoapClient used. */
    static final String PHP_URI = "http://127.0.0.1:18080/remote/";

    private Captures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no capture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The part of a message from {@code <SOAP-ENV:Body>} on: what PHP writes in a fixed order. */
    static String body(String xml) {
        return xml.substring(xml.indexOf("<SOAP-ENV:Body>"));
    }
}
