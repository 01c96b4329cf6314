package dev.ispconfig.test;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * PHP with ext-soap, the peer of the tests that run PHP's own SoapClient: without it they are skipped, unless
 * {@code ISPCONFIG_REQUIRE_PHP=1} (CI) makes a missing PHP a failure.
 */
final class PhpSoap {

    static final String REQUIRE_ENV = "ISPCONFIG_REQUIRE_PHP";
    private static volatile String unavailable;

    private PhpSoap() {
    }

    /** Aborts the test when php or its soap extension is missing, or fails it when they are required. */
    static void assumeAvailable() {
        if (unavailable == null) {
            unavailable = probe();
        }
        if (!unavailable.isEmpty()) {
            if ("1".equals(System.getenv(REQUIRE_ENV))) {
                fail(REQUIRE_ENV + "=1 but " + unavailable);
            }
            Assumptions.abort(unavailable + "; skipping (set " + REQUIRE_ENV + "=1 to fail instead)");
        }
    }

    /** A PHP script of the test resources ({@code php/NAME}). */
    static Path script(String name) {
        try {
            return Path.of(PhpSoap.class.getClassLoader().getResource("php/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String probe() {
        try {
            Process php = new ProcessBuilder("php", "-m").redirectErrorStream(true).start();
            String modules = new String(php.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            php.waitFor(30, TimeUnit.SECONDS);
            return modules.lines().anyMatch(l -> l.trim().equalsIgnoreCase("soap")) ? ""
                    : "'php' lacks the soap extension";
        } catch (IOException e) {
            return "no 'php' on the PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while probing php";
        }
    }
}
