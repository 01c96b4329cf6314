package dev.ispconfig.cli;

import dev.ispconfig.client.IspConfigClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ispconfig call METHOD [ARG…]}: any remote method, arguments as JSON, the answer as JSON. */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = {"Calls any remote method; the session id is added for you.",
                "Each argument is JSON when it parses as JSON ('{\"email\":\"%@example.com\"}', 5, true), else "
                        + "text (example.com); to send the text 5, write '\"5\"'. Secret columns print as ****."})
final class CallCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "METHOD", description = "The remote method, e.g. mail_user_get.")
    String method;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "Its arguments after the session id, in order.")
    List<String> arguments = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IspConfigCli cli = IspConfigCli.of(spec);
        @Nullable Object[] values = arguments.stream().map(Json::argument).toArray();
        try (IspConfigClient client = cli.connect()) {
            cli.output().value(client.call(method, values));
        }
        return ExitCodes.OK;
    }
}
