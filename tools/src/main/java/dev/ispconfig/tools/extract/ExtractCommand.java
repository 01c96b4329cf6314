package dev.ispconfig.tools.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code extract (--source <dir> | --git-dir <dir> --tag <tag>) --out <file>}: writes a method inventory. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the remote API method inventory from ISPConfig's PHP sources.")
public final class ExtractCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions sources;

    @Option(names = "--out", required = true, paramLabel = "<file>",
            description = "The inventory JSON to write, for example inventory/inventory-3.2.12.json.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        SourceTree tree = sources.tree(spec);
        String label = sources.label();
        PrintWriter err = spec.commandLine().getErr();
        ExtractedInventory inventory;
        try {
            inventory = Extractor.extract(tree, label);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, InventoryWriter.json(inventory), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("extract: no such file: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("extract: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
        inventory.warnings().forEach(w -> err.println("extract: warning: " + w));
        spec.commandLine().getOut().println("extract: " + inventory.methods().size() + " methods of " + label
                + " written to " + out);
        return 0;
    }
}
