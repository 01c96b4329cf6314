package dev.ispconfig.cli;

import dev.ispconfig.client.IspConfigClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ispconfig sites get ID}. */
@Command(name = "sites", mixinStandardHelpOptions = true, description = "Web sites.",
        subcommands = SitesCommand.Get.class)
final class SitesCommand {

    /** One web domain by id, every column (secrets masked). */
    @Command(name = "get", mixinStandardHelpOptions = true, description = "Shows one web domain by its id.")
    static final class Get implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The web domain's id (domain_id).")
        int id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            IspConfigCli cli = IspConfigCli.of(spec);
            try (IspConfigClient client = cli.connect()) {
                cli.output().record(client.sites().webDomain(id).raw());
            }
            return ExitCodes.OK;
        }
    }
}
