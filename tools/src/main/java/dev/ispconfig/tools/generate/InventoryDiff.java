package dev.ispconfig.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two inventories, in the terms that change the generated API. */
final class InventoryDiff {

    private InventoryDiff() {
    }

    /** The report, one line each; ends with a summary line. */
    static List<String> compare(Inventory older, Inventory newer) {
        Map<String, Inventory.Method> before = older.byName();
        Map<String, Inventory.Method> after = newer.byName();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        after.values().stream().filter(method -> !before.containsKey(method.name()))
                .forEach(method -> added.add("  + " + method.phpSignature() + "  [" + describe(method) + "]"));
        before.values().stream().filter(method -> !after.containsKey(method.name()))
                .forEach(method -> removed.add("  - " + method.phpSignature() + "  [" + describe(method) + "]"));
        for (Inventory.Method now : after.values()) {
            Inventory.Method then = before.get(now.name());
            if (then != null) {
                List<String> changes = changes(then, now);
                if (!changes.isEmpty()) {
                    changed.add("  ~ " + now.name());
                    changes.forEach(change -> changed.add("      " + change));
                }
            }
        }

        List<String> report = new ArrayList<>();
        report.add(older.tag() + " (" + before.size() + " API methods) -> " + newer.tag() + " (" + after.size()
                + " API methods)");
        section(report, "added", added, added.size());
        section(report, "removed", removed, removed.size());
        section(report, "changed", changed, (int) changed.stream().filter(line -> line.startsWith("  ~")).count());
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            report.add("no API changes");
        }
        return report;
    }

    private static void section(List<String> report, String title, List<String> lines, int count) {
        if (!lines.isEmpty()) {
            report.add(title + " (" + count + "):");
            report.addAll(lines);
        }
    }

    private static String describe(Inventory.Method method) {
        return "module " + method.module() + ", kind " + method.kind() + ", permission "
                + (method.perm().isEmpty() ? "none" : String.join(";", method.perm()));
    }

    /** Parameter names and defaults by position, then permission, kind, module, forms and dispatch class. */
    private static List<String> changes(Inventory.Method then, Inventory.Method now) {
        List<String> changes = new ArrayList<>();
        if (!then.params().equals(now.params())) {
            changes.add("parameters: " + then.phpSignature() + " -> " + now.phpSignature());
            int common = Math.min(then.params().size(), now.params().size());
            for (int i = 0; i < common; i++) {
                Inventory.Param a = then.params().get(i);
                Inventory.Param b = now.params().get(i);
                if (!a.name().equals(b.name())) {
                    changes.add("parameter " + (i + 1) + " renamed: $" + a.name() + " -> $" + b.name());
                }
                if (!Objects.equals(a.defaultValue(), b.defaultValue())) {
                    changes.add("default of $" + b.name() + ": " + defaultOf(a) + " -> " + defaultOf(b));
                }
            }
            for (int i = common; i < now.params().size(); i++) {
                changes.add("parameter " + (i + 1) + " added: " + now.params().get(i));
            }
            for (int i = common; i < then.params().size(); i++) {
                changes.add("parameter " + (i + 1) + " removed: " + then.params().get(i));
            }
        }
        compare(changes, "permission", String.join(";", then.perm()), String.join(";", now.perm()));
        compare(changes, "kind", then.kind(), now.kind());
        compare(changes, "module", then.module(), now.module());
        compare(changes, "tform", String.join(", ", then.tform()), String.join(", ", now.tform()));
        compare(changes, "tform_read", String.join(", ", then.tformRead()), String.join(", ", now.tformRead()));
        compare(changes, "dispatch_class", then.dispatchClass(), now.dispatchClass());
        return changes;
    }

    private static void compare(List<String> changes, String field, String then, String now) {
        if (!Objects.equals(then, now)) {
            changes.add(field + ": " + orNone(then) + " -> " + orNone(now));
        }
    }

    private static String defaultOf(Inventory.Param param) {
        return param.hasDefault() ? param.defaultValue() : "none";
    }

    private static String orNone(String value) {
        return value == null || value.isEmpty() ? "none" : value;
    }
}
