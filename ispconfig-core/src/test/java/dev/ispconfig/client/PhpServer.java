package dev.ispconfig.client;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * PHP's built-in web server ({@code php -S 127.0.0.1:<port> <router script>}) running a test script, for contract
 * tests against PHP's real {@code SoapServer}.
 *
 * <p>Without a {@code php} on the PATH that has ext-soap, {@link #assumeAvailable()} skips the calling tests, unless
 * {@code ISPCONFIG_REQUIRE_PHP=1} is set (CI with PHP installed), in which case it fails them: a contract suite that
 * silently skips where it is meant to run proves nothing.
 *
 * <p>The script finds a private state directory in the environment variable {@code PHP_TEST_STATE_DIR}; it is deleted
 * by {@link #stop()}, as is the server's log.
 */
final class PhpServer {

    static final String REQUIRE_ENV = "ISPCONFIG_REQUIRE_PHP";
    static final String STATE_DIR_ENV = "PHP_TEST_STATE_DIR";
    private static final String PHP = "php";
    private static final long START_TIMEOUT_MILLIS = 10_000;

    private static volatile String unavailableReason;
    private static volatile boolean probed;

    private final Process process;
    private final int port;
    private final Path stateDir;

    private PhpServer(Process process, int port, Path stateDir) {
        this.process = process;
        this.port = port;
        this.stateDir = stateDir;
    }

    /** Whether {@code php} runs and lists the soap extension; probed once per JVM. */
    static boolean isAvailable() {
        return unavailableReason() == null;
    }

    /**
     * Skips the current test without PHP; fails it instead when PHP is required. Call it from {@code @BeforeEach}: an
     * abort in {@code @BeforeAll} skips the class, but Surefire then reports no tests at all rather than skipped ones.
     */
    static void assumeAvailable() {
        String reason = unavailableReason();
        if (reason == null) {
            return;
        }
        if ("1".equals(System.getenv(REQUIRE_ENV))) {
            fail(REQUIRE_ENV + "=1 but " + reason + ": install PHP with ext-soap (e.g. apt-get install php-cli "
                    + "php-soap) or unset " + REQUIRE_ENV);
        }
        Assumptions.abort(reason + "; skipping the PHP contract tests (set " + REQUIRE_ENV + "=1 to fail instead)");
    }

    private static synchronized String unavailableReason() {
        if (!probed) {
            unavailableReason = probe();
            probed = true;
        }
        return unavailableReason;
    }

    private static String probe() {
        Process php;
        try {
            php = new ProcessBuilder(PHP, "-m").redirectErrorStream(true).start();
        } catch (IOException e) {
            return "no '" + PHP + "' on the PATH (" + e.getMessage() + ")";
        }
        try {
            php.getOutputStream().close();
            // The module list is short; reading it to the end also waits for the process.
            String modules = new String(php.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!php.waitFor(10, TimeUnit.SECONDS) || php.exitValue() != 0) {
                return "'" + PHP + " -m' failed: " + modules.strip();
            }
            boolean soap = modules.lines().map(String::strip).anyMatch("soap"::equalsIgnoreCase);
            return soap ? null : "'" + PHP + "' lacks the soap extension ('php -m' does not list soap)";
        } catch (IOException e) {
            return "'" + PHP + " -m' failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while probing '" + PHP + "'";
        } finally {
            php.destroyForcibly();
        }
    }

    /** A test resource as a file on disk, for example {@code php/echo-server.php}. */
    static Path resource(String name) {
        URL url = PhpServer.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource not found: " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("test resource is not a file: " + url, e);
        }
    }

    /**
     * Starts {@code php -S} on a free loopback port with {@code script} as router and waits until it accepts
     * connections. Call {@link #assumeAvailable()} first.
     */
    static PhpServer start(Path script) throws IOException, InterruptedException {
        Path stateDir = Files.createTempDirectory("php-server-");
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(PHP, "-S", "127.0.0.1:" + port,
                "-t", script.getParent().toString(), script.toString())
                .directory(script.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(stateDir.resolve("server.log").toFile());
        builder.environment().put(STATE_DIR_ENV, stateDir.toString());
        builder.environment().remove("PHP_CLI_SERVER_WORKERS"); // one worker: requests run one after another
        PhpServer server = new PhpServer(builder.start(), port, stateDir);
        try {
            server.awaitListening();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>/<path>} */
    String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /** What the server printed so far: its request log and any PHP errors. */
    String log() {
        try {
            Path log = stateDir.resolve("server.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server, waits for it to exit and deletes its state directory. Idempotent. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // already gone
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("php -S exited with " + process.exitValue() + " before listening on port "
                        + port + ": " + log().strip());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("php -S did not listen on port " + port + " within "
                            + START_TIMEOUT_MILLIS + " ms: " + log().strip(), notYet);
                }
                Thread.sleep(50);
            }
        }
    }
}
