package dev.ispconfig.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The live panel's captures (the core's {@code wire/*.xml}), by file name. */
final class Captures {

    private static final Map<String, byte[]> ALL = load();

    private Captures() {
    }

    private static Map<String, byte[]> load() {
        try {
            Path dir = Path.of(Captures.class.getResource("/wire").toURI());
            Map<String, byte[]> captures = new TreeMap<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    captures.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
            if (captures.size() < 20) {
                throw new IllegalStateException("expected the core's captures, found " + captures.keySet());
            }
            return captures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    static List<String> responses() {
        return ALL.keySet().stream().filter(n -> n.endsWith(".response.xml")).toList();
    }

    static byte[] get(String name) {
        byte[] bytes = ALL.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("no capture " + name);
        }
        return bytes.clone();
    }

    static boolean isRequest(String name) {
        return name.endsWith(".request.xml");
    }

    static InputStream stream(String name) {
        return new java.io.ByteArrayInputStream(get(name));
    }
}
