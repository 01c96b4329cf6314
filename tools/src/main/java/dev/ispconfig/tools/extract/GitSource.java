package dev.ispconfig.tools.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A source tree read from a git directory (bare or {@code .git}) at a tag, through the {@code git} command. */
final class GitSource implements SourceTree {

    private final Path gitDir;
    private final String tag;

    GitSource(Path gitDir, String tag) {
        this.gitDir = gitDir;
        this.tag = tag;
    }

    @Override
    public String read(String path) throws IOException {
        return new String(git("show", tag + ":" + path), StandardCharsets.ISO_8859_1);
    }

    @Override
    public List<String> list(String directory) throws IOException {
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        String out = new String(git("ls-tree", "-z", "--name-only", tag, prefix), StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (String line : out.split("\0")) {
            if (!line.isEmpty()) {
                names.add(line.startsWith(prefix) ? line.substring(prefix.length()) : line);
            }
        }
        return names.stream().sorted().toList();
    }

    @Override
    public String commit() throws IOException {
        return new String(git("rev-parse", "--verify", tag + "^{commit}"), StandardCharsets.UTF_8).trim();
    }

    private byte[] git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "--git-dir=" + gitDir));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        // Drain stderr alongside stdout so that neither pipe can fill up and block git.
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] out;
        try {
            out = readAll(process.getInputStream());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try {
            int status = process.waitFor();
            if (status != 0) {
                throw new IOException("git " + String.join(" ", args) + " failed (" + status + "): "
                        + new String(err.join(), StandardCharsets.UTF_8).trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted while running git", e);
        }
        return out;
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
