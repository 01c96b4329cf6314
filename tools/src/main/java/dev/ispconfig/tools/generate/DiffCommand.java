package dev.ispconfig.tools.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code diff <old.json> <new.json>}: what a new ISPConfig release changes in the remote API or in its forms. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compares two inventories: methods added and removed; parameter names and defaults, "
                + "permission, kind, module, form and dispatch changes; or two forms inventories: forms and fields "
                + "added and removed, and changed types, defaults, options, validators and filters. "
                + "Exits 0 whatever the differences.")
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
            JsonMapper mapper = JsonMapper.builder().build();
            JsonNode before = mapper.readTree(Files.readString(older));
            JsonNode after = mapper.readTree(Files.readString(newer));
            List<String> report;
            if (FormsDiff.isForms(before) && FormsDiff.isForms(after)) {
                report = FormsDiff.compare(before, after);
            } else if (FormsDiff.isForms(before) || FormsDiff.isForms(after)) {
                throw new GenerationException("one file is a forms inventory, the other a method inventory");
            } else {
                report = InventoryDiff.compare(Inventory.read(older), Inventory.read(newer));
            }
            report.forEach(spec.commandLine().getOut()::println);
            return 0;
        } catch (IOException | GenerationException | JacksonException e) {
            spec.commandLine().getErr().println("diff: " + e.getMessage());
            return 1;
        }
    }
}
