package dev.ispconfig.tools.extract;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether {@code php} runs here. Without it the tests that need it are skipped, unless {@code ISPCONFIG_REQUIRE_PHP=1}
 * (CI, which installs PHP) turns that into a failure: a check that silently skips where it must run proves nothing.
 */
final class Php {

    private static volatile Boolean available;

    private Php() {
    }

    static void assumeAvailable() {
        if (available == null) {
            available = probe();
        }
        if (!available && "1".equals(System.getenv("ISPCONFIG_REQUIRE_PHP"))) {
            throw new AssertionError("ISPCONFIG_REQUIRE_PHP=1 but 'php' does not run");
        }
        Assumptions.assumeTrue(available, "no 'php' on the PATH");
    }

    private static boolean probe() {
        try {
            Process process = new ProcessBuilder("php", "-n", "-r", "echo PHP_VERSION;").redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
