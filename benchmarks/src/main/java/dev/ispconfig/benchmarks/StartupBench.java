package dev.ispconfig.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of a one-off call, as a cron job or a shell makes it: a fresh process that logs in, reads one web domain and
 * logs out, against nginx serving the panel's captured answers on loopback. PHP runs {@code soap-bench.php one-task};
 * the SDK runs {@code ispconfig sites get 1}: with {@code java -jar} and the JVM's defaults, and through the
 * {@code ispconfig-cli/ispconfig} launcher (a class-data archive, or on JDK 25 and newer an ahead-of-time cache, made
 * by its first runs; C1 only; the serial collector), with the default JDK and, when there is one, a JDK 25. Runs
 * interleave; the median wall time of each is reported with its ratio to PHP's.
 *
 * <pre>java -cp benchmarks/target/ispconfig-benchmarks.jar dev.ispconfig.benchmarks.StartupBench
 *     [--launcher=ispconfig-cli/ispconfig] [--runs=30] [--nginx=nginx] [--php=php]
 *     [--jdk25=/usr/lib/jvm/temurin-25-jdk-amd64]</pre>
 */
public final class StartupBench {

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args, System.out);
    }

    static void run(String[] args, PrintStream out) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("runs", "30", "nginx", "nginx", "php", "php",
                "launcher", "ispconfig-cli/ispconfig", "jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        int runs = Integer.parseInt(options.get("runs"));
        Path launcher = Path.of(options.get("launcher")).toAbsolutePath();
        Path jar = launcher.resolveSibling("target").resolve("ispconfig-cli.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no command line jar at " + jar + ": build ispconfig-cli first");
        }
        Path jdk25 = Path.of(options.get("jdk25"));
        boolean withJdk25 = Files.isExecutable(jdk25.resolve("bin/java"));
        Path work = Files.createTempDirectory("ispconfig-startup");
        Path script = work.resolve("soap-bench.php");
        try (InputStream in = StartupBench.class.getResourceAsStream("/php/soap-bench.php")) {
            Files.copy(in, script);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (NginxServer nginx = new NginxServer(options.get("nginx"), Wire.capture(Wire.WEB_DOMAIN))) {
            String url = nginx.url();
            List<String> cliArgs = List.of("--url", url, "--user", "bench", "--json", "sites", "get", "1");
            Map<String, Variant> variants = new LinkedHashMap<>();
            variants.put("PHP SoapClient (php soap-bench.php one-task)",
                    new Variant(List.of(options.get("php"), script.toString(), "one-task", url), null, work));
            variants.put("ispconfig, java -jar (JVM defaults, Java " + Runtime.version().feature() + ")",
                    new Variant(concat(List.of(java, "-jar", jar.toString()), cliArgs), null, work));
            variants.put("ispconfig launcher (class-data archive, Java " + Runtime.version().feature() + ")",
                    new Variant(concat(List.of(launcher.toString()), cliArgs), Path.of(System.getProperty("java.home")),
                            work));
            if (withJdk25) {
                variants.put("ispconfig launcher (AOT cache, " + jdk25.getFileName() + ")",
                        new Variant(concat(List.of(launcher.toString()), cliArgs), jdk25, work));
            }
            for (Variant variant : variants.values()) {
                variant.time(); // the launcher's first two runs record and make its archive
                variant.time();
            }
            for (int i = 0; i < runs + 2; i++) {
                for (Variant variant : variants.values()) {
                    long nanos = variant.time();
                    if (i >= 2) { // the first rounds warm the page cache
                        variant.nanos.add(nanos);
                    }
                }
            }
            out.printf("one-off 'sites get 1' (login, sites_web_domain_get, logout) against nginx, median of %d runs%n",
                    runs);
            double phpMillis = -1;
            for (Map.Entry<String, Variant> entry : variants.entrySet()) {
                double millis = median(entry.getValue().nanos);
                phpMillis = phpMillis < 0 ? millis : phpMillis;
                out.printf("  %-58s %7.1f ms  %5.2fx PHP%n", entry.getKey(), millis, millis / phpMillis);
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static List<String> concat(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all;
    }

    /** One way to make the call: its command, the JDK the launcher uses (JAVA_HOME), and its times. */
    private static final class Variant {

        final List<String> command;
        final Path javaHome;
        final Path cache;
        final List<Long> nanos = new ArrayList<>();

        Variant(List<String> command, Path javaHome, Path work) {
            this.command = command;
            this.javaHome = javaHome;
            this.cache = work.resolve("cache");
        }

        /** Wall time of one process from start to exit; fails when it exits non-zero. */
        long time() throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.PIPE);
            builder.environment().put("ISPCONFIG_PASSWORD", "secret");
            builder.environment().put("XDG_CACHE_HOME", cache.toString());
            if (javaHome != null) {
                builder.environment().put("JAVA_HOME", javaHome.toString());
            }
            long start = System.nanoTime();
            Process process = builder.start();
            String errors = new String(process.getErrorStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            long elapsed = System.nanoTime() - start;
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit " + process.exitValue() + " from " + command + ": " + errors);
            }
            return elapsed;
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return median / 1e6;
    }
}
