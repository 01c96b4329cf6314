package dev.ispconfig.benchmarks;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.transport.JdkHttpTransport;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.apache.ApacheHttpTransport;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SDK in a JVM of its own, as an application runs it, measuring itself the way the PHP side does: the whole
 * process's CPU (user + system, every thread: JIT and GC too) and wall time around the measured calls. Prints one line
 * of key=value pairs.
 *
 * <pre>
 *   ClientProbe cpu   URL apache|jdk N W   W warm-up calls, then N x sites().webDomainGet(1), sequential
 *   ClientProbe large URL apache|jdk N     one warm-up, then N x mail().userGet(all): median time and peak RSS
 * </pre>
 */
public final class ClientProbe {

    private ClientProbe() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        int n = Integer.parseInt(args[3]);
        try (IspConfigClient client = IspConfigClient.builder().url(args[1]).username("bench").password("secret")
                .transport(transport(args[2])).maxConcurrentRequests(0).build()) {
            if (mode.equals("cpu")) {
                cpu(client, n, Integer.parseInt(args[4]));
            } else {
                large(client, n);
            }
        }
    }

    private static void cpu(IspConfigClient client, int calls, int warmUp) {
        for (int i = 0; i < warmUp; i++) {
            client.sites().webDomainGet(1);
        }
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        String domain = null;
        for (int i = 0; i < calls; i++) {
            domain = client.sites().webDomainGet(1).getString("domain");
        }
        long wall = System.nanoTime() - start;
        cpu = processCpuNanos() - cpu;
        if (domain == null) {
            throw new IllegalStateException("unexpected answer");
        }
        System.out.printf(Locale.ROOT, "calls=%d cpu_ns=%d wall_ns=%d%n", calls, cpu, wall);
    }

    private static void large(IspConfigClient client, int rounds) {
        Map<String, String> all = Map.of("email", "%");
        client.mail().userGet(all);
        double[] seconds = new double[rounds];
        int rows = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            rows = client.mail().userGet(all).size();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "calls=%d rows=%d median=%.6f peak_rss=%d%n", rounds, rows,
                seconds[rounds / 2], peakRss());
    }

    static Transport.Factory transport(String name) {
        return switch (name) {
            case "apache" -> ApacheHttpTransport::new;
            case "jdk" -> JdkHttpTransport::new;
            default -> throw new IllegalArgumentException("transport apache or jdk, not " + name);
        };
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** VmHWM of /proc/self/status, in bytes: the peak resident set size, as the PHP side reads it. */
    private static long peakRss() {
        try {
            Matcher m = Pattern.compile("^VmHWM:\\s+(\\d+) kB", Pattern.MULTILINE)
                    .matcher(Files.readString(Path.of("/proc/self/status")));
            return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
