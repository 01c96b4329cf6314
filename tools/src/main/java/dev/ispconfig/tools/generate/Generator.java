package dev.ispconfig.tools.generate;

import dev.ispconfig.client.Modules;
import dev.ispconfig.tools.generate.Signatures.JavaParam;
import dev.ispconfig.tools.generate.Signatures.JavaType;
import dev.ispconfig.tools.generate.Signatures.Overload;
import dev.ispconfig.tools.generate.Signatures.Returns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns an inventory into the generated sources of {@code dev.ispconfig.client.api}: one {@code Generated*Module} per
 * module and {@code ApiInventory}. The output depends on the inventory and its file name only, so it can be compared
 * with the committed sources byte for byte.
 */
final class Generator {

    static final String PACKAGE = "dev.ispconfig.client.api";
    static final String PACKAGE_PATH = "dev/ispconfig/client/api";
    static final String API_INVENTORY = "ApiInventory";

    private Generator() {
    }

    /** The generated class name of a module, for example {@code GeneratedSitesModule}. */
    static String generatedClass(String module) {
        return "Generated" + JavaNames.capitalize(module) + "Module";
    }

    /** The hand-written class that extends it, for example {@code SitesModule}. */
    static String handClass(String module) {
        return JavaNames.capitalize(module) + "Module";
    }

    /** The one command that regenerates everything from the committed inventory of {@code tag}. */
    static String regenerateCommand(String tag) {
        return "tools/regenerate.sh " + tag;
    }

    /**
     * Every generated file: its name in {@link #PACKAGE_PATH} → its content.
     *
     * @param inventoryFile the inventory's file name, for the headers ({@code inventory-3.2.12.json})
     * @throws GenerationException when the inventory cannot become Java as it stands
     */
    static SortedMap<String, String> generate(Inventory inventory, String inventoryFile) {
        return generate(inventory, null, inventoryFile);
    }

    /** With a forms inventory, the modules also get typed twins of their form methods ({@link TypedMethods}). */
    static SortedMap<String, String> generate(Inventory inventory, FormsInventory forms, String inventoryFile) {
        TypedMethods typed = forms == null ? null : new TypedMethods(forms);
        Map<String, List<Inventory.Method>> byModule = new LinkedHashMap<>();
        JavaNames.MODULES.forEach(module -> byModule.put(module, new ArrayList<>()));
        for (Inventory.Method method : inventory.methods()) {
            List<Inventory.Method> list = byModule.get(method.module());
            if (list == null) {
                throw new GenerationException(method.name() + " is in the unknown module " + method.module());
            }
            String expected = Modules.of(method.name());
            if (!expected.equals(method.module())) {
                throw new GenerationException(method.name() + " is in module " + method.module()
                        + " in the inventory but in " + expected + " by dev.ispconfig.client.Modules");
            }
            list.add(method);
        }
        SortedMap<String, String> files = new TreeMap<>();
        byModule.forEach((module, methods) -> files.put(generatedClass(module) + ".java",
                module(module, methods, typed, inventory.tag(), inventoryFile)));
        files.put(API_INVENTORY + ".java", apiInventory(inventory, inventoryFile));
        return files;
    }

    static String module(String module, List<Inventory.Method> methods, TypedMethods typed, String tag,
            String inventoryFile) {
        List<Overload> overloads = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        Set<String> erasures = new HashSet<>();
        List<String> skipped = new ArrayList<>();
        for (Inventory.Method method : methods) {
            List<Overload> ofMethod = Signatures.of(method);
            if (ofMethod.isEmpty()) {
                skipped.add(method.name());
            }
            for (Overload overload : ofMethod) {
                String owner = owners.putIfAbsent(overload.javaName(), method.name());
                if (owner != null && !owner.equals(method.name())) {
                    throw new GenerationException(owner + " and " + method.name() + " both become "
                            + generatedClass(module) + "." + overload.javaName() + ": add a naming rule");
                }
                if (!erasures.add(overload.erasure())) {
                    throw new GenerationException(method.name() + " gives two Java methods "
                            + overload.erasure());
                }
                overloads.add(overload);
            }
        }

        List<TypedMethods.Typed> typedMethods = typed == null ? List.of() : typed.of(overloads);
        String className = generatedClass(module);
        SourceText out = new SourceText();
        header(out, tag, inventoryFile);
        out.line("package " + PACKAGE + ";").blank();
        Set<String> extraImports = new TreeSet<>();
        typedMethods.forEach(method -> extraImports.addAll(method.imports()));
        imports(out, overloads, extraImports);
        List<String> about = new ArrayList<>();
        about.add("The {@code " + module + "} part of ISPConfig's remote API as of " + SourceText.code(tag)
                + ": one method per remote method, in inventory order, plus overloads that leave out PHP's defaulted"
                + " parameters and, for gets that read through a form, one that takes a filter instead of an id.");
        about.add("AUTO-GENERATED by ispconfig-tools from " + SourceText.code(inventoryFile)
                + ": do not edit; regenerate with " + SourceText.code(regenerateCommand(tag))
                + ". Hand-audited methods belong in {@link " + handClass(module) + "}, which extends this class;"
                + " where both define a method, the hand-audited one wins.");
        about.add("The session id, PHP's first parameter, is never a Java parameter: the {@link IspConfigClient}"
                + " supplies it, through the same sessions, interceptors and fault mapping as"
                + " {@link IspConfigClient#call}. An answer of an unexpected shape raises"
                + " {@link dev.ispconfig.client.exception.UnexpectedResultException}.");
        if (!typedMethods.isEmpty()) {
            about.add("Methods that read or write through a panel form also come typed: gets that answer the form's"
                    + " read model, adds and updates that take its params (see {@code dev.ispconfig.client.model}).");
        }
        if (!skipped.isEmpty()) {
            about.add(skipped.stream().map(SourceText::code).collect(Collectors.joining(" and "))
                    + " have no methods here: sessions are the client's job.");
        }
        out.javadoc("", about, List.of());
        out.line("public class " + className + " {").blank();
        out.javadoc("    ", List.of("The client the calls go through; subclasses make their own calls with it."),
                List.of());
        out.line("    protected final IspConfigClient client;").blank();
        out.javadoc("    ", List.of("Binds the methods to a client (or to one of its {@code asClient} views)."),
                List.of("@param client the client whose session the calls use"));
        out.line("    public " + className + "(IspConfigClient client) {");
        out.line("        this.client = Objects.requireNonNull(client, \"client\");");
        out.line("    }");
        for (Overload overload : overloads) {
            out.blank();
            method(out, overload);
        }
        for (TypedMethods.Typed method : typedMethods) {
            out.blank();
            for (String line : method.source().split("\n")) {
                out.line(line);
            }
        }
        out.line("}");
        return out.toString();
    }

    private static void header(SourceText out, String tag, String inventoryFile) {
        out.line("// AUTO-GENERATED by ispconfig-tools from " + inventoryFile + " (ISPConfig " + tag
                + "): do not edit.");
        out.line("// Regenerate with: " + regenerateCommand(tag));
    }

    private static void imports(SourceText out, List<Overload> overloads, Set<String> extra) {
        Set<String> imports = new TreeSet<>(List.of("dev.ispconfig.client.IspConfigClient", "java.util.Objects"));
        imports.addAll(extra);
        for (Overload overload : overloads) {
            if (overload.returns() == Returns.RECORD || overload.returns() == Returns.RECORDS) {
                imports.add("dev.ispconfig.client.DataRecord");
            }
            if (overload.returns() == Returns.RECORDS) {
                imports.add("java.util.List");
            }
            if (overload.returns() == Returns.RECORD || overload.returns() == Returns.OBJECT) {
                imports.add("org.jspecify.annotations.Nullable");
            }
            if (overload.params().stream().anyMatch(param -> param.type() == JavaType.MAP)) {
                imports.add("java.util.Map");
            }
        }
        imports.forEach(name -> out.line("import " + name + ";"));
        out.blank();
    }

    private static void method(SourceText out, Overload overload) {
        Inventory.Method method = overload.method();
        String remote = SourceText.code(method.name());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(switch (overload.returns()) {
            case RECORD -> "Calls " + remote + " with an id: one record, or {@code null} when there is none.";
            case RECORDS -> "Calls " + remote + " with a filter: the matching records.";
            case NEW_ID -> "Calls " + remote + ": the new record's id.";
            case AFFECTED_ROWS -> "Calls " + remote + ": the affected rows.";
            case OBJECT -> "Calls " + remote + ": the decoded answer.";
        });
        paragraphs.add(facts(method));
        if (!overload.omitted().isEmpty()) {
            List<Inventory.Param> omitted = overload.omitted();
            paragraphs.add(omitted.size() == 1
                    ? "Sends no " + SourceText.code("$" + omitted.get(0).name()) + ", so PHP's default "
                            + SourceText.code(omitted.get(0).defaultValue()) + " applies."
                    : "Sends none of " + omitted.stream().map(param -> SourceText.code("$" + param.name()))
                            .collect(Collectors.joining(", ")) + ", so PHP's defaults "
                            + omitted.stream().map(param -> SourceText.code(param.defaultValue()))
                                    .collect(Collectors.joining(", ")) + " apply.");
        }
        List<String> tags = new ArrayList<>();
        for (JavaParam param : overload.params()) {
            String php = SourceText.code("$" + param.phpName());
            tags.add("@param " + param.name() + " " + switch (overload.returns()) {
                case RECORD -> php + ": the record's id, greater than 0 (-1, every row, answers a list: use the"
                        + " filter overload with an empty filter instead)";
                case RECORDS -> php + " as a filter: column to value, matched with {@code =}, or with"
                        + " {@code LIKE} where the value holds {@code %}; {@code #OFFSET#} and {@code #LIMIT#} page"
                        + " it and must come last (see {@link Paging})";
                default -> param.note() == null ? php : php + ": " + param.note();
            });
        }
        tags.add("@return " + switch (overload.returns()) {
            case RECORD -> "the record, or {@code null} when the panel has none with that id";
            case RECORDS -> "the matching records; empty when none match";
            case NEW_ID -> "the new record's id";
            case AFFECTED_ROWS -> "the affected rows as the panel counts them (a plain {@code true} counts as 1,"
                    + " {@code false} as 0)";
            case OBJECT -> "the decoded answer, as {@link IspConfigClient#call} returns it";
        });
        out.javadoc("    ", paragraphs, tags);

        List<String> declarations = overload.params().stream()
                .map(param -> param.type().source + " " + param.name()).toList();
        out.list("    public " + overload.returns().source + " " + overload.javaName() + "(", declarations, ") {",
                "            ");
        List<String> arguments = new ArrayList<>();
        arguments.add(SourceText.literal(method.name()));
        overload.params().forEach(param -> arguments.add(param.name()));
        String name = SourceText.literal(method.name());
        if (overload.returns() == Returns.OBJECT) {
            out.list("        return client.call(", arguments, ");", "                ");
        } else {
            out.list("        Object result = client.call(", arguments, ");", "                ");
            out.line("        return " + switch (overload.returns()) {
                case RECORD -> "DataRecord.fromResult(";
                case RECORDS -> "DataRecord.listFromResult(";
                case NEW_ID -> "Results.newId(";
                default -> "Results.affectedRows(";
            } + name + ", result);");
        }
        out.line("    }");
    }

    /** File, line, class, permission, kind and forms: the facts the inventory holds about a method. */
    private static String facts(Inventory.Method method) {
        StringBuilder facts = new StringBuilder("PHP ").append(SourceText.code(method.phpSignature()))
                .append(" at ").append(SourceText.code(method.phpFile() + ":" + method.line()));
        if (method.declaringClass() != null) {
            facts.append(", class ").append(SourceText.code(method.declaringClass()));
        }
        if (method.dispatchClass() != null && !method.dispatchClass().equals(method.declaringClass())) {
            facts.append(", dispatched as ").append(SourceText.code(method.dispatchClass()));
        }
        List<String> perm = method.perm();
        facts.append("; ").append(perm.isEmpty() ? "permission: none"
                : (perm.size() == 1 ? "permission " : "permissions ")
                        + perm.stream().map(SourceText::code).collect(Collectors.joining(", ")));
        facts.append("; kind ").append(SourceText.code(method.kind()));
        if (!method.tform().isEmpty()) {
            facts.append("; writes through ")
                    .append(method.tform().stream().map(SourceText::code).collect(Collectors.joining(", ")));
        }
        if (!method.tformRead().isEmpty()) {
            facts.append("; reads through ")
                    .append(method.tformRead().stream().map(SourceText::code).collect(Collectors.joining(", ")));
        }
        if (method.tform().isEmpty() && method.tformRead().isEmpty()) {
            facts.append("; form: none");
        }
        return facts.append('.').toString();
    }

    /** One {@code new ApiMethod(…)} entry, its permissions on a line of their own when it would be too wide. */
    private static void apiMethod(SourceText out, Inventory.Method method, String end) {
        String head = "            new ApiMethod(" + SourceText.literal(method.name()) + ", MethodKind."
                + method.kind().toUpperCase(Locale.ROOT) + ", " + SourceText.literal(method.module()) + ",";
        String permissions = "List.of(" + method.perm().stream().map(SourceText::literal)
                .collect(Collectors.joining(", ")) + "))" + end;
        if (head.length() + 1 + permissions.length() <= 120) {
            out.line(head + " " + permissions);
        } else {
            out.line(head);
            out.line("                    " + permissions);
        }
    }

    static String apiInventory(Inventory inventory, String inventoryFile) {
        SourceText out = new SourceText();
        header(out, inventory.tag(), inventoryFile);
        out.line("package " + PACKAGE + ";").blank();
        out.line("import java.util.List;");
        out.line("import java.util.Map;");
        out.line("import java.util.Optional;");
        out.line("import java.util.function.Function;");
        out.line("import java.util.stream.Collectors;").blank();
        out.javadoc("", List.of(
                "The remote API the generated modules were made from: the API methods of ISPConfig "
                        + SourceText.code(inventory.tag()) + " with their kind, module and permissions, to compare"
                        + " with what a panel's {@code get_function_list} answers (which also lists"
                        + " {@code __construct}, no API method) and to tell reads from writes.",
                "AUTO-GENERATED by ispconfig-tools from " + SourceText.code(inventoryFile)
                        + ": do not edit; regenerate with " + SourceText.code(regenerateCommand(inventory.tag()))
                        + "."), List.of());
        out.line("public final class " + API_INVENTORY + " {").blank();
        out.javadoc("    ", List.of("The ISPConfig release (git tag) of the inventory."), List.of());
        out.line("    public static final String TAG = " + SourceText.literal(inventory.tag()) + ";").blank();
        out.javadoc("    ", List.of("Every API method of that release, in dispatch order, including"
                + " {@code login} and {@code logout}: " + inventory.methods().size() + " methods."), List.of());
        List<Inventory.Method> methods = inventory.methods();
        out.line("    public static final List<ApiMethod> ALL = List.of(" + (methods.isEmpty() ? ");" : ""));
        for (int i = 0; i < methods.size(); i++) {
            apiMethod(out, methods.get(i), i < methods.size() - 1 ? "," : ");");
        }
        out.blank();
        out.javadoc("    ", List.of("The names of {@link #ALL}, in the same order."), List.of());
        out.line("    public static final List<String> METHODS = ALL.stream().map(ApiMethod::name).toList();");
        out.blank();
        out.line("    private static final Map<String, ApiMethod> BY_NAME = ALL.stream()");
        out.line("            .collect(Collectors.toUnmodifiableMap(ApiMethod::name, Function.identity()));");
        out.blank();
        out.javadoc("    ", List.of("The method of that name, or empty when the inventory has none (a newer panel's"
                + " method, a typo)."), List.of());
        out.line("    public static Optional<ApiMethod> method(String name) {");
        out.line("        return Optional.ofNullable(BY_NAME.get(name));");
        out.line("    }");
        out.blank();
        out.line("    private " + API_INVENTORY + "() {");
        out.line("    }");
        out.line("}");
        return out.toString();
    }
}
