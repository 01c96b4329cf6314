package dev.ispconfig.benchmarks;

import dev.ispconfig.client.IspConfigClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Peak heap of one large answer, measured in a JVM of its own so the server's copy of the body does not count: the
 * smallest {@code -Xmx} that still fetches and decodes it, and the heap the decoded rows retain afterwards.
 */
final class HeapProbe {

    private static final int GENEROUS_MB = 2048;

    private HeapProbe() {
    }

    /** Run in the child JVM: fetch and decode the large answer once, print what the heap held. */
    public static void main(String[] args) {
        try (IspConfigClient client = IspConfigClient.builder().url(args[0]).username("bench").password("secret")
                .build()) {
            client.call("sites_web_domain_get", 1); // logs in, loads the classes
            long before = usedAfterGc();
            resetPeaks();
            Object rows = client.call("mail_user_get", OurSide.ALL_MAILBOXES);
            long peak = heapPeaks();
            long retained = usedAfterGc() - before;
            System.out.println("ok rows=" + ((List<?>) rows).size() + " retained=" + retained + " poolPeaks=" + peak);
            Reference.reachabilityFence(rows);
        }
    }

    /** What the parent learns: bytes, or -1 where a run failed. */
    record Result(long retainedBytes, long poolPeakBytes, int smallestXmxMb, int largestFailingXmxMb) {
    }

    /** Binary search over {@code -Xmx} in 8 MB steps between the retained size and a generous heap. */
    static Result measure(String url, int searchSteps) throws IOException, InterruptedException {
        String generous = run(url, GENEROUS_MB);
        if (generous == null || !generous.contains("ok ")) {
            throw new IllegalStateException("the large answer does not even decode in " + GENEROUS_MB + " MB: "
                    + generous);
        }
        long retained = value(generous, "retained");
        long poolPeaks = value(generous, "poolPeaks");
        int low = (int) Math.max(8, retained >> 20); // cannot fit in less than the rows themselves
        int high = GENEROUS_MB;
        int failing = -1;
        for (int step = 0; step < searchSteps && high - low > 8; step++) {
            int mid = (low + high) / 2 / 8 * 8;
            String out = run(url, mid);
            if (out != null && out.contains("ok ")) {
                high = mid;
            } else {
                low = mid;
                failing = mid;
            }
        }
        return new Result(retained, poolPeaks, high, failing);
    }

    /** The child's output, or null when it ran out of heap (or time). */
    private static String run(String url, int xmxMb) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + xmxMb + "m", "-Xms" + Math.min(xmxMb, 64) + "m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(), url));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return null;
        }
        return p.exitValue() == 0 ? out : null;
    }

    private static long value(String out, String key) {
        for (String pair : out.trim().split("\\s+")) {
            if (pair.startsWith(key + "=")) {
                return Long.parseLong(pair.substring(key.length() + 1));
            }
        }
        throw new IllegalStateException("no " + key + " in: " + out);
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks: an upper bound, since the pools need not peak at the same moment. */
    private static long heapPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
