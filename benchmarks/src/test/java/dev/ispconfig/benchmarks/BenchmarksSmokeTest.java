package dev.ispconfig.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.soap.SoapReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Proves the benchmarks run, not how fast: every JMH benchmark once (no fork, no warm-up, one short iteration), the
 * comparison harness with tiny counts, and the heap probe once. Nothing here asserts a timing. The PHP column is
 * skipped without php + ext-soap, unless ISPCONFIG_REQUIRE_PHP=1 (CI), which makes a missing PHP fail.
 */
class BenchmarksSmokeTest {

    /** Set (CI does) to fail instead of skipping the nginx and PHP parts of the user-facing benchmarks. */
    private static final String REQUIRE_NGINX_ENV = "ISPCONFIG_REQUIRE_NGINX";

    @Test
    void theSyntheticListIsWrittenAsThePanelWritesIt() throws Exception {
        byte[] capture = Wire.capture(Wire.MAILBOXES);
        List<?> rows = (List<?>) SoapReader.readResponse(new ByteArrayInputStream(capture)).value();
        // The captured answer comes out byte for byte, so the synthetic list is in the panel's encoding.
        assertThat(Arrays.equals(Wire.mailUserGetAnswer(rows), capture))
                .as("the captured mail_user_get answer, re-encoded, is the capture").isTrue();
        assertThat((List<?>) Wire.decode(Wire.mailboxList(3)).value()).hasSize(3)
                .allSatisfy(row -> assertThat((Map<?, ?>) row).hasSameSizeAs((Map<?, ?>) rows.get(0)));
    }

    @Test
    void everyCodecBenchmarkRuns() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        CodecReport.run(new CommandLineOptions("-f", "0", "-wi", "0", "-i", "1", "-r", "100ms",
                "-p", "records=20"), new PrintStream(report, true, StandardCharsets.UTF_8));
        String table = report.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("| decode | fault |", "| decode | webDomain |", "| decode | functionList |",
                "| decode | mailboxes (20) |", "| encode |");
    }

    @Test
    void theComparisonRuns() throws Exception {
        boolean php = PhpSide.unavailableReason("php") == null || "1".equals(System.getenv(PhpSide.REQUIRE_ENV));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        Compare.run(Compare.Options.parse("--php=" + php, "--calls=40", "--tasks=8", "--process-tasks=2",
                "--threads=4", "--rounds=1", "--warm-up=20", "--large-records=30", "--large-rounds=1",
                "--heap-steps=1"), new PrintStream(report, true, StandardCharsets.UTF_8));
        String out = report.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("| calls/s, sequential", "| MB/s, large answer decoded from memory",
                "| HTTP alone", "smallest -Xmx");
        if (php) {
            assertThat(out).doesNotContain("PHP column empty");
        }
    }

    @Test
    void theUserFacingBenchmarksRun() throws Exception {
        boolean peers = NginxServer.unavailableReason("nginx") == null && PhpSide.unavailableReason("php") == null;
        if (!peers && "1".equals(System.getenv(REQUIRE_NGINX_ENV))) {
            throw new AssertionError("nginx and php with ext-soap are required (" + REQUIRE_NGINX_ENV + "=1)");
        }
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        UserBench.run(new String[] {"--sections=" + (peers ? "floor,cpu,large" : "floor"), "--calls=50",
                "--warm-up=50", "--rounds=1", "--floor-calls=8", "--hold=1", "--large-records=30",
                "--large-rounds=1", "--large-heap=64m"}, new PrintStream(report, true, StandardCharsets.UTF_8));
        String out = report.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("| SDK, Apache HttpClient 5 (the starter's default) | 4 |");
        if (peers) {
            assertThat(out).contains("### CPU per call against nginx", "| PHP SoapClient |", "peak RSS MB");
        }
    }

    @Test
    void theStartUpBenchmarkRuns() throws Exception {
        boolean peers = NginxServer.unavailableReason("nginx") == null && PhpSide.unavailableReason("php") == null;
        if (!peers && "1".equals(System.getenv(REQUIRE_NGINX_ENV))) {
            throw new AssertionError("nginx and php with ext-soap are required (" + REQUIRE_NGINX_ENV + "=1)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(peers, "no nginx and php with ext-soap");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        StartupBench.run(new String[] {"--runs=1", "--launcher=../ispconfig-cli/ispconfig"},
                new PrintStream(report, true, StandardCharsets.UTF_8));
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("PHP SoapClient", "ispconfig launcher");
    }

    @Test
    void theComparisonRunsAgainstTheSimulator() throws Exception {
        boolean php = PhpSide.unavailableReason("php") == null || "1".equals(System.getenv(PhpSide.REQUIRE_ENV));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        Compare.run(Compare.Options.parse("--target=simulator", "--php=" + php, "--calls=40", "--tasks=8",
                "--process-tasks=2", "--threads=4", "--rounds=1", "--warm-up=20"),
                new PrintStream(report, true, StandardCharsets.UTF_8));
        String out = report.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("target: simulator", "| calls/s, sequential").doesNotContain("| MB/s");
        if (php) {
            assertThat(out).doesNotContain("PHP column empty");
        }
    }
}
