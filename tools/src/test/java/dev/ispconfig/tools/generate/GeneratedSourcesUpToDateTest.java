package dev.ispconfig.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** The committed generated sources are exactly what the generator makes of the committed inventory. */
class GeneratedSourcesUpToDateTest {

    private static final String INVENTORY = "inventory-3.2.12.json";
    private static final String FORMS = "forms-3.2.12.json";

    private final Path basedir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private final Path inventory = basedir.resolve("../inventory").resolve(INVENTORY).normalize();
    private final Path api = basedir.resolve("../ispconfig-core/src/main/java").resolve(Generator.PACKAGE_PATH)
            .normalize();

    @Test
    void theCommittedGeneratedSourcesMatchTheCommittedInventory() throws IOException {
        assertThat(inventory).as("the committed inventory").exists();
        Inventory read = Inventory.read(inventory);
        SortedMap<String, String> expected = Generator.generate(read,
                FormsInventory.read(basedir.resolve("../inventory").resolve(FORMS).normalize()), INVENTORY);
        String regenerate = "regenerate with " + Generator.regenerateCommand(read.tag()) + " (or: java -jar"
                + " tools/target/ispconfig-tools.jar generate --inventory inventory/" + INVENTORY
                + " --out ispconfig-core/src/main/java)";

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : expected.entrySet()) {
            Path path = api.resolve(file.getKey());
            if (!Files.exists(path)) {
                problems.add(file.getKey() + " is missing");
            } else {
                String actual = Files.readString(path, StandardCharsets.UTF_8);
                if (!actual.equals(file.getValue())) {
                    problems.add(file.getKey() + " differs from line " + firstDifference(actual, file.getValue()));
                }
            }
        }
        try (DirectoryStream<Path> generated = Files.newDirectoryStream(api, "Generated*Module.java")) {
            for (Path path : generated) {
                if (!expected.containsKey(path.getFileName().toString())) {
                    problems.add(path.getFileName() + " is generated from no module of the inventory");
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("The generated API in " + api + " is not what the generator makes of " + inventory + ": "
                    + String.join("; ", problems) + ". Do not edit generated files; " + regenerate + ".");
        }
    }

    @Test
    void theCommittedModelsMatchTheCommittedFormsInventory() throws IOException {
        Path forms = basedir.resolve("../inventory").resolve(FORMS).normalize();
        Path models = basedir.resolve("../ispconfig-core/src/main/java").resolve(ModelGenerator.PACKAGE_PATH)
                .normalize();
        SortedMap<String, String> expected = ModelGenerator.generate(FormsInventory.read(forms),
                Inventory.read(basedir.resolve("../inventory").resolve(INVENTORY).normalize()), FORMS);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : expected.entrySet()) {
            Path path = models.resolve(file.getKey());
            if (!Files.exists(path)) {
                problems.add(file.getKey() + " is missing");
            } else if (!Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
                problems.add(file.getKey() + " differs from line "
                        + firstDifference(Files.readString(path, StandardCharsets.UTF_8), file.getValue()));
            }
        }
        try (var walk = Files.walk(models)) {
            walk.filter(path -> path.toString().endsWith(".java"))
                    .map(path -> models.relativize(path).toString().replace('\\', '/'))
                    .filter(file -> !expected.containsKey(file))
                    .forEach(file -> problems.add(file + " is generated from no form of the inventory"));
        }
        if (!problems.isEmpty()) {
            fail("The typed models in " + models + " are not what the generator makes of " + forms + ": "
                    + String.join("; ", problems) + ". Do not edit generated files; regenerate with "
                    + "tools/regenerate.sh (or: java -jar tools/target/ispconfig-tools.jar generate --inventory "
                    + "inventory/" + INVENTORY + " --forms inventory/" + FORMS + " --out ispconfig-core/src/main/java).");
        }
    }

    private static int firstDifference(String actual, String expected) {
        List<String> a = actual.lines().toList();
        List<String> b = expected.lines().toList();
        int line = 0;
        while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
            line++;
        }
        return line + 1;
    }

    @Test
    void everyModuleHasItsHandWrittenClass() {
        JavaNames.MODULES.forEach(module -> assertThat(api.resolve(Generator.handClass(module) + ".java"))
                .as("the hand-written %s, which the generator never writes", Generator.handClass(module)).exists()
                .content().contains("extends " + Generator.generatedClass(module)));
    }
}
