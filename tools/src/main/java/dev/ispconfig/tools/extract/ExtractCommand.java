package dev.ispconfig.tools.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code extract (--source <dir> | --git-dir <dir> --tag <tag>) --out <file>}: writes a method inventory. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the remote API method inventory from ISPConfig's PHP sources.")
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "<dir>",
            description = "The root of an ISPConfig source tree (the folder holding interface/).")
    private Path source;

    @Option(names = "--git-dir", paramLabel = "<dir>",
            description = "A git directory (bare or .git) of ISPConfig; needs --tag.")
    private Path gitDir;

    @Option(names = "--tag", paramLabel = "<tag>",
            description = "The tag to read from --git-dir, for example v3.2.12. With --source only the label written "
                    + "to the inventory (default: the folder's name).")
    private String tag;

    @Option(names = "--out", required = true, paramLabel = "<file>",
            description = "The inventory JSON to write, for example inventory/inventory-3.2.12.json.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if ((source == null) == (gitDir == null)) {
            throw new ParameterException(spec.commandLine(), "give either --source or --git-dir");
        }
        if (gitDir != null && tag == null) {
            throw new ParameterException(spec.commandLine(), "--git-dir needs --tag");
        }
        SourceTree tree = source != null ? new FolderSource(source) : new GitSource(gitDir, tag);
        String label = tag != null ? tag : label(source);
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

    /** A source folder without --tag is labelled by its name, for example {@code ispconfig3_install}. */
    private static String label(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name != null ? name.toString() : folder.toString();
    }
}
