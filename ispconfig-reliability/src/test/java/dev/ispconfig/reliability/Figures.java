package dev.ispconfig.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures issue 6 asks for: per attack the input size, the exception seen, the time and the bytes allocated, and
 * the total of hostile bytes tried. Each line goes to standard output and to {@code target/reliability-figures.txt}
 * (started afresh by each test run), so the note can quote them.
 */
final class Figures {

    private static final AtomicLong HOSTILE_BYTES = new AtomicLong();
    private static final AtomicLong HOSTILE_INPUTS = new AtomicLong();
    private static final Path FILE = Path.of("target", "reliability-figures.txt");

    static {
        try {
            Files.deleteIfExists(FILE); // one file per test run
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Figures() {
    }

    /** Counts input fed to the SDK as hostile. */
    static void tried(long bytes) {
        HOSTILE_BYTES.addAndGet(bytes);
        HOSTILE_INPUTS.incrementAndGet();
    }

    static void attack(String name, long inputBytes, Object outcome, long nanos, long allocatedBytes) {
        line(String.format(Locale.ROOT, "attack %-44s input %,13d B  %-60s %8.1f ms  allocated %,14d B",
                name, inputBytes, outcome, nanos / 1e6, allocatedBytes));
    }

    static void line(String text) {
        System.out.println("[reliability] " + text);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running total, printed by each hostile test class when it ends. */
    static void total(String after) {
        line(String.format(Locale.ROOT, "hostile total after %s: %,d inputs, %,d bytes", after,
                HOSTILE_INPUTS.get(), HOSTILE_BYTES.get()));
    }

    static String describe(Throwable t) {
        if (t == null) {
            return "parsed";
        }
        String reason = t instanceof dev.ispconfig.client.exception.TransportException te ? "(" + te.reason() + ")" : "";
        return t.getClass().getSimpleName() + reason;
    }
}
