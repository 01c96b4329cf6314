package dev.ispconfig.tools.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff <old.json> <new.json>}: what a new ISPConfig release changes in the remote API. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compares two inventories: methods added and removed; parameter names and defaults, "
                + "permission, kind, module, form and dispatch changes. Exits 0 whatever the differences.")
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<old.json>", description = "The older inventory.")
    private Path older;

    @Parameters(index = "1", paramLabel = "<new.json>", description = "The newer inventory.")
    private Path newer;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try {
            InventoryDiff.compare(Inventory.read(older), Inventory.read(newer))
                    .forEach(spec.commandLine().getOut()::println);
            return 0;
        } catch (IOException | GenerationException e) {
            spec.commandLine().getErr().println("diff: " + e.getMessage());
            return 1;
        }
    }
}
