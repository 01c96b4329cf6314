package dev.ispconfig.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Test helpers: the captures of the live panel, raw HTTP posts, and the structure of a SOAP message. */
final class Wire {

    /** The shared captures when the repository sits beside them, else this module's copies. */
    private static final Path SHARED = Path.of("..", "..", "shared", "ispconfig", "wire");

    private Wire() {
    }

    static String capture(String name) {
        try {
            Path shared = SHARED.resolve(name);
            if (Files.isRegularFile(shared)) {
                return Files.readString(shared, StandardCharsets.UTF_8);
            }
            try (InputStream in = Wire.class.getClassLoader().getResourceAsStream("wire/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("no capture " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP status line's code of a capture's response. */
    static int capturedStatus(String base) {
        String http = capture(base + ".http.txt");
        int at = http.indexOf("### RESPONSE HEADERS");
        String statusLine = http.substring(at).lines().skip(1).findFirst().orElseThrow();
        return Integer.parseInt(statusLine.split(" ")[1]);
    }

    static HttpResponse<String> post(URI url, String body) {
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(url)
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The structure of a SOAP message as text: every element's qualified name, its namespace declarations, its
     * {@code xsi:type}, {@code SOAP-ENC:arrayType} and {@code xsi:nil}, and the text of map keys, fault codes and
     * fault strings; other text (values) is left out.
     */
    static String structure(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            StringBuilder out = new StringBuilder();
            walk(root, 0, out);
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("not XML: " + xml, e);
        }
    }

    private static void walk(Element element, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(element.getTagName());
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap attrs = element.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr attr = (Attr) attrs.item(i);
            attributes.put(attr.getName(), attr.getValue());
        }
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        String name = element.getTagName();
        if (name.equals("key") || name.equals("faultcode") || name.equals("faultstring")) {
            out.append(" text=").append(element.getTextContent().replace("\r", "\\r").replace("\n", "\\n"));
        }
        out.append('\n');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e, depth + 1, out);
            }
        }
    }
}
