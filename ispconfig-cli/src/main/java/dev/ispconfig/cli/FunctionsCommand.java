package dev.ispconfig.cli;

import dev.ispconfig.client.IspConfigClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ispconfig functions}: the panel's {@code get_function_list}. */
@Command(name = "functions", mixinStandardHelpOptions = true,
        description = "Lists the remote methods the panel offers (needs the remote user's 'Server functions').")
final class FunctionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IspConfigCli cli = IspConfigCli.of(spec);
        try (IspConfigClient client = cli.connect()) {
            cli.output().value(client.listFunctions().stream().filter(name -> !name.equals("__construct")).toList());
        }
        return ExitCodes.OK;
    }
}
