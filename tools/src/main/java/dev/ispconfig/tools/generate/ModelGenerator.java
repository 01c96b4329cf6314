package dev.ispconfig.tools.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the typed models of ispconfig-core from a forms inventory: per form a read model ({@code DnsARecord}, an
 * immutable view of a record with typed accessors, its form's {@code SCHEMA}, and enums for selects with fixed
 * options) and a params class with its builder ({@code DnsARecordParams}). One package per panel module under
 * {@code dev.ispconfig.client.model}; every file there is generated.
 */
final class ModelGenerator {

    static final String PACKAGE = "dev.ispconfig.client.model";
    static final String PACKAGE_PATH = "dev/ispconfig/client/model";

    /** Names that read better than the form file's: the DNS record forms, the zone, the web domain, … */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("dns_soa", "DnsZone"), Map.entry("dns_slave", "DnsSlaveZone"),
            Map.entry("web_vhost_domain", "WebDomain"), Map.entry("web_childdomain", "WebChildDomain"),
            Map.entry("mail_get", "MailFetchmail"), Map.entry("mail_domain_catchall", "MailCatchall"),
            Map.entry("mail_mailinglist", "MailMailingList"), Map.entry("spamfilter_users", "SpamfilterUser"),
            Map.entry("cron", "CronJob"), Map.entry("domain", "Domain"),
            Map.entry("mail_aliasdomain", "MailAliasDomain"));

    /** Selects whose options the panel lists from its own files at run time: text, not enums. */
    private static final Set<String> OPEN_OPTIONS = Set.of("language", "usertheme");

    /** Method names of the base classes and of Object, which a column must not shadow. */
    private static final Set<String> RESERVED = Set.of("raw", "schema", "text", "integer", "longInteger", "decimal",
            "flag", "choice", "list", "date", "dateTime", "equals", "hashCode", "toString", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize", "with", "without", "build", "create", "number", "self", "of",
            "listOf", "forAdd", "forUpdate", "toMap", "isForAdd", "id");

    /** Simple names the generated files import or declare, which an enum must not take. */
    private static final Set<String> TAKEN_TYPES = Set.of("List", "Optional", "LocalDate", "LocalDateTime",
            "DataRecord", "FormSchema", "FormField", "FormRecord", "FormParams", "Validator", "FormOption", "Clock",
            "Collection", "Builder", "Object", "String", "Override", "Enum", "Nullable", "NullMarked");

    private ModelGenerator() {
    }

    /** Java files by path relative to the source root's {@link #PACKAGE_PATH}, for example {@code dns/DnsARecord.java}. */
    static SortedMap<String, String> generate(FormsInventory inventory, Inventory methods, String inventoryFile) {
        SortedMap<String, String> files = new TreeMap<>();
        Set<String> packages = new HashSet<>();
        for (FormsInventory.Form form : inventory.forms()) {
            Model model = new Model(form, addFills(form, methods));
            packages.add(model.pkg);
            files.put(model.pkg + "/" + model.name + ".java", model.readModel(inventory.tag(), inventoryFile));
            files.put(model.pkg + "/" + model.name + "Params.java", model.params(inventory.tag(), inventoryFile));
        }
        for (String pkg : packages) {
            files.put(pkg + "/package-info.java", packageInfo(pkg, inventory.tag(), inventoryFile));
        }
        files.put("FormModels.java", index(inventory, inventoryFile));
        files.put("package-info.java", packageInfo(null, inventory.tag(), inventoryFile));
        return files;
    }

    /** {@code FormModels}: every form's schema by its path, and the form of each method that uses one. */
    private static String index(FormsInventory inventory, String inventoryFile) {
        SourceText out = new SourceText();
        header(out, inventory.tag(), inventoryFile);
        out.line("package " + PACKAGE + ";").blank();
        List<String> imports = new ArrayList<>(List.of("dev.ispconfig.client.DataRecord",
                "dev.ispconfig.client.form.FormParams", "dev.ispconfig.client.form.FormRecord",
                "dev.ispconfig.client.form.FormSchema", "java.util.Map", "java.util.Optional",
                "java.util.function.Function", "java.util.function.Supplier"));
        for (FormsInventory.Form form : inventory.forms()) {
            imports.add(PACKAGE + "." + new Model(form, Map.of()).pkg + "." + modelName(form));
            imports.add(PACKAGE + "." + new Model(form, Map.of()).pkg + "." + modelName(form) + "Params");
        }
        imports.stream().distinct().sorted().forEach(i -> out.line("import " + i + ";"));
        out.blank();
        out.javadoc("", List.of("The forms of the typed models: each form's schema by the path the remote API names "
                + "it with, and the form each method reads or writes through."), List.of());
        out.line("public final class FormModels {").blank();
        out.line("    /** Each form's schema by its path, for example {@code ../dns/form/dns_a.tform.php}. */");
        out.line("    public static final Map<String, FormSchema> BY_FORM = Map.ofEntries(");
        List<FormsInventory.Form> forms = inventory.forms();
        for (int i = 0; i < forms.size(); i++) {
            out.line("            Map.entry(" + SourceText.literal(forms.get(i).path()) + ", " + modelName(forms.get(i))
                    + ".SCHEMA)" + (i < forms.size() - 1 ? "," : ");"));
        }
        out.blank();
        out.line("    /** Each form's read model by its path: {@code READERS.get(path).apply(record)}. */");
        out.line("    public static final Map<String, Function<DataRecord, FormRecord>> READERS = Map.ofEntries(");
        for (int i = 0; i < forms.size(); i++) {
            out.line("            Map.entry(" + SourceText.literal(forms.get(i).path()) + ", " + modelName(forms.get(i))
                    + "::of)" + (i < forms.size() - 1 ? "," : ");"));
        }
        out.blank();
        out.line("    /** Each form's params for an add by its path: {@code ADD_PARAMS.get(path).get().with(…).build()}. */");
        out.line("    public static final Map<String, Supplier<FormParams.Builder<?, ?>>> ADD_PARAMS = Map.ofEntries(");
        for (int i = 0; i < forms.size(); i++) {
            out.line("            Map.entry(" + SourceText.literal(forms.get(i).path()) + ", " + modelName(forms.get(i))
                    + "Params::forAdd)" + (i < forms.size() - 1 ? "," : ");"));
        }
        out.blank();
        Map<String, String> methods = new TreeMap<>();
        forms.forEach(form -> form.usedBy().forEach(method -> methods.putIfAbsent(method, form.path())));
        out.line("    private static final Map<String, String> FORM_OF_METHOD = Map.ofEntries(");
        List<Map.Entry<String, String>> entries = new ArrayList<>(methods.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            out.line("            Map.entry(" + SourceText.literal(entries.get(i).getKey()) + ", "
                    + SourceText.literal(entries.get(i).getValue()) + ")" + (i < entries.size() - 1 ? "," : ");"));
        }
        out.blank();
        out.line("    private FormModels() {");
        out.line("    }").blank();
        out.line("    /** The schema of the form {@code method} reads or writes through, for example {@code dns_a_add}. */");
        out.line("    public static Optional<FormSchema> forMethod(String method) {");
        out.line("        return Optional.ofNullable(FORM_OF_METHOD.get(method)).map(BY_FORM::get);");
        out.line("    }");
        out.line("}");
        return out.toString();
    }

    /**
     * What every add method writing {@code form} fills in when the caller leaves it out
     * ({@code sites_web_domain_add} fills {@code document_root} with {@code -}): validated on add as the panel
     * validates it, never sent.
     */
    static Map<String, String> addFills(FormsInventory.Form form, Inventory methods) {
        Map<String, String> common = null;
        for (Inventory.Method method : methods.methods()) {
            if (method.kind().equals("add") && method.tform().contains(form.path())) {
                if (common == null) {
                    common = new LinkedHashMap<>(method.fills());
                } else {
                    common.entrySet().removeIf(fill -> !fill.getValue().equals(method.fills().get(fill.getKey())));
                }
            }
        }
        return common == null ? Map.of() : common;
    }

    static String modelName(FormsInventory.Form form) {
        String stem = form.stem();
        if (NAMES.containsKey(stem)) {
            return NAMES.get(stem);
        }
        if (form.module().equals("dns") && form.table().equals("dns_rr")) {
            return "Dns" + JavaNames.capitalize(stem.substring(4).toLowerCase(Locale.ROOT)) + "Record";
        }
        return JavaNames.capitalize(JavaNames.camelCase(stem));
    }

    /** The package-info of an area's package, or of the models' root ({@code pkg} null). */
    private static String packageInfo(@Nullable String pkg, String tag, String inventoryFile) {
        SourceText out = new SourceText();
        header(out, tag, inventoryFile);
        String about = pkg == null
                ? "Typed models of the panel's forms, one package per area, and {@link " + PACKAGE
                        + ".FormModels}: every form's schema by its path, and the form each method reads or writes."
                : "Typed models of the panel's " + pkg + " forms: read models of the records the gets answer and "
                        + "params for adds and updates, with the forms' defaults and validators.";
        out.javadoc("", List.of(about + " Generated from the forms inventory; see {@link "
                + "dev.ispconfig.client.form.FormSchema}.",
                "Nothing here is null unless it says {@code @Nullable}."), List.of());
        out.line("@NullMarked");
        out.line("package " + PACKAGE + (pkg == null ? "" : "." + pkg) + ";").blank();
        out.line("import org.jspecify.annotations.NullMarked;");
        return out.toString();
    }

    private static void header(SourceText out, String tag, String inventoryFile) {
        out.line("// Generated by ispconfig-tools from inventory/" + inventoryFile + " (ISPConfig " + tag
                + "). Do not edit: regenerate (tools/regenerate.sh).");
    }

    /** A column's accessor: {@code server_id} → {@code serverId}, {@code disablesieve-filter} → {@code disablesieveFilter}. */
    static String accessor(String column) {
        String name = JavaNames.camelCase(column.replace('-', '_'));
        if (name.isEmpty()) {
            throw new GenerationException("the column '" + column + "' makes no Java name");
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "v" + JavaNames.capitalize(name);
        }
        if (!name.chars().allMatch(c -> c < 128 && Character.isJavaIdentifierPart(c) && c != '$')) {
            throw new GenerationException("the column '" + column + "' makes no Java name");
        }
        return JavaNames.KEYWORDS.contains(name) || RESERVED.contains(name) ? name + "Value" : name;
    }

    /** An enum constant for a stored value: {@code php-fpm} → {@code PHP_FPM}, {@code ""} → {@code NONE}. */
    static String constant(String value) {
        if (value.isEmpty()) {
            return "NONE";
        }
        String name = value.replace("*", "_ANY_").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "")
                .toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            name = "VALUE";
        }
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    /** What the generator knows of one column: its kind, accessor and Java type. */
    private record Column(String name, String kind, String accessor, String javaType, FormsInventory.Field field,
            String enumName, Map<String, String> constants) {
    }

    /** One form's read model and params. */
    private static final class Model {

        private final FormsInventory.Form form;
        private final String name;
        private final String pkg;
        private final List<Column> fields = new ArrayList<>();
        private final List<Column> others = new ArrayList<>();
        private final Map<String, String> fills;

        Model(FormsInventory.Form form, Map<String, String> fills) {
            this.form = form;
            this.fills = fills;
            this.name = modelName(form);
            this.pkg = switch (form.module()) {
                case "admin", "client", "dns", "mail", "sites", "vm" -> form.module();
                default -> throw new GenerationException("no model package for the form module " + form.module());
            };
            Set<String> names = new HashSet<>(Set.of(name, name + "Params"));
            Set<String> accessors = new HashSet<>();
            for (FormsInventory.Field field : form.fields()) {
                String kind = kind(field);
                String accessor = unique(accessor(field.name()), accessors);
                String enumName = null;
                Map<String, String> constants = Map.of();
                if (kind.equals("CHOICE")) {
                    enumName = JavaNames.capitalize(JavaNames.camelCase(field.name().replace('-', '_')));
                    if (names.contains(enumName) || TAKEN_TYPES.contains(enumName)) {
                        enumName += "Option";
                    }
                    names.add(enumName);
                    constants = constants(field.options().keySet());
                }
                fields.add(new Column(field.name(), kind, accessor, javaType(kind, enumName), field, enumName,
                        constants));
            }
            Set<String> described = form.fields().stream().map(FormsInventory.Field::name).collect(Collectors.toSet());
            for (Map.Entry<String, String> column : form.columns().entrySet()) {
                if (!described.contains(column.getKey()) && !column.getKey().equals(form.idColumn())) {
                    String kind = sqlKind(column.getValue());
                    others.add(new Column(column.getKey(), kind, unique(accessor(column.getKey()), accessors),
                            javaType(kind, null), null, null, Map.of()));
                }
            }
        }

        private static String unique(String accessor, Set<String> taken) {
            String name = accessor;
            for (int i = 2; !taken.add(name); i++) {
                name = accessor + i;
            }
            return name;
        }

        private String kind(FormsInventory.Field field) {
            String datatype = field.datatype() == null ? "VARCHAR" : field.datatype();
            String formtype = field.formtype() == null ? "TEXT" : field.formtype();
            switch (formtype) {
                case "CHECKBOX":
                    return field.options().containsKey("0") && field.options().containsKey("1") ? "FLAG" : "TEXT";
                case "CHECKBOXARRAY":
                case "MULTIPLE":
                    return "LIST";
                case "PASSWORD":
                    return "PASSWORD";
                default:
                    break;
            }
            switch (datatype) {
                case "INTEGER":
                    return form.columns().getOrDefault(field.name(), "").startsWith("bigint") ? "LONG" : "INTEGER";
                case "DOUBLE":
                case "CURRENCY":
                    return "DECIMAL";
                case "DATE":
                    return "DATE";
                case "DATETIME":
                    return "DATETIME";
                default:
                    break;
            }
            String column = form.columns().getOrDefault(field.name(), "");
            if (formtype.equals("TEXT") && (column.startsWith("bigint") || column.matches("(tiny|small|medium)?int.*"))) {
                return column.startsWith("bigint") ? "LONG" : "INTEGER"; // a number the form keeps as text
            }
            if (formtype.equals("SELECT") && !field.options().isEmpty() && !field.optionsListed()
                    && field.datasource() == null && !OPEN_OPTIONS.contains(field.name())) {
                return "CHOICE";
            }
            return "TEXT";
        }

        private static String sqlKind(String sqlType) {
            String type = sqlType.toLowerCase(Locale.ROOT);
            if (type.startsWith("bigint")) {
                return "LONG";
            }
            if (type.matches("(tiny|small|medium)?int.*")) {
                return "INTEGER";
            }
            if (type.matches("enum\\('[ny]','[ny]'\\)")) {
                return "FLAG";
            }
            if (type.startsWith("datetime") || type.startsWith("timestamp")) {
                return "DATETIME";
            }
            if (type.startsWith("date")) {
                return "DATE";
            }
            if (type.startsWith("decimal") || type.startsWith("double") || type.startsWith("float")) {
                return "DECIMAL";
            }
            return "TEXT";
        }

        private static String javaType(String kind, String enumName) {
            return switch (kind) {
                case "INTEGER" -> "int";
                case "LONG" -> "long";
                case "DECIMAL" -> "double";
                case "FLAG" -> "boolean";
                case "CHOICE" -> enumName;
                case "LIST" -> "List<String>";
                case "DATE" -> "Optional<LocalDate>";
                case "DATETIME" -> "Optional<LocalDateTime>";
                default -> "String";
            };
        }

        private static Map<String, String> constants(Iterable<String> values) {
            Map<String, String> constants = new LinkedHashMap<>();
            Set<String> taken = new HashSet<>(Set.of("UNKNOWN_TO_SDK_VERSION"));
            for (String value : values) {
                String constant = constant(value);
                String unique = constant;
                for (int i = 2; !taken.add(unique); i++) {
                    unique = constant + "_" + i;
                }
                constants.put(value, unique);
            }
            return constants;
        }

        /** The default to apply on add, if the panel's UI default is one of the field's own values. */
        private String usableDefault(Column column) {
            FormsInventory.Field field = column.field;
            String value = field.defaultValue();
            if (value == null) {
                return null;
            }
            return switch (column.kind) {
                case "CHOICE" -> field.options().containsKey(value) ? value : null;
                case "FLAG" -> value.equals(field.options().get("0")) || value.equals(field.options().get("1"))
                        ? value : null;
                case "INTEGER", "LONG" -> value.strip().matches("-?\\d+") ? value.strip() : null;
                default -> value;
            };
        }

        private String fieldExpression(Column column) {
            FormsInventory.Field field = column.field;
            String lit = SourceText.literal(field.name());
            StringBuilder expression = new StringBuilder("FormField.");
            switch (column.kind) {
                case "FLAG" -> expression.append("flag(").append(lit).append(", ")
                        .append(SourceText.literal(field.options().get("0"))).append(", ")
                        .append(SourceText.literal(field.options().get("1"))).append(")");
                case "CHOICE" -> expression.append("choice(").append(lit).append(field.options().keySet().stream()
                        .map(v -> ", " + SourceText.literal(v)).collect(Collectors.joining())).append(")");
                case "LIST" -> expression.append("list(").append(lit).append(", ")
                        .append(SourceText.literal(field.separator() != null ? field.separator() : ","))
                        .append(field.optionsListed() ? "" : field.options().keySet().stream()
                                .map(v -> ", " + SourceText.literal(v)).collect(Collectors.joining()))
                        .append(")");
                case "PASSWORD" -> expression.append("password(").append(lit).append(")");
                case "INTEGER" -> expression.append("integer(").append(lit).append(")");
                case "LONG" -> expression.append("longInteger(").append(lit).append(")");
                case "DECIMAL" -> expression.append("decimal(").append(lit).append(")");
                case "DATE" -> expression.append("date(").append(lit).append(")");
                case "DATETIME" -> expression.append("dateTime(").append(lit).append(")");
                default -> expression.append("text(").append(lit).append(")");
            }
            String defaultValue = usableDefault(column);
            if (defaultValue != null) {
                expression.append(".defaultValue(").append(SourceText.literal(defaultValue)).append(")");
            } else if ("today".equals(field.defaultDynamic())) {
                expression.append(".defaultToday()");
            }
            if (fills.containsKey(field.name())) {
                expression.append(".filledOnAdd(").append(SourceText.literal(fills.get(field.name()))).append(")");
            }
            if (field.maxLength() > 0 && (column.kind.equals("TEXT") || column.kind.equals("PASSWORD"))) {
                expression.append(".maxLength(").append(field.maxLength()).append(")");
            }
            if (!field.filters().isEmpty()) {
                expression.append(".filters(").append(field.filters().stream().map(SourceText::literal)
                        .collect(Collectors.joining(", "))).append(")");
            }
            if (!field.validators().isEmpty()) {
                expression.append(".validators(").append(field.validators().stream().map(Model::validatorExpression)
                        .collect(Collectors.joining(", "))).append(")");
            }
            return expression.toString();
        }

        private static String validatorExpression(FormsInventory.Check check) {
            StringBuilder expression = new StringBuilder("Validator.of(").append(SourceText.literal(check.type()))
                    .append(", ").append(SourceText.literal(check.errorKey() == null ? "" : check.errorKey()));
            if (check.argument() != null) {
                expression.append(", ").append(SourceText.literal(check.argument()));
            }
            expression.append(")");
            if (check.allowEmpty()) {
                expression.append(".allowingEmpty()");
            }
            if (check.separator() != null && !check.separator().isEmpty()) {
                expression.append(".splitBy(").append(SourceText.literal(check.separator())).append(")");
            }
            return expression.toString();
        }

        private String describe(Column column) {
            StringBuilder text = new StringBuilder(SourceText.code(column.name));
            if (column.field == null) {
                return text.append(", a column the form does not describe (").append(SourceText.code(
                        form.columns().get(column.name))).append(")").toString();
            }
            FormsInventory.Field field = column.field;
            text.append(": ").append(field.formtype() == null ? "" : field.formtype().toLowerCase(Locale.ROOT));
            if (field.datasource() != null) {
                text.append(" of ").append(SourceText.code(field.datasource()));
            }
            if (column.kind.equals("FLAG")) {
                text.append(", ").append(SourceText.code(field.options().get("1"))).append(" when on");
            }
            String defaultValue = usableDefault(column);
            if (defaultValue != null) {
                text.append("; the UI's default ").append(SourceText.code(defaultValue));
            }
            if (fills.containsKey(field.name())) {
                text.append("; the add methods fill in ").append(SourceText.code(fills.get(field.name())))
                        .append(" when it is left out");
            }
            if (field.configGated()) {
                text.append("; only while the panel's global config shows it");
            }
            return text.toString();
        }

        String readModel(String tag, String inventoryFile) {
            SourceText out = new SourceText();
            header(out, tag, inventoryFile);
            out.line("package " + PACKAGE + "." + pkg + ";").blank();
            List<String> imports = new ArrayList<>(List.of("dev.ispconfig.client.DataRecord",
                    "dev.ispconfig.client.form.FormField", "dev.ispconfig.client.form.FormRecord",
                    "dev.ispconfig.client.form.FormSchema", "java.util.List"));
            List<Column> all = new ArrayList<>(fields);
            all.addAll(others);
            if (all.stream().anyMatch(c -> c.kind.equals("CHOICE"))) {
                imports.add("dev.ispconfig.client.form.FormOption");
                imports.add("org.jspecify.annotations.Nullable");
            }
            if (all.stream().anyMatch(c -> c.kind.equals("DATE"))) {
                imports.add("java.time.LocalDate");
            }
            if (all.stream().anyMatch(c -> c.kind.equals("DATETIME"))) {
                imports.add("java.time.LocalDateTime");
            }
            if (all.stream().anyMatch(c -> c.kind.equals("DATE") || c.kind.equals("DATETIME"))) {
                imports.add("java.util.Optional");
            }
            if (form.fields().stream().anyMatch(f -> !f.validators().isEmpty())) {
                imports.add("dev.ispconfig.client.form.Validator");
            }
            imports.stream().sorted().forEach(i -> out.line("import " + i + ";"));
            out.blank();
            String readers = form.usedBy().stream().filter(m -> m.endsWith("_get")).map(SourceText::code)
                    .collect(Collectors.joining(", "));
            out.javadoc("", List.of("A record of the panel's " + SourceText.code(form.stem()) + " form (table "
                            + SourceText.code(form.table()) + ")" + (readers.isEmpty() ? "" : ", as " + readers
                            + " answers it") + ". Written with {@link " + name + "Params}.",
                    "Empty or missing columns read as the panel's PHP reads them: {@code \"\"}, 0, {@code false}, "
                            + "an empty list or {@code Optional}; {@link #raw()} keeps every column as answered."),
                    List.of());
            out.line("public final class " + name + " extends FormRecord {").blank();
            out.line("    /** The form: its fields, the UI's defaults and the validators. */");
            out.line("    public static final FormSchema SCHEMA = new FormSchema(" + SourceText.literal(form.stem())
                    + ", " + SourceText.literal(form.table()) + ", " + SourceText.literal(form.idColumn())
                    + ", List.of(" + (fields.isEmpty() ? "));" : ""));
            for (int i = 0; i < fields.size(); i++) {
                wrapExpression(out, "            ", fieldExpression(fields.get(i)) + (i < fields.size() - 1 ? ","
                        : "));"));
            }
            out.blank();
            out.line("    private " + name + "(DataRecord raw) {");
            out.line("        super(SCHEMA, raw);");
            out.line("    }").blank();
            out.line("    /** The record read through this form. */");
            out.line("    public static " + name + " of(DataRecord raw) {");
            out.line("        return new " + name + "(raw);");
            out.line("    }").blank();
            out.line("    /** The records read through this form, in their order. */");
            out.line("    public static List<" + name + "> listOf(List<DataRecord> raws) {");
            out.line("        return raws.stream().map(" + name + "::new).toList();");
            out.line("    }").blank();
            String idKind = form.columns().getOrDefault(form.idColumn(), "int").startsWith("bigint") ? "long" : "int";
            out.line("    /** " + SourceText.code(form.idColumn()) + ", the record's id. */");
            out.line("    public " + idKind + " id() {");
            out.line("        return " + (idKind.equals("long") ? "longInteger" : "integer") + "("
                    + SourceText.literal(form.idColumn()) + ");");
            out.line("    }");
            for (Column column : all) {
                out.blank();
                out.javadoc("    ", List.of(describe(column) + "."), List.of());
                out.line("    public " + column.javaType + " " + column.accessor + "() {");
                out.line("        return " + readExpression(column) + ";");
                out.line("    }");
                if (column.kind.equals("CHOICE")) {
                    out.blank();
                    out.line("    /** " + SourceText.code(column.name) + " as stored, also a value this SDK does not know. */");
                    out.line("    public String " + column.accessor + "AsString() {");
                    out.line("        return text(" + SourceText.literal(column.name) + ");");
                    out.line("    }");
                }
            }
            for (Column column : fields) {
                if (column.kind.equals("CHOICE")) {
                    out.blank();
                    enumeration(out, column);
                }
            }
            out.line("}");
            return out.toString();
        }

        private static void wrapExpression(SourceText out, String indent, String expression) {
            if (indent.length() + expression.length() <= SourceText.WIDTH) {
                out.line(indent + expression);
                return;
            }
            // Break before each chained call; a single long call stays whole.
            List<String> parts = new ArrayList<>();
            int depth = 0;
            boolean quoted = false;
            int start = 0;
            for (int i = 0; i < expression.length(); i++) {
                char c = expression.charAt(i);
                if (c == '"' && (i == 0 || expression.charAt(i - 1) != '\\')) {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')') {
                    depth--;
                } else if (!quoted && depth == 0 && c == '.' && i > 0 && expression.charAt(i - 1) == ')') {
                    parts.add(expression.substring(start, i));
                    start = i;
                }
            }
            parts.add(expression.substring(start));
            out.line(indent + parts.get(0));
            for (int i = 1; i < parts.size(); i++) {
                out.line(indent + "        " + parts.get(i));
            }
        }

        private static String readExpression(Column column) {
            String lit = SourceText.literal(column.name);
            return switch (column.kind) {
                case "INTEGER" -> "integer(" + lit + ")";
                case "LONG" -> "longInteger(" + lit + ")";
                case "DECIMAL" -> "decimal(" + lit + ")";
                case "FLAG" -> "flag(" + lit + ")";
                case "CHOICE" -> "choice(" + lit + ", " + column.enumName + ".values(), " + column.enumName
                        + ".UNKNOWN_TO_SDK_VERSION)";
                case "LIST" -> "list(" + lit + ")";
                case "DATE" -> "date(" + lit + ")";
                case "DATETIME" -> "dateTime(" + lit + ")";
                default -> "text(" + lit + ")";
            };
        }

        private void enumeration(SourceText out, Column column) {
            out.line("    /** The options of " + SourceText.code(column.name) + ". */");
            out.line("    public enum " + column.enumName + " implements FormOption {");
            for (Map.Entry<String, String> option : column.constants.entrySet()) {
                String label = column.field.options().get(option.getKey());
                out.line("        /** " + SourceText.code(option.getKey().isEmpty() ? "\"\"" : option.getKey())
                        + (label != null && !label.isEmpty() ? ", labelled " + SourceText.code(label) : "") + ". */");
                out.line("        " + option.getValue() + "(" + SourceText.literal(option.getKey()) + "),");
            }
            out.line("        /** A value this SDK does not know (a newer panel's); read it with the {@code …AsString()} accessor. */");
            out.line("        UNKNOWN_TO_SDK_VERSION(null);").blank();
            out.line("        private final @Nullable String wireValue;").blank();
            out.line("        " + column.enumName + "(@Nullable String wireValue) {");
            out.line("            this.wireValue = wireValue;");
            out.line("        }").blank();
            out.line("        @Override");
            out.line("        public @Nullable String wireValue() {");
            out.line("            return wireValue;");
            out.line("        }");
            out.line("    }");
        }

        String params(String tag, String inventoryFile) {
            SourceText out = new SourceText();
            header(out, tag, inventoryFile);
            out.line("package " + PACKAGE + "." + pkg + ";").blank();
            List<String> imports = new ArrayList<>(List.of("dev.ispconfig.client.form.FormParams", "java.time.Clock"));
            List<Column> settable = fields.stream().filter(c -> !c.name.equals(form.idColumn())).toList();
            if (settable.stream().anyMatch(c -> c.kind.equals("LIST"))) {
                imports.add("java.util.Collection");
            }
            if (settable.stream().anyMatch(c -> c.kind.equals("DATE"))) {
                imports.add("java.time.LocalDate");
            }
            if (settable.stream().anyMatch(c -> c.kind.equals("DATETIME"))) {
                imports.add("java.time.LocalDateTime");
            }
            imports.stream().sorted().forEach(i -> out.line("import " + i + ";"));
            out.blank();
            List<String> writers = form.usedBy().stream().filter(m -> !m.endsWith("_get") && !m.endsWith("_delete"))
                    .map(SourceText::code).toList();
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("The params of an add or update through the panel's " + SourceText.code(form.stem())
                    + " form" + (writers.isEmpty() ? "" : " (" + String.join(", ", writers) + ")") + ".");
            List<String> defaults = settable.stream().filter(c -> usableDefault(c) != null
                    || "today".equals(c.field.defaultDynamic()))
                    .map(c -> SourceText.code(c.name) + " " + (usableDefault(c) != null
                            ? SourceText.code(usableDefault(c)) : "today")).toList();
            if (!defaults.isEmpty()) {
                paragraphs.add("{@link #forAdd()} starts from the UI's defaults (the remote API applies none): "
                        + String.join(", ", defaults) + ".");
            }
            List<String> required = settable.stream().filter(c -> !fills.containsKey(c.name))
                    .filter(c -> c.field.validators().stream()
                    .anyMatch(v -> v.type().equals("NOTEMPTY"))).map(c -> SourceText.code(c.name)).toList();
            if (!required.isEmpty()) {
                paragraphs.add("Required on add: " + String.join(", ", required) + ".");
            }
            List<String> panelOnly = settable.stream().flatMap(c -> c.field.validators().stream()
                    .filter(v -> v.type().equals("UNIQUE") || v.type().equals("CUSTOM"))
                    .map(v -> SourceText.code(c.name) + " " + v.type().toLowerCase(Locale.ROOT)
                            + " (" + SourceText.code(v.errorKey() == null ? "" : v.errorKey()) + ")")).toList();
            if (!panelOnly.isEmpty()) {
                paragraphs.add("Checked by the panel only: " + String.join(", ", panelOnly) + ".");
            }
            out.javadoc("", paragraphs, List.of());
            out.line("public final class " + name + "Params extends FormParams {").blank();
            out.line("    private " + name + "Params(Builder builder) {");
            out.line("        super(builder);");
            out.line("    }").blank();
            out.line("    /** Params for an add: the UI's defaults, then what you set; every field is validated. */");
            out.line("    public static Builder forAdd() {");
            out.line("        return new Builder(true);");
            out.line("    }").blank();
            out.line("    /** Params for an update: only what you set is sent (the panel keeps the rest) and validated. */");
            out.line("    public static Builder forUpdate() {");
            out.line("        return new Builder(false);");
            out.line("    }").blank();
            out.line("    /** Collects the values; {@link #build()} validates them as the panel would. */");
            out.line("    public static final class Builder extends FormParams.Builder<Builder, " + name + "Params> {")
                    .blank();
            out.line("        private Builder(boolean forAdd) {");
            out.line("            super(" + name + ".SCHEMA, forAdd, Clock.systemDefaultZone());");
            out.line("        }");
            for (Column column : settable) {
                out.blank();
                out.javadoc("        ", List.of(describe(column) + "."), List.of());
                String lit = SourceText.literal(column.name);
                String type;
                String body;
                switch (column.kind) {
                    case "INTEGER" -> {
                        type = "int";
                        body = "number(" + lit + ", value)";
                    }
                    case "LONG" -> {
                        type = "long";
                        body = "number(" + lit + ", value)";
                    }
                    case "DECIMAL" -> {
                        type = "double";
                        body = "number(" + lit + ", value)";
                    }
                    case "FLAG" -> {
                        type = "boolean";
                        body = "flag(" + lit + ", value)";
                    }
                    case "CHOICE" -> {
                        type = name + "." + column.enumName;
                        body = "choice(" + lit + ", value)";
                    }
                    case "LIST" -> {
                        type = "Collection<String>";
                        body = "list(" + lit + ", value)";
                    }
                    case "DATE" -> {
                        type = "LocalDate";
                        body = "date(" + lit + ", value)";
                    }
                    case "DATETIME" -> {
                        type = "LocalDateTime";
                        body = "dateTime(" + lit + ", value)";
                    }
                    default -> {
                        type = "String";
                        body = "text(" + lit + ", value)";
                    }
                }
                out.line("        public Builder " + column.accessor + "(" + type + " value) {");
                out.line("            return " + body + ";");
                out.line("        }");
            }
            out.blank();
            out.line("        @Override");
            out.line("        protected " + name + "Params create() {");
            out.line("            return new " + name + "Params(this);");
            out.line("        }");
            out.line("    }");
            out.line("}");
            return out.toString();
        }
    }
}
