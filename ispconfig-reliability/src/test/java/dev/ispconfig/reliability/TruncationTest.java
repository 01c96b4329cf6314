package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ispconfig.client.soap.SoapFormatException;
import dev.ispconfig.client.soap.SoapReader;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every capture of the live panel, cut at every byte offset, into the reader. A cut body must fail with a
 * {@link SoapFormatException}; the only cuts that may read are those after the decoded part is complete (the reader
 * stops at the end of {@code <return>}, of the Fault or of the call), and they must read to exactly what the whole
 * capture reads to: nothing lost, nothing invented.
 */
class TruncationTest {

    private static final AtomicLong CUTS = new AtomicLong();
    private static final AtomicLong BYTES = new AtomicLong();
    private static final AtomicLong MAX_ALLOCATED = new AtomicLong();

    static java.util.List<String> captures() {
        return Captures.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aCaptureCutAtEveryOffsetFailsTypedOrReadsWhole(String capture) throws Exception {
        byte[] whole = Captures.get(capture);
        Object expected = parse(capture, whole);
        long start = System.nanoTime();
        int[] readable = new int[1];
        long[] maxAllocated = new long[1];
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int cut = 0; cut < whole.length; cut++) {
                byte[] prefix = Arrays.copyOf(whole, cut);
                long before = Measure.allocatedByThisThread();
                Object value;
                try {
                    value = parse(capture, prefix);
                } catch (SoapFormatException e) {
                    value = null;
                }
                maxAllocated[0] = Math.max(maxAllocated[0], Measure.allocatedByThisThread() - before);
                if (value != null) {
                    readable[0]++;
                    assertThat(value).as("%s cut at %d of %d", capture, cut, whole.length).isEqualTo(expected);
                }
                Figures.tried(cut);
                BYTES.addAndGet(cut);
            }
        }, capture);
        CUTS.addAndGet(whole.length);
        MAX_ALLOCATED.accumulateAndGet(maxAllocated[0], Math::max);
        assertThat(maxAllocated[0]).as("largest allocation of one cut parse").isLessThan(4L * 1024 * 1024);
        Figures.line(String.format(Locale.ROOT, "cut %-48s %,6d offsets, %,3d read whole (cut after the value), "
                        + "rest SoapFormatException, %,7.1f ms, max allocation %,d B", capture, whole.length,
                readable[0], (System.nanoTime() - start) / 1e6, maxAllocated[0]));
    }

    private static Object parse(String capture, byte[] bytes) throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return Captures.isRequest(capture) ? SoapReader.readRequest(in) : SoapReader.readResponse(in);
    }

    @AfterAll
    static void summary() {
        Figures.line(String.format(Locale.ROOT, "cut total: %,d cut bodies, %,d bytes, max allocation of one parse %,d B",
                CUTS.get(), BYTES.get(), MAX_ALLOCATED.get()));
        Figures.total(TruncationTest.class.getSimpleName());
    }
}
