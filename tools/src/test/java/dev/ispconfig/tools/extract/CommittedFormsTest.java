package dev.ispconfig.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed forms inventories ({@code inventory/forms-<version>.json}): their totals, their agreement with the
 * independent reference extraction in {@code ../shared/ispconfig/reference} when that folder exists, and, with
 * {@code -Dispconfig.git-dir=<ISPConfig git dir>} and PHP, that they are what the extractor makes of the tag.
 */
class CommittedFormsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path INVENTORIES = BASEDIR.resolve("../inventory").normalize();
    private static final Path REFERENCE = BASEDIR.resolve("../../shared/ispconfig/reference").normalize();
    /** The columns every ISPConfig table has for its permissions; the reference leaves them out, as the index. */
    private static final Set<String> PERMISSION_COLUMNS = Set.of("sys_userid", "sys_groupid", "sys_perm_user",
            "sys_perm_group", "sys_perm_other");

    private static JsonNode read(Path file) throws IOException {
        return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static JsonNode committed(String version) throws IOException {
        return read(INVENTORIES.resolve("forms-" + version + ".json"));
    }

    private static Map<String, Integer> validatorTypes(JsonNode forms) {
        Map<String, Integer> types = new TreeMap<>();
        for (JsonNode form : forms.values()) {
            for (JsonNode field : form.get("fields").values()) {
                field.path("validators").values().forEach(v -> types.merge(v.get("type").stringValue(), 1, Integer::sum));
            }
        }
        return types;
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.2.11p2", "3.2.12"})
    void theCommittedFormsHaveTheirTotals(String version) throws IOException {
        JsonNode inventory = committed(version);
        assertThat(inventory.get("tag").stringValue()).isEqualTo("v" + version);
        assertThat(inventory.get("commit").stringValue()).matches("[0-9a-f]{40}");
        assertThat(inventory.get("generated_by").stringValue()).isEqualTo(FormExtractor.GENERATED_BY);
        JsonNode forms = inventory.get("forms");
        assertThat(forms.size()).isEqualTo(57);
        int fields = 0;
        int defaults = 0;
        int dynamic = 0;
        for (JsonNode form : forms.values()) {
            fields += form.get("fields").size();
            for (JsonNode field : form.get("fields").values()) {
                defaults += field.has("default") ? 1 : 0;
                dynamic += field.has("default_dynamic") ? 1 : 0;
            }
            assertThat(form.get("used_by").isEmpty()).isFalse();
            assertThat(form.get("db_columns").isEmpty()).as("%s has its table's columns", form.get("file")).isFalse();
        }
        boolean v3212 = version.equals("3.2.12");
        assertThat(fields).isEqualTo(v3212 ? 831 : 829);
        assertThat(defaults).isEqualTo(v3212 ? 382 : 380);
        assertThat(dynamic).as("three dates of today, one random password, 19 DNS zones from the request")
                .isEqualTo(23);
        assertThat(validatorTypes(forms)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("CUSTOM", 58),
                Map.entry("ISDATETIME", 2), Map.entry("ISDOMAIN", 2), Map.entry("ISEMAIL", 8),
                Map.entry("ISEMAILADDRESS", 4), Map.entry("ISINT", 75), Map.entry("ISIP", 3), Map.entry("ISIPV4", 1),
                Map.entry("ISIPV6", 1), Map.entry("ISPOSITIVE", 1), Map.entry("NOTEMPTY", 123), Map.entry("RANGE", 23),
                Map.entry("REGEX", 79), Map.entry("UNIQUE", 17)));
    }

    @Test
    void theCommittedFormsAgreeWithTheReference() throws IOException {
        Path referenceFile = REFERENCE.resolve("tform-schema-3.2.12.json");
        assumeTrue(Files.isRegularFile(referenceFile), "no reference extraction at " + referenceFile);
        JsonNode reference = read(referenceFile).get("forms");
        JsonNode ours = committed("3.2.12").get("forms");
        assertThat(ours.propertyNames()).containsExactlyInAnyOrderElementsOf(reference.propertyNames());

        List<String> disagreements = new ArrayList<>();
        int comparedFields = 0;
        for (String path : reference.propertyNames()) {
            JsonNode want = reference.get(path);
            JsonNode got = ours.get(path);
            for (String key : List.of("file", "db_table", "db_table_idx", "auth", "db_history", "tabs", "used_by")) {
                if (!want.get(key).equals(got.get(key))) {
                    disagreements.add(path + " " + key + ": reference " + want.get(key) + ", ours " + got.get(key));
                }
            }
            if (!new HashSet<>(want.get("fields").propertyNames()).equals(new HashSet<>(got.get("fields").propertyNames()))) {
                disagreements.add(path + " fields: reference " + want.get("fields").propertyNames() + ", ours "
                        + got.get("fields").propertyNames());
                continue;
            }
            for (String name : want.get("fields").propertyNames()) {
                comparedFields++;
                JsonNode ourField = got.get("fields").get(name);
                boolean fromRequest = ourField.path("default_dynamic").asString("").equals("request");
                JsonNode expected = comparable(want.get("fields").get(name), fromRequest);
                JsonNode actual = comparable(ourField, fromRequest);
                if (!expected.equals(actual)) {
                    disagreements.add(path + " " + name + ": reference " + expected + ", ours " + actual);
                }
            }
            List<String> notInForm = new ArrayList<>();
            for (String column : got.get("db_columns").propertyNames()) {
                if (!got.get("fields").has(column) && !column.equals(got.get("db_table_idx").stringValue())
                        && !PERMISSION_COLUMNS.contains(column)
                        && !column.contains("-")) { // the reference's column pattern stops at a hyphen
                    notInForm.add(column);
                }
            }
            List<String> expectedNotInForm = want.get("db_columns_not_in_form").values().stream()
                    .map(JsonNode::stringValue).toList();
            if (!notInForm.equals(expectedNotInForm)) {
                disagreements.add(path + " columns not in the form: reference " + expectedNotInForm + ", ours "
                        + notInForm);
            }
        }
        assertThat(disagreements).as("disagreements with %s", referenceFile).isEmpty();
        assertThat(comparedFields).isEqualTo(831);
    }

    /**
     * A field with what may differ without meaning anything: validator keys and select options in any order (the
     * languages come from a directory listing); a default of today's date as the reference ran on its day; a default
     * read from the request, which the reference evaluated for an empty one (the zone of a DNS record: 0).
     */
    private static JsonNode comparable(JsonNode field, boolean fromRequest) {
        ObjectNode copy = (ObjectNode) field.deepCopy();
        if (fromRequest) {
            copy.remove("default");
        }
        if (copy.has("default_dynamic") && copy.get("default_dynamic").stringValue().equals("today")) {
            copy.remove("default_dynamic");
            copy.put("default", "<today>");
        } else if (copy.path("default").isString() && copy.get("default").stringValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
            copy.put("default", "<today>");
        }
        copy.remove("default_dynamic"); // random password: the reference has no default
        if (copy.path("value").isObject()) {
            copy.set("value", sorted(copy.get("value")));
        }
        if (copy.has("validators")) {
            List<JsonNode> validators = new ArrayList<>();
            copy.get("validators").values().forEach(v -> validators.add(sorted(v)));
            copy.putArray("validators").addAll(validators);
        }
        return copy;
    }

    private static JsonNode sorted(JsonNode object) {
        ObjectNode sorted = MAPPER.createObjectNode();
        new TreeMap<String, JsonNode>(object.properties().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).forEach(sorted::set);
        return sorted;
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.2.11p2", "3.2.12"})
    void theCommittedFormsAreWhatTheExtractorMakesOfTheTag(String version) throws IOException {
        String gitDir = System.getProperty("ispconfig.git-dir");
        assumeTrue(gitDir != null && !gitDir.isBlank(), "set -Dispconfig.git-dir to re-extract the tags");
        Php.assumeAvailable();
        String tag = "v" + version;
        GitSource tree = new GitSource(Path.of(gitDir), tag);
        String fresh = InventoryWriter.pretty(FormExtractor.extract(tree, Extractor.extract(tree, tag), "php"));
        assertThat(INVENTORIES.resolve("forms-" + version + ".json")).content(StandardCharsets.UTF_8).isEqualTo(fresh);
    }
}
