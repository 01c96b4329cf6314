package dev.ispconfig.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ispconfig.client.Modules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * The committed inventories ({@code inventory/inventory-<version>.json}): their totals (the README's "The API modules" table), their agreement
 * with the independent reference inventories in {@code ../shared/ispconfig/reference} and with the live panel's
 * {@code get_function_list} capture in {@code ../shared/ispconfig/wire} when those folders exist, and,
 * when {@code -Dispconfig.git-dir=<ISPConfig git dir>} is given, that they are what the extractor makes of the tag.
 */
class CommittedInventoriesTest {

    /** The fields every API method must agree on with the reference ({@code name} is compared as the order). */
    static final List<String> FIELDS = List.of("php_file", "line", "class", "dispatch_class", "params", "perm",
            "tform", "tform_read", "kind", "module");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path INVENTORIES = BASEDIR.resolve("../inventory").normalize();
    /** The project root is the tools module's parent; {@code shared} sits beside the project root. */
    private static final Path REFERENCE = BASEDIR.resolve("../../shared/ispconfig/reference").normalize();
    /** Exact captures from a live 3.2.12 panel. */
    private static final Path WIRE = BASEDIR.resolve("../../shared/ispconfig/wire").normalize();

    private static JsonNode read(Path file) throws IOException {
        return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static JsonNode committed(String version) throws IOException {
        Path file = INVENTORIES.resolve("inventory-" + version + ".json");
        assertThat(file).as("the committed inventory").exists();
        return read(file);
    }

    /** The API methods of an inventory: the reference also lists {@code __construct} with {@code "api": false}. */
    private static List<JsonNode> apiMethods(JsonNode inventory) {
        List<JsonNode> methods = new ArrayList<>();
        for (JsonNode method : inventory.get("methods").values()) {
            if (!(method.path("api").isBoolean() && !method.path("api").booleanValue())) {
                methods.add(method);
            }
        }
        return methods;
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.2.11p2", "3.2.12"})
    void theCommittedInventoryHasTheDocumentedTotals(String version) throws IOException {
        JsonNode inventory = committed(version);
        assertThat(inventory.get("tag").stringValue()).isEqualTo("v" + version);
        assertThat(inventory.get("commit").stringValue()).matches("[0-9a-f]{40}");
        assertThat(inventory.get("generated_by").stringValue()).isEqualTo(InventoryWriter.GENERATED_BY);
        List<JsonNode> methods = apiMethods(inventory);
        assertThat(methods).hasSize(312);
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> modules = new TreeMap<>();
        for (JsonNode m : methods) {
            kinds.merge(m.get("kind").stringValue(), 1, Integer::sum);
            modules.merge(m.get("module").stringValue(), 1, Integer::sum);
            assertThat(m.get("module").stringValue()).isEqualTo(Modules.of(m.get("name").stringValue()));
        }
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(
                Map.of("get", 106, "add", 64, "update", 69, "delete", 63, "other", 10));
        assertThat(modules).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("admin", 10),
                Map.entry("aps", 10), Map.entry("backups", 4), Map.entry("clients", 19), Map.entry("cron", 4),
                Map.entry("databases", 9), Map.entry("dns", 87), Map.entry("domains", 5), Map.entry("ftp", 5),
                Map.entry("mail", 79), Map.entry("misc", 8), Map.entry("monitor", 1), Map.entry("openvz", 22),
                Map.entry("server", 12), Map.entry("shell", 4), Map.entry("sites", 29), Map.entry("webdav", 4)));
        assertThat(methods).noneMatch(m -> m.get("name").stringValue().equals("__construct"));
        assertThat(methods.stream().filter(m -> !m.get("params").isEmpty()
                && m.get("params").get(0).get("name").stringValue().equals("session_id"))).hasSize(311);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.2.11p2", "3.2.12"})
    void theCommittedInventoryAgreesWithTheReference(String version) throws IOException {
        Path referenceFile = REFERENCE.resolve("inventory-" + version + ".json");
        assumeTrue(Files.isRegularFile(referenceFile), "no reference inventory at " + referenceFile);
        JsonNode reference = read(referenceFile);
        JsonNode ours = committed(version);
        assertThat(ours.get("commit")).isEqualTo(reference.get("commit"));

        List<JsonNode> expected = apiMethods(reference);
        List<JsonNode> actual = apiMethods(ours);
        assertThat(actual).extracting(m -> m.get("name").stringValue())
                .containsExactlyElementsOf(expected.stream().map(m -> m.get("name").stringValue()).toList());
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < expected.size(); i++) {
            for (String field : FIELDS) {
                JsonNode want = orNull(expected.get(i).get(field)); // the reference omits a null tform_read
                JsonNode got = orNull(actual.get(i).get(field));
                compared++;
                if (!want.equals(got)) {
                    disagreements.add(expected.get(i).get("name").stringValue() + "." + field + ": reference "
                            + want + ", ours " + got);
                }
            }
        }
        assertThat(disagreements).as("disagreements with %s", referenceFile).isEmpty();
        assertThat(compared).isEqualTo(312 * FIELDS.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.2.11p2", "3.2.12"})
    void theCommittedInventoryIsWhatTheExtractorMakesOfTheTag(String version) throws IOException {
        String gitDir = System.getProperty("ispconfig.git-dir");
        assumeTrue(gitDir != null && !gitDir.isBlank(), "set -Dispconfig.git-dir to re-extract the tags");
        String tag = "v" + version;
        String fresh = InventoryWriter.json(Extractor.extract(new GitSource(Path.of(gitDir), tag), tag));
        assertThat(INVENTORIES.resolve("inventory-" + version + ".json")).content(StandardCharsets.UTF_8)
                .isEqualTo(fresh);
    }

    @Test
    void theOrderIsTheOneTheLivePanelsGetFunctionListReturned() throws IOException {
        Path capture = WIRE.resolve("soap-02-get_function_list.response.xml");
        assumeTrue(Files.isRegularFile(capture), "no live capture at " + capture);
        List<String> live = new ArrayList<>();
        Matcher item = Pattern.compile("<item[^>]*>([^<]*)</item>").matcher(Files.readString(capture));
        while (item.find()) {
            live.add(item.group(1));
        }
        assertThat(live).hasSize(313).contains("__construct");
        live.remove("__construct");
        assertThat(apiMethods(committed("3.2.12"))).extracting(m -> m.get("name").stringValue())
                .containsExactlyElementsOf(live);
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }
}
