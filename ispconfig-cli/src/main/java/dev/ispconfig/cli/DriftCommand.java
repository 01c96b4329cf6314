package dev.ispconfig.cli;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.api.ApiDrift;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ispconfig drift}: the panel's methods against the SDK's inventory, as the health indicator reports it. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Compares the panel's remote methods with the API this SDK was generated for.")
final class DriftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IspConfigCli cli = IspConfigCli.of(spec);
        ApiDrift drift;
        try (IspConfigClient client = cli.connect()) {
            drift = ApiDrift.of(client.listFunctions());
        }
        Output out = cli.output();
        if (out.isJson()) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("inventory", drift.inventoryTag());
            answer.put("functions", drift.functions());
            answer.put("missing", drift.missing());
            answer.put("extra", drift.extra());
            out.value(answer);
        } else {
            out.text("The panel offers " + drift.functions() + " methods; this SDK knows those of ISPConfig "
                    + drift.inventoryTag() + ".");
            out.text(drift.isNone() ? "No drift." : drift.missing().size() + " missing on the panel, "
                    + drift.extra().size() + " unknown to the SDK (call them with 'ispconfig call').");
            drift.missing().forEach(name -> out.text("  - " + name));
            drift.extra().forEach(name -> out.text("  + " + name));
        }
        return ExitCodes.OK;
    }
}
