package dev.ispconfig.test;

import dev.ispconfig.client.form.FieldKind;
import dev.ispconfig.client.form.FormField;
import dev.ispconfig.client.form.FormSchema;
import dev.ispconfig.client.form.Validator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One ISPConfig form as the simulator runs it: the SDK's typed-model schema of the form (table, key, fields in form
 * order, the panel's validators, extracted from its sources), plus the checks that need the panel's database or
 * code: UNIQUE against the table, and the CUSTOM functions the simulator models. Like remoting_lib, it keeps only
 * the form's fields of {@code params}, applies no defaults, runs validators on {@code ''} for missing keys, after
 * the field's save filters, and joins the untranslated error keys with {@code "<br />\r\n"} ({@code "<br>\r\n"} for
 * custom validators). A CUSTOM check the simulator does not model passes.
 */
final class Form {

    /** Error text of one custom validator, or null when the value passes. */
    @FunctionalInterface
    interface Check {
        @Nullable String run(String value, Context context);
    }

    /** What a validator may look at: the merged record, insert or update, and the database for unique checks. */
    record Context(Map<String, Object> record, boolean insert, long primaryId, Table table, Database database) {
    }

    final FormSchema schema;
    final String table;
    final String key;
    final List<String> fields;
    final String permGroup;
    private final Map<String, Check> custom = new LinkedHashMap<>();

    Form(FormSchema schema) {
        this(schema, "riud");
    }

    Form(FormSchema schema, String permGroup) {
        this.schema = schema;
        this.table = schema.table();
        this.key = schema.idColumn();
        this.fields = schema.fields().stream().map(FormField::name).toList();
        this.permGroup = permGroup;
    }

    /** Models the field's CUSTOM validator (the panel's validate_*.inc.php function). */
    Form custom(String field, Check check) {
        custom.put(field, check);
        return this;
    }

    /** The error keys of every failing validator in form order, or "" when all pass. */
    String validate(Map<String, Object> record, boolean insert, long primaryId, Table table, Database database) {
        Context context = new Context(record, insert, primaryId, table, database);
        StringBuilder errors = new StringBuilder();
        for (FormField field : schema.fields()) {
            Object raw = record.get(field.name());
            String value = field.saveFiltered(raw == null ? "" : text(raw));
            for (Validator validator : field.validators()) {
                String error = switch (validator.type()) {
                    case "UNIQUE" -> unique(field.name(), validator, value, context);
                    case "CUSTOM" -> custom.containsKey(field.name())
                            ? custom.get(field.name()).run(value, context) : null;
                    default -> validator.isCheckedByPanelOnly() || validator.accepts(value)
                            ? null : line(validator.errorKey());
                };
                if (error != null) {
                    errors.append(error);
                }
            }
        }
        return errors.toString();
    }

    /** The panel's UNIQUE: no other row of the table has the value (an empty one passes with allowempty). */
    private @Nullable String unique(String field, Validator validator, String value, Context context) {
        if (validator.allowsEmpty() && value.isEmpty()) {
            return null;
        }
        for (Map<String, String> row : context.table().rows()) {
            boolean self = !context.insert() && String.valueOf(context.primaryId()).equals(row.get(key));
            if (!self && RowFilter.equalsSql(row.get(field), value)) {
                return line(validator.errorKey());
            }
        }
        return null;
    }

    /** The columns an insert or update writes: the form's fields present in {@code params}, as MySQL stores them. */
    Map<String, String> encode(Map<String, Object> params) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            if (params.containsKey(field.name())) {
                Object value = params.get(field.name());
                boolean integer = field.kind() == FieldKind.INTEGER || field.kind() == FieldKind.LONG;
                columns.put(field.name(), integer ? Long.toString(Php.intval(value)) : text(value));
            }
        }
        return columns;
    }

    private static String text(Object value) {
        return value instanceof Collection<?> list ? String.join(",", list.stream().map(Php::str).toList())
                : Php.str(value);
    }

    static String line(String error) {
        return error + "<br />\r\n";
    }

    /** How custom validators (validate_*.inc.php) end a line. */
    static String customLine(String error) {
        return error + "<br>\r\n";
    }
}
