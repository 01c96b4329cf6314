package dev.ispconfig.tools.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate --inventory <file> --out <dir>}: writes the generated API classes of ispconfig-core. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates the Java API (Generated*Module, ApiInventory) from a method inventory.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--inventory", required = true, paramLabel = "<file>",
            description = "The inventory JSON, for example inventory/inventory-3.2.12.json.")
    private Path inventory;

    @Option(names = "--forms", paramLabel = "<file>",
            description = "A forms inventory, for example inventory/forms-3.2.12.json: also writes the typed models "
                    + "(dev.ispconfig.client.model.*).")
    private Path forms;

    @Option(names = "--out", required = true, paramLabel = "<dir>",
            description = "ispconfig-core's src/main/java; the files go to its dev/ispconfig/client/api.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SortedMap<String, String> files;
        SortedMap<String, String> models = null;
        Path current = inventory;
        try {
            Inventory methods = Inventory.read(inventory);
            FormsInventory formsInventory = null;
            if (forms != null) {
                current = forms;
                formsInventory = FormsInventory.read(forms);
                models = ModelGenerator.generate(formsInventory, methods, forms.getFileName().toString());
            }
            current = inventory;
            files = Generator.generate(methods, formsInventory, inventory.getFileName().toString());
        } catch (IOException e) {
            err.println("generate: cannot read " + current + ": " + e);
            return 1;
        } catch (GenerationException e) {
            err.println("generate: " + current + ": " + e.getMessage());
            return 1;
        }
        Path directory = out.resolve(Generator.PACKAGE_PATH);
        int changed = write(directory, files);
        spec.commandLine().getOut().println("generate: " + files.size() + " files in " + directory + ", " + changed
                + " changed");
        if (models != null) {
            Path modelRoot = out.resolve(ModelGenerator.PACKAGE_PATH);
            int modelsChanged = writeModels(modelRoot, models);
            spec.commandLine().getOut().println("generate: " + models.size() + " files in " + modelRoot + ", "
                    + modelsChanged + " changed");
        }
        return 0;
    }

    /**
     * Writes the model files that differ and deletes every other {@code .java} file in the model packages: those
     * packages are generated whole.
     *
     * @return how many files were written or deleted
     */
    static int writeModels(Path root, Map<String, String> files) throws IOException {
        int changed = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(path) || !Arrays.equals(Files.readAllBytes(path), content)) {
                Files.write(path, content);
                changed++;
            }
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!files.containsKey(root.relativize(path).toString().replace('\\', '/'))) {
                    Files.delete(path);
                    changed++;
                }
            }
        }
        return changed;
    }

    /**
     * Writes the files that differ from what is on disk (so unchanged ones keep their timestamps) and deletes
     * {@code Generated*Module.java} files the inventory no longer produces. Hand-written files are never touched.
     *
     * @return how many files were written or deleted
     */
    static int write(Path directory, Map<String, String> files) throws IOException {
        Files.createDirectories(directory);
        int changed = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = directory.resolve(file.getKey());
            byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(path) || !Arrays.equals(Files.readAllBytes(path), content)) {
                Files.write(path, content);
                changed++;
            }
        }
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(directory, "Generated*Module.java")) {
            for (Path path : stale) {
                if (!files.containsKey(path.getFileName().toString())) {
                    Files.delete(path);
                    changed++;
                }
            }
        }
        return changed;
    }
}
