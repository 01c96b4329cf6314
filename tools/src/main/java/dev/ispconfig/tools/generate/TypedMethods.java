package dev.ispconfig.tools.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The typed twins of a module's form methods, written into its {@code Generated*Module}: a get that answers the
 * form's read model ({@code sites().webDomain(1)}), a filtered get that answers a list of them
 * ({@code webDomains(filter)}), and for every add and update overload that takes {@code $params} a twin taking the
 * form's params class, which must have been built for that kind of call.
 */
final class TypedMethods {

    private final Map<String, FormsInventory.Form> forms = new HashMap<>();

    TypedMethods(FormsInventory inventory) {
        inventory.forms().forEach(form -> forms.put(form.path(), form));
    }

    /** A method of the module with its source, and the model classes it needs imported. */
    record Typed(String javaName, String source, Set<String> imports) {
    }

    List<Typed> of(List<Signatures.Overload> overloads) {
        Set<String> taken = new TreeSet<>();
        overloads.forEach(overload -> taken.add(overload.javaName()));
        List<Typed> typed = new ArrayList<>();
        for (Signatures.Overload overload : overloads) {
            Inventory.Method method = overload.method();
            switch (overload.returns()) {
                case RECORD -> form(method.tformRead()).ifPresent(form -> typed.add(get(overload, form, taken)));
                case RECORDS -> form(method.tformRead()).ifPresent(form -> typed.add(list(overload, form, taken)));
                case NEW_ID, AFFECTED_ROWS -> {
                    boolean takesParams = overload.params().stream()
                            .anyMatch(p -> p.phpName().equals("params") && p.type() == Signatures.JavaType.MAP);
                    if (takesParams && (method.kind().equals("add") || method.kind().equals("update"))) {
                        // client_add writes through client or reseller: a twin for each
                        method.tform().stream().map(forms::get).filter(java.util.Objects::nonNull)
                                .forEach(form -> typed.add(write(overload, form)));
                    }
                }
                default -> {
                }
            }
        }
        return typed;
    }

    private java.util.Optional<FormsInventory.Form> form(List<String> paths) {
        return paths.size() == 1 ? java.util.Optional.ofNullable(forms.get(paths.get(0))) : java.util.Optional.empty();
    }

    private static String model(FormsInventory.Form form) {
        return ModelGenerator.modelName(form);
    }

    private static String qualified(FormsInventory.Form form) {
        return ModelGenerator.PACKAGE + "." + form.module() + "." + model(form);
    }

    /**
     * {@code webDomainGet} → {@code webDomain}; {@code aGet} of {@code DnsARecord} → {@code aRecord}; a get named
     * otherwise ({@code get} of the clients) by its model: {@code client}.
     */
    static String getName(String javaName, String model) {
        String base = javaName.endsWith("Get") ? javaName.substring(0, javaName.length() - 3) : "";
        if (base.isEmpty()) {
            return Character.toLowerCase(model.charAt(0)) + model.substring(1);
        }
        return model.endsWith("Record") && !base.endsWith("Record") ? base + "Record" : base;
    }

    static String plural(String name) {
        if (name.endsWith("y") && !name.endsWith("ey") && !name.endsWith("ay")) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        return name.endsWith("s") || name.endsWith("x") || name.endsWith("ch") || name.endsWith("sh")
                ? name + "es" : name + "s";
    }

    private static String unique(String name, Set<String> taken) {
        String unique = name;
        if (JavaNames.KEYWORDS.contains(unique)) {
            unique = unique + "Record";
        }
        if (!taken.add(unique)) {
            throw new GenerationException("the typed method " + name + " clashes with a method of its module");
        }
        return unique;
    }

    private Typed get(Signatures.Overload overload, FormsInventory.Form form, Set<String> taken) {
        String name = unique(getName(overload.javaName(), model(form)), taken);
        String id = overload.params().get(0).name();
        String remote = SourceText.code(overload.method().name());
        SourceText out = new SourceText();
        out.javadoc("    ", List.of("Calls " + remote + " with an id: the record read through its form, {@link "
                        + model(form) + "}."),
                List.of("@param " + id + " the record's id, greater than 0",
                        "@return the record",
                        "@throws IllegalArgumentException for an id of 0 or less (PHP reads -1 as every row: "
                                + "use {@link #" + plural(name) + "(Map)} with an empty filter)",
                        "@throws dev.ispconfig.client.exception.NotFoundException when the panel has no record "
                                + "with that id"));
        out.line("    public " + model(form) + " " + name + "(int " + id + ") {");
        out.line("        if (" + id + " <= 0) {");
        out.line("            throw new IllegalArgumentException(\"" + name + ": the id must be greater than 0, was \" + "
                + id + ");");
        out.line("        }");
        out.line("        DataRecord record = " + overload.javaName() + "(" + id + ");");
        out.line("        if (record == null) {");
        out.line("            throw new NotFoundException(" + SourceText.literal(overload.method().name())
                + ", \"not_found\", \"no record with id \" + " + id + ");");
        out.line("        }");
        out.line("        return " + model(form) + ".of(record);");
        out.line("    }");
        return new Typed(name, out.toString(), Set.of(qualified(form),
                "dev.ispconfig.client.exception.NotFoundException", "dev.ispconfig.client.DataRecord"));
    }

    private Typed list(Signatures.Overload overload, FormsInventory.Form form, Set<String> taken) {
        String name = unique(plural(getName(overload.javaName(), model(form))), taken);
        String filter = overload.params().get(0).name();
        SourceText out = new SourceText();
        out.javadoc("    ", List.of("Calls " + SourceText.code(overload.method().name())
                        + " with a filter: the matching records read through their form, {@link " + model(form)
                        + "}."),
                List.of("@param " + filter + " column to value, matched with {@code =}, or with {@code LIKE} where "
                                + "the value holds {@code %}; empty for every record",
                        "@return the matching records; empty when none match"));
        out.line("    public List<" + model(form) + "> " + name + "(Map<String, ?> " + filter + ") {");
        out.line("        return " + model(form) + ".listOf(" + overload.javaName() + "(" + filter + "));");
        out.line("    }");
        return new Typed(name, out.toString(), Set.of(qualified(form), "java.util.List", "java.util.Map"));
    }

    private Typed write(Signatures.Overload overload, FormsInventory.Form form) {
        boolean add = overload.method().kind().equals("add");
        String params = model(form) + "Params";
        List<String> declarations = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        String paramsName = null;
        List<String> tags = new ArrayList<>();
        for (Signatures.JavaParam param : overload.params()) {
            if (param.phpName().equals("params")) {
                paramsName = param.name();
                declarations.add(params + " " + param.name());
                arguments.add(param.name() + ".toMap()");
                tags.add("@param " + param.name() + " built with {@link " + params + "#for" + (add ? "Add" : "Update")
                        + "()}");
            } else {
                declarations.add(param.type().source + " " + param.name());
                arguments.add(param.name());
                tags.add("@param " + param.name() + " " + SourceText.code("$" + param.phpName())
                        + (param.note() != null ? ": " + param.note() : ""));
            }
        }
        tags.add("@return " + (add ? "the new record's id" : "the affected rows as the panel counts them"));
        tags.add("@throws IllegalArgumentException for params built for " + (add ? "an update" : "an add")
                + (add ? "" : " (they would write every default over the stored record)"));
        SourceText out = new SourceText();
        out.javadoc("    ", List.of("Calls " + SourceText.code(overload.method().name()) + " with typed params, "
                + "validated by the form when they were built."), tags);
        out.list("    public int " + overload.javaName() + "(", declarations, ") {", "            ");
        out.line("        Objects.requireNonNull(" + paramsName + ", \"" + paramsName + " is required\");");
        out.line("        if (" + (add ? "!" : "") + paramsName + ".isForAdd()) {");
        out.line("            throw new IllegalArgumentException(" + SourceText.literal(overload.method().name()
                + " takes params built with " + params + ".for" + (add ? "Add" : "Update") + "()") + ");");
        out.line("        }");
        out.list("        return " + overload.javaName() + "(", arguments, ");", "                ");
        out.line("    }");
        return new Typed(overload.javaName(), out.toString(), Set.of(ModelGenerator.PACKAGE + "." + form.module()
                + "." + params));
    }
}
