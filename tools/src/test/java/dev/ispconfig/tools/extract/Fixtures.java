package dev.ispconfig.tools.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The PHP fixtures of src/test/resources/php-fixtures (written for these tests, not taken from ISPConfig). */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/php-fixtures/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fake source tree: remoting.inc.php, remote.d/{a,b,c,.hidden}.inc.php and one module class. */
    static Path tree() {
        return path("tree");
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
