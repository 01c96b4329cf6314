package dev.ispconfig.benchmarks;

import dev.ispconfig.client.IspConfigClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What users feel, each figure beside its baseline measured in the same run:
 *
 * <ul>
 *   <li>{@code cpu}: the client's CPU per call (user + system, the whole process) against canned answers served by
 *       nginx, sequential on one keep-alive connection, for the SDK on each transport (each in a JVM of its own) and
 *       for PHP's SoapClient; calls per second beside;</li>
 *   <li>{@code floor}: calls per second against a server that holds every answer 3.5 ms (the real panel's floor),
 *       against the ideal {@code 1 / (the server's own time + one loopback round trip)}, for 1 and for 4 callers;</li>
 *   <li>{@code large}: a 50 MB answer from nginx, fetched and decoded: time and peak RSS of the SDK's process and of
 *       PHP's, a fresh process per round; the SDK with the JVM's defaults and with a heap sized for the job.</li>
 * </ul>
 *
 * <p>Rounds alternate the sides, so a noisy neighbour hurts them alike; every figure is the median of the rounds.
 * {@code benchmarks/run-user-bench.sh} installs nginx and PHP from Debian's packages and runs this.
 */
public final class UserBench {

    private static final List<String> TRANSPORTS = List.of("apache", "jdk");
    private static final List<String> DEFAULTS = List.of("sections=cpu,floor,large", "calls=50000", "warm-up=50000",
            "rounds=5", "floor-calls=1500", "hold=3.5", "large-records=10400", "large-rounds=3", "large-heap=128m",
            "php=php", "nginx=nginx");

    private final Map<String, String> options;
    private final PrintStream out;

    private UserBench(Map<String, String> options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        run(args, System.out);
    }

    /** Runs the sections the arguments name ({@code --sections=cpu,floor,large}, counts: see the README). */
    static void run(String[] args, PrintStream out) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String option : DEFAULTS) {
            String[] pair = option.split("=", 2);
            options.put(pair[0], pair[1]);
        }
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        new UserBench(options, out).sections();
    }

    private void sections() throws Exception {
        Set<String> sections = Set.of(option("sections").split(","));
        out.println("# user-facing benchmarks, " + Machine.describe());
        if (sections.contains("floor")) {
            floor();
        }
        if (!sections.contains("cpu") && !sections.contains("large")) {
            return;
        }
        String why = NginxServer.unavailableReason(option("nginx"));
        String phpWhy = PhpSide.unavailableReason(option("php"));
        if (why != null || phpWhy != null) {
            out.println("skipped cpu and large: " + (why != null ? why : phpWhy));
            return;
        }
        byte[] large = Wire.mailboxList(number("large-records"));
        try (NginxServer nginx = new NginxServer(option("nginx"), large);
                PhpSide php = new PhpSide(option("php"), nginx.url())) {
            out.println("# nginx " + nginx.url() + ", PHP " + php.version());
            if (sections.contains("cpu")) {
                cpu(nginx.url(), php);
            }
            if (sections.contains("large")) {
                large(nginx.url(), php, large.length);
            }
        }
    }

    // --- CPU per call against nginx --------------------------------------------------------------------------------

    private void cpu(String url, PhpSide php) {
        int calls = number("calls");
        int warmUp = number("warm-up");
        Map<String, List<Double>> cpuMicros = new HashMap<>();
        Map<String, List<Double>> rates = new HashMap<>();
        for (int round = 0; round < number("rounds"); round++) {
            for (String transport : TRANSPORTS) {
                record(cpuMicros, rates, transport, probe(List.of(), "cpu", url, transport, Integer.toString(calls),
                        Integer.toString(warmUp)));
            }
            record(cpuMicros, rates, "php", php.cpu(calls, Math.min(warmUp, 5000)));
        }
        double phpCpu = Rate.median(cpuMicros.get("php"));
        double phpRate = Rate.median(rates.get("php"));
        out.println();
        out.printf(Locale.ROOT, "### CPU per call against nginx (sequential, keep-alive, 9.6 KB answer; %,d calls "
                + "after %,d warm-up, median of %d rounds)%n%n", calls, warmUp, number("rounds"));
        out.println("| client | CPU µs per call | × PHP | calls/s | × PHP |");
        out.println("|---|---:|---:|---:|---:|");
        for (String side : List.of("apache", "jdk", "php")) {
            double cpu = Rate.median(cpuMicros.get(side));
            double rate = Rate.median(rates.get(side));
            out.printf(Locale.ROOT, "| %s | %.1f | %.2f× | %,.0f | %.2f× |%n", label(side), cpu, cpu / phpCpu, rate,
                    rate / phpRate);
        }
    }

    private static void record(Map<String, List<Double>> cpu, Map<String, List<Double>> rates, String side,
            Map<String, String> result) {
        double calls = Double.parseDouble(result.get("calls"));
        cpu.computeIfAbsent(side, s -> new ArrayList<>()).add(Double.parseDouble(result.get("cpu_ns")) / calls / 1e3);
        rates.computeIfAbsent(side, s -> new ArrayList<>())
                .add(calls / (Double.parseDouble(result.get("wall_ns")) / 1e9));
    }

    // --- the panel's floor -----------------------------------------------------------------------------------------

    private void floor() throws Exception {
        Duration hold = Duration.ofNanos((long) (Double.parseDouble(option("hold")) * 1e6));
        int calls = number("floor-calls");
        double roundTripMicros = loopbackRoundTripMicros();
        out.println();
        out.printf(Locale.ROOT, "### Against a server that holds each answer %s ms (%,d calls a round, median of %d "
                + "rounds; loopback round trip %.1f µs)%n%n", option("hold"), calls, number("rounds"),
                roundTripMicros);
        out.println("| client | callers | calls/s | ideal calls/s | × ideal | a raw socket client, calls/s | × raw |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        try (CannedServer server = CannedServer.panel(Wire.capture(Wire.WEB_DOMAIN), Map.of())) {
            for (int callers : List.of(1, 4)) {
                for (String transport : TRANSPORTS) {
                    List<Double> rates = new ArrayList<>();
                    List<Double> ideals = new ArrayList<>();
                    List<Double> raws = new ArrayList<>();
                    try (IspConfigClient client = IspConfigClient.builder().url(server.url()).username("bench")
                            .password("secret").transport(ClientProbe.transport(transport)).build()) {
                        server.hold(Duration.ZERO); // warm up without the hold: the JIT compiles what users run
                        calls(client, callers, number("warm-up"));
                        rawCalls(server.url(), callers, number("warm-up") / 4);
                        server.hold(hold);
                        for (int round = 0; round < number("rounds"); round++) {
                            server.takeMeanServiceTime();
                            Rate rate = calls(client, callers, calls);
                            double service = server.takeMeanServiceTime().toNanos() / 1e3;
                            rates.add(rate.perSecond());
                            ideals.add(callers * 1e6 / (service + roundTripMicros));
                            raws.add(rawCalls(server.url(), callers, calls).perSecond());
                        }
                    }
                    double rate = Rate.median(rates);
                    double ideal = Rate.median(ideals);
                    double raw = Rate.median(raws);
                    out.printf(Locale.ROOT, "| %s | %d | %,.1f | %,.1f | %.3f× | %,.1f | %.3f× |%n", label(transport),
                            callers, rate, ideal, rate / ideal, raw, rate / raw);
                }
            }
        }
    }

    /**
     * The same call as bytes made once, read back by its Content-Length: what a client that costs nothing would
     * reach, wake-ups of an idle machine included, which the formula's round trip (taken on a busy loop) does not see.
     */
    private static Rate rawCalls(String url, int callers, int calls) throws Exception {
        java.net.URI uri = java.net.URI.create(url);
        byte[] body = dev.ispconfig.client.soap.SoapWriter.request("http://" + uri.getAuthority() + "/remote/",
                "sites_web_domain_get", List.of("c0ffee", 1));
        byte[] head = ("POST /remote/index.php HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\nContent-Type: text/xml; "
                + "charset=utf-8\r\nSOAPAction: \"x#sites_web_domain_get\"\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                done.add(pool.submit(() -> {
                    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), uri.getPort())) {
                        socket.setTcpNoDelay(true);
                        InputStream in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
                        OutputStream to = socket.getOutputStream();
                        for (int i = 0; i < calls / callers; i++) {
                            to.write(request);
                            to.flush();
                            in.skipNBytes(contentLength(in));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return Rate.since(calls / callers * callers, start);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads an answer's head and returns its Content-Length. */
    private static int contentLength(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int length = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed inside the head");
            }
            if (b != '\n') {
                line.append((char) b);
                continue;
            }
            String text = line.toString().trim();
            line.setLength(0);
            if (text.isEmpty()) {
                return length;
            }
            if (text.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(text.substring(15).trim());
            }
        }
    }

    /** {@code calls} in all, from {@code callers} threads sharing the client. */
    private static Rate calls(IspConfigClient client, int callers, int calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int share = calls / callers;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        client.sites().webDomainGet(1);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return Rate.since(calls / callers * callers, start);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The median time for one byte to go to a loopback peer and one to come back, in µs. */
    private static double loopbackRoundTripMicros() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                Socket server = listener.accept()) {
            client.setTcpNoDelay(true);
            server.setTcpNoDelay(true);
            Thread echo = new Thread(() -> {
                try {
                    InputStream in = server.getInputStream();
                    OutputStream back = server.getOutputStream();
                    int b;
                    while ((b = in.read()) >= 0) {
                        back.write(b);
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            echo.setDaemon(true);
            echo.start();
            InputStream in = client.getInputStream();
            OutputStream to = client.getOutputStream();
            List<Double> micros = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                long start = System.nanoTime();
                to.write(1);
                in.read();
                if (i >= 1000) {
                    micros.add((System.nanoTime() - start) / 1e3);
                }
            }
            return Rate.median(micros);
        }
    }

    // --- a 50 MB answer ---------------------------------------------------------------------------------------------

    private void large(String url, PhpSide php, int bytes) {
        int rounds = number("large-rounds");
        Map<String, List<Double>> seconds = new HashMap<>();
        Map<String, List<Double>> rss = new HashMap<>();
        String sized = "-Xmx" + option("large-heap");
        for (int round = 0; round < number("rounds"); round++) {
            for (String transport : TRANSPORTS) {
                recordLarge(seconds, rss, transport, probe(List.of(), "large", url, transport,
                        Integer.toString(rounds)));
            }
            recordLarge(seconds, rss, "apache " + sized, probe(List.of(sized), "large", url, "apache",
                    Integer.toString(rounds)));
            recordLarge(seconds, rss, "php", php.largeAnswer(rounds));
        }
        double phpSeconds = Rate.median(seconds.get("php"));
        double phpRss = Rate.median(rss.get("php"));
        out.println();
        out.printf(Locale.ROOT, "### A %.1f MB answer from nginx, fetched and decoded (a fresh process per round, "
                + "one warm-up, median of %d calls, then of %d rounds)%n%n", bytes / 1e6, rounds, number("rounds"));
        out.println("| client | seconds | × PHP | peak RSS MB | × PHP |");
        out.println("|---|---:|---:|---:|---:|");
        for (String side : List.of("apache", "apache " + sized, "jdk", "php")) {
            double s = Rate.median(seconds.get(side));
            double r = Rate.median(rss.get(side));
            out.printf(Locale.ROOT, "| %s | %.3f | %.2f× | %,.0f | %.2f× |%n", label(side), s, s / phpSeconds,
                    r / 1e6, r / phpRss);
        }
    }

    private static void recordLarge(Map<String, List<Double>> seconds, Map<String, List<Double>> rss, String side,
            Map<String, String> result) {
        seconds.computeIfAbsent(side, s -> new ArrayList<>()).add(Double.parseDouble(result.get("median")));
        rss.computeIfAbsent(side, s -> new ArrayList<>()).add(Double.parseDouble(result.get("peak_rss")));
    }

    // --- child JVMs ----------------------------------------------------------------------------------------------

    /** Runs {@link ClientProbe} in a JVM of its own (default settings, and {@code jvm}), and parses its line. */
    private Map<String, String> probe(List<String> jvm, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClientProbe.class.getName()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("ClientProbe failed: " + output);
            }
            Map<String, String> values = new HashMap<>();
            for (String pair : output.trim().split("\\s+")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2) {
                    values.put(kv[0], kv[1]);
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String label(String side) {
        if (side.startsWith("apache -")) {
            return "SDK, Apache HttpClient 5, JVM run with " + side.substring("apache ".length());
        }
        return switch (side) {
            case "apache" -> "SDK, Apache HttpClient 5 (the starter's default)";
            case "jdk" -> "SDK, java.net.http (the core's default)";
            default -> "PHP SoapClient";
        };
    }

    private String option(String name) {
        return options.get(name);
    }

    private int number(String name) {
        return Integer.parseInt(options.get(name));
    }
}
