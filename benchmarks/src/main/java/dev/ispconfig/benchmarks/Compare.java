package dev.ispconfig.benchmarks;

import dev.ispconfig.test.IspConfigSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Our client and PHP's SoapClient side by side in one run, against the same server: calls per second sequential and
 * with 8 threads (8 PHP processes), script-per-task PHP against our pooled session, and the large answer. Prints a
 * Markdown table (ours, PHP, ratio); every figure is the median of several rounds after a warm-up.
 *
 * <pre>
 * java -cp benchmarks/target/ispconfig-benchmarks.jar dev.ispconfig.benchmarks.Compare [--url=URL] [--calls=5000] …
 * </pre>
 *
 * {@code --sections=calls,large,transport,heap} picks parts. Without {@code --url} it starts its own canned server on
 * loopback; {@code --target=simulator} starts the simulator of {@code ispconfig-test} instead (one seeded web domain),
 * and {@code --url} points at any other panel. Those leave out the large answer, which only the canned server serves.
 */
final class Compare {

    private final Options o;
    private final PrintStream out;

    private Compare(Options options, PrintStream out) {
        this.o = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        run(Options.parse(args), System.out);
    }

    static void run(Options options, PrintStream out) throws Exception {
        new Compare(options, out).run();
    }

    private void run() throws Exception {
        String phpMissing = o.php ? PhpSide.unavailableReason(o.phpCommand) : "PHP left out (--php=false)";
        if (phpMissing != null && "1".equals(System.getenv(PhpSide.REQUIRE_ENV))) {
            throw new IllegalStateException(PhpSide.REQUIRE_ENV + "=1 but " + phpMissing);
        }
        boolean simulated = o.url == null && "simulator".equals(o.target);
        byte[] large = o.url == null && !simulated ? Wire.mailboxList(o.largeRecords) : null;
        CannedServer server = large != null
                ? CannedServer.panel(Wire.capture(Wire.WEB_DOMAIN), Map.of("mail_user_get", large)) : null;
        IspConfigSimulator simulator = simulated ? simulator() : null;
        String url = server != null ? server.url() : simulator != null ? simulator.url().toString() : o.url;
        List<Row> rows = new ArrayList<>();
        try (OurSide ours = new OurSide(url, o.user, o.password);
                PhpSide php = phpMissing == null ? new PhpSide(o.phpCommand, url) : null) {
            out.println("target: " + (server != null ? "canned server " + url
                    : simulator != null ? "simulator (ispconfig-test) " + url : url));
            out.println("machine: " + Machine.describe() + (php != null ? ", PHP " + php.version() : ""));
            if (phpMissing != null) {
                out.println("PHP column empty: " + phpMissing);
            }
            if (o.sections.contains("calls")) {
                warmUp(ours);
                calls(ours, php, rows);
            }
            if (large != null && o.sections.contains("large")) {
                rows.addAll(largeAnswer(ours, php, large));
            }
            if (!rows.isEmpty()) {
                out.println();
                out.println("| measurement | ours | PHP SoapClient | ours / PHP |");
                out.println("|---|---:|---:|---:|");
                rows.forEach(r -> out.println(r.markdown()));
            }
            if (server != null && o.sections.contains("transport")) {
                transport(url);
            }
            if (large != null && o.heapSteps > 0 && o.sections.contains("heap")) {
                heap(large.length, url);
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    /** The simulator with the benchmark's credentials and web domain 1, the record both sides ask for. */
    private IspConfigSimulator simulator() {
        IspConfigSimulator simulator = IspConfigSimulator.builder().credentials(o.user, o.password).start();
        int id = simulator.seed().client("bench-client").webDomain("bench.example.com");
        if (id != 1) {
            simulator.close();
            throw new IllegalStateException("the simulator seeded web domain " + id + ", the benchmark asks for 1");
        }
        return simulator;
    }

    private void calls(OurSide ours, PhpSide php, List<Row> rows) {
            rows.add(row("calls/s, sequential (sites_web_domain_get, keep-alive)",
                    () -> ours.sequential(o.calls), php == null ? null : () -> php.sequential(o.calls)));
            rows.add(row("calls/s, " + o.threads + " threads / " + o.threads + " PHP processes",
                    () -> parallel(ours), php == null ? null : () -> php.parallel("calls", o.calls, o.threads)));
            rows.add(row("tasks/s: script-per-task (login, call, logout) vs our pooled session",
                    () -> ours.sequential(o.tasks), php == null ? null : () -> php.perTask(o.tasks)));
            rows.add(row("tasks/s: script-per-task, " + o.threads + " at once",
                    () -> parallel(ours, o.tasks),
                    php == null ? null : () -> php.parallel("per-task", o.tasks, o.threads)));
            rows.add(row("tasks/s: a new php process per task (cron) vs our pooled session",
                    () -> ours.sequential(o.processTasks),
                    php == null ? null : () -> processPerTask(php)));
    }

    private void warmUp(OurSide ours) {
        for (int i = 0; i < o.warmUp; i++) {
            ours.call();
        }
    }

    private Rate parallel(OurSide ours) {
        return parallel(ours, o.calls);
    }

    private Rate parallel(OurSide ours, int calls) {
        try {
            return ours.parallel(calls, o.threads);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Rate processPerTask(PhpSide php) {
        try {
            return php.processPerTask(o.processTasks, 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Each side alternates round by round, so a noisy neighbour hurts both alike. */
    private Row row(String what, Supplier<Rate> ours, Supplier<Rate> php) {
        List<Double> ourRates = new ArrayList<>();
        List<Double> phpRates = new ArrayList<>();
        for (int round = 0; round < o.rounds; round++) {
            ourRates.add(ours.get().perSecond());
            if (php != null) {
                phpRates.add(php.get().perSecond());
            }
        }
        Row row = new Row(what, Rate.median(ourRates), php == null ? Double.NaN : Rate.median(phpRates), "%,.0f");
        System.err.println(row.markdown());
        return row;
    }

    private List<Row> largeAnswer(OurSide ours, PhpSide php, byte[] large) throws IOException {
        double mb = large.length / 1e6;
        ours.largeAnswerSeconds(); // warm-up
        List<Double> ourSeconds = new ArrayList<>();
        for (int i = 0; i < o.largeRounds; i++) {
            ourSeconds.add(ours.largeAnswerSeconds());
        }
        double ourEndToEnd = mb / Rate.median(ourSeconds);
        List<Double> ourDecode = new ArrayList<>();
        Wire.decode(large); // warm-up
        for (int i = 0; i < o.largeRounds; i++) {
            long start = System.nanoTime();
            Wire.decode(large);
            ourDecode.add(mb / ((System.nanoTime() - start) / 1e9));
        }
        double phpEndToEnd = Double.NaN;
        double phpDecode = Double.NaN;
        String phpPeak = "";
        if (php != null) {
            Map<String, String> fetched = php.largeAnswer(o.largeRounds);
            phpEndToEnd = mb / Double.parseDouble(fetched.get("median"));
            Path file = Files.createTempFile("mailboxes", ".xml");
            try {
                Files.write(file, large);
                Map<String, String> local = php.decodeOnly(file, o.largeRounds);
                phpDecode = mb / Double.parseDouble(local.get("median"));
                phpPeak = String.format(Locale.ROOT, "; PHP's memory_get_peak_usage: %,d MB",
                        Long.parseLong(fetched.get("peak_memory")) >> 20);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        String size = String.format(Locale.ROOT, "%,.1f MB, %,d mailboxes", mb, o.largeRecords);
        List<Row> rows = List.of(
                new Row("MB/s, large answer fetched and decoded (" + size + ")" + phpPeak, ourEndToEnd, phpEndToEnd,
                        "%,.1f"),
                new Row("MB/s, large answer decoded from memory (PHP: __doRequest returns the bytes)",
                        Rate.median(ourDecode), phpDecode, "%,.1f"));
        rows.forEach(r -> System.err.println(r.markdown()));
        return rows;
    }

    /** The HTTP part alone, the core's transport and both JDK clients, the same request and answer. */
    private void transport(String url) throws IOException, InterruptedException {
        byte[] request = dev.ispconfig.client.soap.SoapWriter.request("https://localhost/remote/",
                "sites_web_domain_get", List.of("g3d0202bd9ff33a90de86f0fb763ccc3387181eb4", 1));
        TransportProbe probe = new TransportProbe(url, request);
        List<Double> socket = new ArrayList<>();
        List<Double> http = new ArrayList<>();
        List<Double> connection = new ArrayList<>();
        try {
            probe.sdkTransport(o.warmUp / 4);
            probe.httpClient(o.warmUp / 4);
            probe.urlConnection(o.warmUp / 4);
            for (int round = 0; round < o.rounds; round++) {
                socket.add(probe.sdkTransport(o.calls).perSecond());
                http.add(probe.httpClient(o.calls).perSecond());
                connection.add(probe.urlConnection(o.calls).perSecond());
            }
        } catch (IOException e) {
            out.println();
            out.println("HTTP-only probe failed: " + e + (e.getCause() == null ? "" : " / " + e.getCause()));
            return;
        }
        double ours = Rate.median(socket);
        double a = Rate.median(http);
        double b = Rate.median(connection);
        out.println();
        out.println("| HTTP alone, no SOAP, sequential (9.6 KB answer) | SDK transport (JDK) | java.net.http HttpClient "
                + "| HttpURLConnection |");
        out.println("|---|---:|---:|---:|");
        out.printf(Locale.ROOT, "| calls/s | %,.0f | %,.0f | %,.0f |%n", ours, a, b);
        out.printf(Locale.ROOT, "| × core | 1.00× | %.2f× | %.2f× |%n", a / ours, b / ours);
    }

    private void heap(long bodyBytes, String url) throws IOException, InterruptedException {
        HeapProbe.Result heap = HeapProbe.measure(url, o.heapSteps);
        long retained = heap.retainedBytes();
        out.println();
        out.println("| large answer, our client in its own JVM | MB | × body | × decoded |");
        out.println("|---|---:|---:|---:|");
        heapRow("body (bytes on the wire)", bodyBytes, bodyBytes, retained);
        heapRow("decoded rows retained after GC", retained, bodyBytes, retained);
        heapRow("smallest -Xmx that fetches and decodes it (8 MB steps)", (long) heap.smallestXmxMb() << 20,
                bodyBytes, retained);
        if (heap.largestFailingXmxMb() > 0) {
            heapRow("largest -Xmx tried that ran out of heap", (long) heap.largestFailingXmxMb() << 20, bodyBytes,
                    retained);
        }
        heapRow("sum of heap pool peaks in a 2 GB heap (upper bound, counts garbage)", heap.poolPeakBytes(),
                bodyBytes, retained);
    }

    private void heapRow(String what, long bytes, long body, long decoded) {
        out.printf(Locale.ROOT, "| %s | %,.1f | %.2f | %.2f |%n", what, bytes / 1048576.0, (double) bytes / body,
                (double) bytes / decoded);
    }

    /** One line of the table. */
    record Row(String what, double ours, double php, String format) {

        String markdown() {
            String p = Double.isNaN(php) ? "–" : String.format(Locale.ROOT, format, php);
            String ratio = Double.isNaN(php) ? "–" : String.format(Locale.ROOT, "%.2f×", ours / php);
            return String.format(Locale.ROOT, "| %s | " + format + " | %s | %s |", what, ours, p, ratio);
        }
    }

    /** {@code --name=value} arguments. */
    record Options(String url, String target, String user, String password, boolean php, String phpCommand, int calls, int tasks,
            int processTasks, int threads, int rounds, int warmUp, int largeRecords, int largeRounds,
            int heapSteps, java.util.Set<String> sections) {

        static Options parse(String... args) {
            Map<String, String> a = new HashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("expected --name=value, got " + arg);
                }
                a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            return new Options(a.get("url"), a.getOrDefault("target", "canned"), a.getOrDefault("user", "bench"),
                    a.getOrDefault("password", "secret"),
                    Boolean.parseBoolean(a.getOrDefault("php", "true")), a.getOrDefault("php-command", "php"),
                    integer(a, "calls", 5000), integer(a, "tasks", 1000), integer(a, "process-tasks", 100),
                    integer(a, "threads", 8), integer(a, "rounds", 5), integer(a, "warm-up", 20000),
                    integer(a, "large-records", Wire.LARGE_RECORDS), integer(a, "large-rounds", 5),
                    integer(a, "heap-steps", 9),
                    java.util.Set.of(a.getOrDefault("sections", "calls,large,transport,heap").split(",")));
        }

        private static int integer(Map<String, String> a, String name, int fallback) {
            return a.containsKey(name) ? Integer.parseInt(a.get(name)) : fallback;
        }
    }
}
