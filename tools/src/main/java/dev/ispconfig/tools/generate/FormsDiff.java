package dev.ispconfig.tools.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What changed between two forms inventories: forms, fields, and each fact of a field a client relies on. */
final class FormsDiff {

    /** The facts compared per field, in report order. */
    private static final List<String> FACTS = List.of("tab", "datatype", "formtype", "default", "default_dynamic",
            "value", "maxlength", "validators", "filters", "datasource", "separator", "encryption", "config_gated");

    private FormsDiff() {
    }

    /** Whether {@code root} is a forms inventory rather than a method inventory. */
    static boolean isForms(JsonNode root) {
        return root != null && root.path("forms").isObject();
    }

    /** The report, one line each; ends with a summary line when nothing changed. */
    static List<String> compare(JsonNode older, JsonNode newer) {
        JsonNode before = older.get("forms");
        JsonNode after = newer.get("forms");
        List<String> report = new ArrayList<>();
        report.add(older.path("tag").asString("?") + " (" + before.size() + " forms, " + fieldCount(before)
                + " fields) -> " + newer.path("tag").asString("?") + " (" + after.size() + " forms, "
                + fieldCount(after) + " fields)");
        Set<String> forms = new LinkedHashSet<>(before.propertyNames());
        forms.addAll(after.propertyNames());
        int changed = 0;
        for (String form : forms) {
            List<String> lines = formChanges(before.get(form), after.get(form));
            if (!lines.isEmpty()) {
                changed++;
                report.add((before.has(form) ? after.has(form) ? "  ~ " : "  - " : "  + ") + form);
                lines.forEach(line -> report.add("      " + line));
            }
        }
        if (changed == 0) {
            report.add("no form changes");
        }
        return report;
    }

    private static List<String> formChanges(JsonNode then, JsonNode now) {
        if (then == null) {
            return List.of(now.get("fields").size() + " fields, table " + now.path("db_table").asString());
        }
        if (now == null) {
            return List.of("was table " + then.path("db_table").asString());
        }
        List<String> lines = new ArrayList<>();
        for (String key : List.of("db_table", "db_table_idx", "used_by")) {
            if (!Objects.equals(then.get(key), now.get(key))) {
                lines.add(key + ": " + then.get(key) + " -> " + now.get(key));
            }
        }
        Set<String> fields = new LinkedHashSet<>(then.get("fields").propertyNames());
        fields.addAll(now.get("fields").propertyNames());
        for (String field : fields) {
            JsonNode a = then.get("fields").get(field);
            JsonNode b = now.get("fields").get(field);
            if (a == null) {
                lines.add("+ " + field + " " + b);
            } else if (b == null) {
                lines.add("- " + field);
            } else {
                for (String fact : FACTS) {
                    if (!Objects.equals(a.get(fact), b.get(fact))) {
                        lines.add("~ " + field + "." + fact + ": " + text(a.get(fact)) + " -> " + text(b.get(fact)));
                    }
                }
            }
        }
        return lines;
    }

    private static String text(JsonNode node) {
        return node == null ? "(none)" : node.toString();
    }

    private static int fieldCount(JsonNode forms) {
        int count = 0;
        for (JsonNode form : forms.values()) {
            count += form.get("fields").size();
        }
        return count;
    }
}
