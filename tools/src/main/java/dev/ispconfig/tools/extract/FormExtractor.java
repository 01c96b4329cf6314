package dev.ispconfig.tools.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the forms the remote API writes and reads through: PHP itself evaluates each form definition with stand-ins
 * for the panel ({@code forms.php}, ours), the schema dump gives each table's columns, the method inventory the
 * methods that use each form. The forms inventory format is described in {@code inventory/README.md}.
 */
final class FormExtractor {

    static final String GENERATED_BY = "ispconfig-tools extract-forms";
    static final String GLOBAL_CONFIG = "install/tpl/system.ini.master";
    static final String LANGUAGES = "interface/lib/lang";
    static final String THEMES = "interface/web/themes";
    private static final String FORM_PREFIX = "../";
    private static final long PHP_TIMEOUT_SECONDS = 120;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private FormExtractor() {
    }

    /** The forms inventory of {@code tree}, whose methods are {@code methods}; {@code php} is the PHP command. */
    static ObjectNode extract(SourceTree tree, ExtractedInventory methods, String php) throws IOException {
        Map<String, List<String>> usedBy = usedBy(methods);
        ObjectNode input = MAPPER.createObjectNode();
        ObjectNode sources = input.putObject("forms");
        for (String form : usedBy.keySet()) {
            // The tree maps bytes 1:1 to chars; PHP gets the file's bytes as they are (some forms hold UTF-8).
            byte[] bytes = tree.read(file(form)).getBytes(StandardCharsets.ISO_8859_1);
            sources.put(form, Base64.getEncoder().encodeToString(bytes));
        }
        input.put("config", tree.read(GLOBAL_CONFIG));
        tree.list(LANGUAGES).stream().filter(name -> name.endsWith(".lng")).sorted()
                .forEach(name -> input.withArray("languages").add(name.substring(0, name.length() - 4)));
        tree.list(THEMES).stream().filter(name -> !name.startsWith(".")).sorted()
                .forEach(input.withArray("themes")::add);
        JsonNode evaluated = runPhp(php, MAPPER.writeValueAsBytes(input));
        Map<String, Map<String, String>> tables = SqlSchema.tables(tree.read(SqlSchema.FILE));

        ObjectNode root = MAPPER.createObjectNode();
        root.put("tag", methods.tag());
        root.put("commit", methods.commit());
        root.put("generated_by", GENERATED_BY);
        ObjectNode forms = root.putObject("forms");
        for (Map.Entry<String, List<String>> entry : usedBy.entrySet()) {
            String form = entry.getKey();
            JsonNode facts = evaluated.get(form);
            if (facts == null) {
                throw new IOException("PHP answered nothing for " + form);
            }
            ObjectNode node = forms.putObject(form);
            node.put("file", file(form));
            for (String key : List.of("db_table", "db_table_idx", "auth", "db_history", "tabs")) {
                node.set(key, facts.get(key));
            }
            entry.getValue().forEach(node.putArray("used_by")::add);
            node.set("fields", facts.get("fields"));
            ObjectNode columns = node.putObject("db_columns");
            tables.getOrDefault(facts.path("db_table").asString(""), Map.of()).forEach(columns::put);
        }
        return root;
    }

    /** Each form file the methods name (written or read through), sorted, with its methods in inventory order. */
    static Map<String, List<String>> usedBy(ExtractedInventory methods) {
        Map<String, List<String>> usedBy = new LinkedHashMap<>();
        for (String form : new TreeSet<>(methods.methods().stream()
                .flatMap(m -> java.util.stream.Stream.concat(m.tform().stream(), m.tformRead().stream()))
                .toList())) {
            usedBy.put(form, new ArrayList<>());
        }
        for (ApiMethod method : methods.methods()) {
            java.util.stream.Stream.concat(method.tform().stream(), method.tformRead().stream()).distinct()
                    .forEach(form -> usedBy.get(form).add(method.name()));
        }
        return usedBy;
    }

    /** {@code ../dns/form/dns_a.tform.php}, as the remote API names it, to its path in the source tree. */
    static String file(String form) {
        if (!form.startsWith(FORM_PREFIX)) {
            throw new IllegalArgumentException("not a form path relative to interface/web/<module>: " + form);
        }
        return Extractor.WEB + "/" + form.substring(FORM_PREFIX.length());
    }

    private static JsonNode runPhp(String php, byte[] input) throws IOException {
        Path script = Files.createTempFile("ispconfig-forms", ".php");
        Path errors = Files.createTempFile("ispconfig-forms", ".err");
        try (InputStream harness = FormExtractor.class.getResourceAsStream("forms.php")) {
            if (harness == null) {
                throw new IOException("forms.php is missing from the tools jar");
            }
            Files.write(script, harness.readAllBytes());
            Process process;
            try {
                process = new ProcessBuilder(php, "-n", "-d", "memory_limit=512M", script.toString())
                        .redirectError(errors.toFile())
                        .start();
            } catch (IOException e) {
                throw new IOException("cannot run '" + php + "' (PHP 7.4 or newer is needed to read the forms; "
                        + "--php names another): " + e.getMessage(), e);
            }
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input);
            }
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(PHP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("PHP did not finish reading the forms within " + PHP_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("PHP failed reading the forms (exit " + process.exitValue() + "): "
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            return MAPPER.readTree(output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while PHP read the forms", e);
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(errors);
        }
    }
}
