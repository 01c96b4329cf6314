package dev.ispconfig.tools.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A forms inventory ({@code inventory/forms-<tag>.json}, format in {@code inventory/README.md}) as the generator reads it. */
record FormsInventory(String tag, List<Form> forms) {

    record Form(String path, String table, String idColumn, List<String> usedBy, List<Field> fields,
            Map<String, String> columns) {

        /** The panel module of the form: {@code ../dns/form/dns_a.tform.php} → {@code dns}. */
        String module() {
            return path.split("/")[1];
        }

        /** The file's stem: {@code dns_a}. */
        String stem() {
            String file = path.substring(path.lastIndexOf('/') + 1);
            return file.substring(0, file.indexOf('.'));
        }
    }

    record Field(String name, String datatype, String formtype, String defaultValue, String defaultDynamic,
            Map<String, String> options, boolean optionsListed, int maxLength, List<Check> validators,
            List<String> filters, String separator, String datasource, boolean configGated) {
    }

    /** A validator: type, error key, argument (regex, range, custom function), allowempty, separator. */
    record Check(String type, String errorKey, String argument, boolean allowEmpty, String separator) {
    }

    static FormsInventory read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static FormsInventory parse(String json) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            throw new GenerationException("the forms inventory is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("forms").isObject()) {
            throw new GenerationException("not a forms inventory: no \"forms\" object");
        }
        List<Form> forms = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.get("forms").properties()) {
            JsonNode form = entry.getValue();
            List<Field> fields = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : form.path("fields").properties()) {
                fields.add(field(field.getKey(), field.getValue()));
            }
            Map<String, String> columns = new LinkedHashMap<>();
            form.path("db_columns").properties().forEach(c -> columns.put(c.getKey(), c.getValue().asString()));
            List<String> usedBy = form.path("used_by").values().stream().map(JsonNode::asString).toList();
            forms.add(new Form(entry.getKey(), text(form, "db_table"), text(form, "db_table_idx"), usedBy, fields,
                    columns));
        }
        return new FormsInventory(root.path("tag").asString(""), forms);
    }

    private static Field field(String name, JsonNode node) {
        Map<String, String> options = new LinkedHashMap<>();
        JsonNode value = node.path("value");
        boolean listed = value.isArray();
        if (value.isObject()) {
            value.properties().forEach(option -> options.put(option.getKey(), scalar(option.getValue())));
        } else if (value.isArray()) {
            int index = 0;
            for (JsonNode option : value.values()) {
                options.put(Integer.toString(index++), scalar(option));
            }
        }
        List<Check> checks = new ArrayList<>();
        for (JsonNode check : node.path("validators").values()) {
            String type = text(check, "type");
            String argument = check.has("regex") ? text(check, "regex") : check.has("range") ? text(check, "range")
                    : check.has("function") ? text(check, "class") + "::" + text(check, "function") : null;
            checks.add(new Check(type, text(check, "errmsg"), argument, "y".equals(text(check, "allowempty")),
                    text(check, "separator")));
        }
        List<String> filters = node.path("filters").values().stream().map(JsonNode::asString).toList();
        String maxLength = node.has("maxlength") ? scalar(node.get("maxlength")).strip() : "";
        return new Field(name, text(node, "datatype"), text(node, "formtype"),
                node.has("default") ? scalar(node.get("default")) : null, text(node, "default_dynamic"), options,
                listed, maxLength.matches("\\d+") ? Integer.parseInt(maxLength) : 0, checks, filters,
                text(node, "separator"), text(node, "datasource"), node.path("config_gated").asBoolean(false));
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : scalar(value);
    }

    /** A PHP scalar as text: strings as they are, numbers as PHP prints them, booleans as 1 or "". */
    private static String scalar(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? "1" : "";
        }
        return value.isString() ? value.stringValue() : value.isNull() ? "" : value.toString();
    }
}
