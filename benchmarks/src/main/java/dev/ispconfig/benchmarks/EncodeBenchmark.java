package dev.ispconfig.benchmarks;

import dev.ispconfig.client.soap.SoapWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Encoding a typical write: {@code sites_web_domain_add(session, client_id, params)}. Public because JMH says so. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EncodeBenchmark {

    static final String NAMESPACE = "https://panel.example.com:8080/remote/";

    private final List<Object> arguments = List.of("g3d0202bd9ff33a90de86f0fb763ccc3387181eb4", 1,
            Bodies.webDomainParams());

    @Benchmark
    public byte[] encode() {
        return SoapWriter.request(EncodeBenchmark.NAMESPACE, "sites_web_domain_add", arguments);
    }
}
