package dev.ispconfig.tools.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code extract-forms (--source <dir> | --git-dir <dir> --tag <tag>) --out <file>}: writes a forms inventory. */
@Command(name = "extract-forms", mixinStandardHelpOptions = true,
        description = "Extracts the forms the remote API reads and writes through (fields, types, defaults, "
                + "validators, select options) from ISPConfig's PHP sources. Needs PHP: the form definitions are "
                + "PHP code, evaluated with stand-ins for the panel.")
public final class ExtractFormsCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions sources;

    @Option(names = "--out", required = true, paramLabel = "<file>",
            description = "The forms inventory JSON to write, for example inventory/forms-3.2.12.json.")
    private Path out;

    @Option(names = "--php", paramLabel = "<command>", defaultValue = "php",
            description = "The PHP command line interpreter (default: ${DEFAULT-VALUE}).")
    private String php;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        SourceTree tree = sources.tree(spec);
        PrintWriter err = spec.commandLine().getErr();
        ObjectNode forms;
        try {
            forms = FormExtractor.extract(tree, Extractor.extract(tree, sources.label()), php);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, InventoryWriter.pretty(forms), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("extract-forms: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
        spec.commandLine().getOut().println("extract-forms: " + forms.get("forms").size() + " forms of "
                + sources.label() + " written to " + out);
        return 0;
    }
}
