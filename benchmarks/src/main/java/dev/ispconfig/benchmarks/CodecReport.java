package dev.ispconfig.benchmarks;

import dev.ispconfig.client.soap.SoapWriter;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the codec benchmarks with JMH's GC profiler and prints what issue 7 asks for: ns/op, MB/s and bytes allocated
 * per byte of XML. Takes JMH's own command line options ({@code -f 1 -wi 3 -i 5 -p records=1000} …).
 */
final class CodecReport {

    private CodecReport() {
    }

    public static void main(String[] args) throws Exception {
        run(new CommandLineOptions(args), System.out);
    }

    static void run(Options commandLine, PrintStream out) throws Exception {
        Options options = new OptionsBuilder().parent(commandLine)
                .include(DecodeBenchmark.class.getName() + "|" + EncodeBenchmark.class.getName())
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        out.println();
        out.println("| benchmark | body | bytes of XML | ns/op | MB/s | bytes allocated/op | allocated per byte of XML |");
        out.println("|---|---|---:|---:|---:|---:|---:|");
        for (RunResult run : results) {
            BenchmarkResult aggregate = run.getAggregatedResult();
            String benchmark = run.getParams().getBenchmark();
            boolean decode = benchmark.endsWith("decode");
            String body = decode ? run.getParams().getParam("body") : "sites_web_domain_add request";
            int records = decode ? Integer.parseInt(run.getParams().getParam("records")) : 0;
            long bytes = decode ? Bodies.of(body, records).length : encodedLength();
            double nanos = aggregate.getPrimaryResult().getScore();
            Result<?> alloc = aggregate.getSecondaryResults().get("gc.alloc.rate.norm");
            double allocated = alloc == null ? Double.NaN : alloc.getScore();
            String label = Bodies.MAILBOXES.equals(body) ? body + " (" + records + ")" : body;
            out.printf(Locale.ROOT, "| %s | %s | %,d | %,.0f | %,.1f | %,.0f | %.2f |%n",
                    decode ? "decode" : "encode", label, bytes, nanos, bytes * 1e3 / nanos, allocated,
                    allocated / bytes);
        }
    }

    private static int encodedLength() {
        return SoapWriter.request("https://panel.example.com:8080/remote/", "sites_web_domain_add",
                List.of("g3d0202bd9ff33a90de86f0fb763ccc3387181eb4", 1, Bodies.webDomainParams())).length;
    }
}
