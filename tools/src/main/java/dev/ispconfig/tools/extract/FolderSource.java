package dev.ispconfig.tools.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A source tree that is a folder on disk (the root of an ISPConfig checkout or release archive). */
final class FolderSource implements SourceTree {

    private final Path root;

    FolderSource(Path root) {
        this.root = root;
    }

    @Override
    public String read(String path) throws IOException {
        return new String(Files.readAllBytes(root.resolve(path)), StandardCharsets.ISO_8859_1);
    }

    @Override
    public List<String> list(String directory) throws IOException {
        Path dir = root.resolve(directory);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public String commit() {
        return null;
    }
}
