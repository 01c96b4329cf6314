package dev.ispconfig.benchmarks;

import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapResponse;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Decoding the panel's answers with {@link SoapReader}, from bytes in memory (no HTTP). Public because JMH says so. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx2g")
public class DecodeBenchmark {

    /** Which body: see {@link Bodies}. */
    @Param({Bodies.FAULT, Bodies.WEB_DOMAIN, Bodies.FUNCTION_LIST, Bodies.MAILBOXES})
    public String body;

    /** Records in the synthetic mailbox list (10,000 ≈ 46 MB). */
    @Param("10000")
    public int records;

    private byte[] xml;

    @Setup(Level.Trial)
    public void load() {
        xml = Bodies.of(body, records);
    }

    @Benchmark
    public SoapResponse decode() throws Exception {
        return SoapReader.readResponse(new ByteArrayInputStream(xml));
    }
}
