package dev.ispconfig.cli;

import dev.ispconfig.client.IspConfigClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ispconfig smoke}: the read-only smoke test of the panel. */
@Command(name = "smoke", mixinStandardHelpOptions = true,
        description = {"Makes read-only calls covering every API module (no add, update or delete: safe against",
                "production) and says what it called, skipped and why, and what failed. Exit code 9 on a failure."})
final class SmokeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IspConfigCli cli = IspConfigCli.of(spec);
        Output out = cli.output();
        Smoke.Report report;
        try (IspConfigClient client = cli.connect()) {
            report = Smoke.run(client, cli.clientLogin, result -> {
                if (!out.isJson()) {
                    out.text(String.format("%-7s %-10s %-34s %s%s", result.status(), result.module(), result.method(),
                            result.detail(), result.status() == Smoke.Status.SKIPPED ? "" : " (" + result.millis()
                                    + " ms)"));
                }
            });
        }
        if (out.isJson()) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("passed", report.passed());
            answer.put("ok", report.count(Smoke.Status.OK));
            answer.put("skipped", report.count(Smoke.Status.SKIPPED));
            answer.put("failed", report.count(Smoke.Status.FAILED));
            answer.put("results", report.results().stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("module", r.module());
                row.put("method", r.method());
                row.put("status", r.status().name());
                row.put("detail", r.detail());
                row.put("millis", r.millis());
                return row;
            }).toList());
            out.value(answer);
        } else {
            out.text(String.format("%d ok, %d skipped, %d failed; modules called: %d of 17", report.count(Smoke.Status.OK),
                    report.count(Smoke.Status.SKIPPED), report.count(Smoke.Status.FAILED), report.modulesCalled().size()));
        }
        return report.passed() ? ExitCodes.OK : ExitCodes.SMOKE_FAILED;
    }

}
