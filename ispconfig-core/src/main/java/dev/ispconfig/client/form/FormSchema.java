package dev.ispconfig.client.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A panel form as the typed models use it: the table it writes, its index column and its fields with their defaults
 * and validators. {@link #validate} applies the validators the way the panel's form library does for the remote API.
 */
public final class FormSchema {

    private final String name;
    private final String table;
    private final String idColumn;
    private final Map<String, FormField> fields;
    private final Set<String> passwordColumns;

    /**
     * @param name the form's name, for example {@code dns_a}
     * @param table the table it writes, for example {@code dns_rr}
     * @param idColumn the table's index column, for example {@code id}
     */
    public FormSchema(String name, String table, String idColumn, List<FormField> fields) {
        this.name = Objects.requireNonNull(name, "name");
        this.table = Objects.requireNonNull(table, "table");
        this.idColumn = Objects.requireNonNull(idColumn, "idColumn");
        Map<String, FormField> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        this.fields = java.util.Collections.unmodifiableMap(byName);
        this.passwordColumns = fields.stream().filter(field -> field.kind() == FieldKind.PASSWORD)
                .map(FormField::name).collect(Collectors.toUnmodifiableSet());
    }

    public String name() {
        return name;
    }

    public String table() {
        return table;
    }

    public String idColumn() {
        return idColumn;
    }

    /** The fields in the form's order. */
    public Collection<FormField> fields() {
        return fields.values();
    }

    /** The field of that name; null when the form has none. */
    public @Nullable FormField field(String name) {
        return fields.get(name);
    }

    /**
     * Whether {@code column} holds a secret that {@code toString()} must not show: the form's password fields and any
     * column named like a password, a private key ({@code ssl_key}, {@code dkim_private}) or a secret.
     */
    public boolean isSecret(String column) {
        return passwordColumns.contains(column) || isSecretName(column);
    }

    /**
     * Whether a column's name says it holds a secret: a word (between underscores) that is {@code pass} or starts
     * with {@code passw} ({@code relay_pass}, {@code stats_password}, {@code passwort}), ends the name as
     * {@code key} ({@code ssl_key}), or contains {@code private} or {@code secret}.
     */
    public static boolean isSecretName(String column) {
        String name = column.toLowerCase(java.util.Locale.ROOT);
        for (String word : name.split("[_\\-]")) {
            if (word.equals("pass") || word.startsWith("passw")) {
                return true;
            }
        }
        return name.endsWith("_key") || name.contains("private") || name.contains("secret");
    }

    /** The defaults the panel's UI fills in, in the panel's spelling; dates of today as of {@code today}. */
    public Map<String, String> defaults(LocalDate today) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (FormField field : fields.values()) {
            if (field.defaultValue() != null) {
                defaults.put(field.name(), field.defaultValue());
            } else if (field.defaultsToToday()) {
                defaults.put(field.name(), today.toString());
            }
        }
        return defaults;
    }

    /**
     * What the panel's validators would refuse in {@code values} (wire spelling). For an add the panel validates every
     * field of the form, an absent one as {@code ""}; for an update it validates the stored record merged with the
     * values, so only the values given are checked here. A field the add methods fill in when it is left out is
     * checked as so filled. Validators only the panel can apply are skipped.
     */
    public List<Violation> validate(Map<String, ?> values, boolean add) {
        List<Violation> violations = new ArrayList<>();
        for (FormField field : fields.values()) {
            if (!add && !values.containsKey(field.name())) {
                continue;
            }
            Object raw = values.get(field.name());
            String value = raw == null ? "" : raw.toString();
            if (add && value.isEmpty() && field.filledOnAdd() != null) {
                value = field.filledOnAdd();
            }
            if (field.maxLength() > 0 && (field.kind() == FieldKind.TEXT || field.kind() == FieldKind.PASSWORD)
                    && value.codePointCount(0, value.length()) > field.maxLength()) {
                violations.add(new Violation(field.name(), "MAXLENGTH", "maxlength"));
            }
            String filtered = field.saveFiltered(value);
            for (Validator validator : field.validators()) {
                if (!validator.isCheckedByPanelOnly() && !validator.accepts(filtered)) {
                    violations.add(new Violation(field.name(), validator.type(), validator.errorKey()));
                }
            }
        }
        return violations;
    }

    @Override
    public String toString() {
        return "form " + name + " (table " + table + ", " + fields.size() + " fields)";
    }
}
