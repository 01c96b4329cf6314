package dev.ispconfig.tools.extract;

import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes an inventory as JSON: fields in the README's order, 2-space indentation, {@code \n}, trailing newline. */
final class InventoryWriter {

    static final String GENERATED_BY = "ispconfig-tools extract";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private InventoryWriter() {
    }

    static String json(ExtractedInventory inventory) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tag", inventory.tag());
        root.put("commit", inventory.commit());
        root.put("generated_by", GENERATED_BY);
        ArrayNode methods = root.putArray("methods");
        for (ApiMethod m : inventory.methods()) {
            ObjectNode node = methods.addObject();
            node.put("name", m.name());
            node.put("php_file", m.phpFile());
            node.put("line", m.line());
            node.put("class", m.declaringClass());
            node.put("dispatch_class", m.dispatchClass());
            ArrayNode params = node.putArray("params");
            for (PhpParam p : m.params()) {
                params.addObject().put("name", p.name()).put("default", p.defaultText());
            }
            putStrings(node, "perm", m.perm());
            putStrings(node, "tform", m.tform());
            putStrings(node, "tform_read", m.tformRead());
            if (!m.fills().isEmpty()) {
                ObjectNode fills = node.putObject("fills");
                m.fills().forEach(fills::put);
            }
            node.put("kind", m.kind());
            node.put("module", m.module());
        }
        return pretty(root);
    }

    /** The inventories' layout: 2-space indentation, {@code "name": value}, {@code \n}, a trailing newline. */
    static String pretty(JsonNode root) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return MAPPER.writer().with(printer).writeValueAsString(root) + "\n";
    }

    /** No value → null, one → a string, several → a list (as the README specifies for {@code perm}). */
    private static void putStrings(ObjectNode node, String field, List<String> values) {
        if (values.isEmpty()) {
            node.putNull(field);
        } else if (values.size() == 1) {
            node.put(field, values.get(0));
        } else {
            values.forEach(node.putArray(field)::add);
        }
    }
}
