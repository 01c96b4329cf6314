package dev.ispconfig.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the simulator knows of one ISPConfig form: its table, key, field names in form order, which fields are
 * integers, and the validators the real form runs (required fields and the main format checks). Like remoting_lib,
 * it keeps only the form's fields of {@code params}, applies no defaults, runs validators on {@code ''} for missing
 * keys, and joins the untranslated error keys with {@code "<br />\r\n"} ({@code "<br>\r\n"} for custom validators).
 */
final class Form {

    /** Error text of one validator, or null when the value passes. */
    @FunctionalInterface
    interface Check {
        String run(String value, Context context);
    }

    /** What a validator may look at: the merged record, insert or update, and the database for unique checks. */
    record Context(Map<String, Object> record, boolean insert, long primaryId, Table table, Database database) {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    final String table;
    final String key;
    final List<String> fields;
    private final Set<String> integers = new LinkedHashSet<>();
    private final Map<String, List<Check>> checks = new LinkedHashMap<>();
    final String permGroup;

    Form(String table, String key, String fields) {
        this(table, key, fields, "riud");
    }

    Form(String table, String key, String fields, String permGroup) {
        this.table = table;
        this.key = key;
        this.fields = List.of(fields.trim().split("\\s+"));
        this.permGroup = permGroup;
    }

    Form integers(String names) {
        integers.addAll(Arrays.asList(names.trim().split("\\s+")));
        return this;
    }

    Form check(String field, Check check) {
        checks.computeIfAbsent(field, f -> new ArrayList<>()).add(check);
        return this;
    }

    Form notEmpty(String field, String error) {
        return check(field, (value, c) -> value.isEmpty() ? line(error) : null);
    }

    Form regex(String field, String regex, String error) {
        Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
        return check(field, (value, c) -> pattern.matcher(value).find() ? null : line(error));
    }

    Form unique(String field, String error, boolean allowEmpty) {
        return check(field, (value, c) -> {
            if (allowEmpty && value.isEmpty()) {
                return null;
            }
            for (Map<String, String> row : c.table().rows()) {
                boolean self = !c.insert() && String.valueOf(c.primaryId()).equals(row.get(key));
                if (!self && RowFilter.equalsSql(row.get(field), value)) {
                    return line(error);
                }
            }
            return null;
        });
    }

    Form email(String field, String error, boolean allowEmpty, boolean noPlus) {
        return check(field, (value, c) -> allowEmpty && value.isEmpty()
                || EMAIL.matcher(value).matches() && !(noPlus && value.contains("+")) ? null : line(error));
    }

    Form domain(String field, String error) {
        return check(field, (value, c) -> EMAIL.matcher("check@" + value).matches() ? null : line(error));
    }

    Form ipv4(String field, String error) {
        return check(field, (value, c) -> value.matches(
                "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)") ? null : line(error));
    }

    Form ipv6(String field, String error) {
        return check(field, (value, c) -> value.contains(":") && value.matches("[0-9A-Fa-f:.]+")
                && isInet(value) ? null : line(error));
    }

    Form isInt(String field, String error) {
        return check(field, (value, c) -> value.isEmpty() || value.matches("[+-]?(0|[1-9]\\d*)") ? null : line(error));
    }

    /** RANGE "min:": PHP 8 compares '' with a numeric string as strings, so a missing value fails too. */
    Form atLeast(String field, long min, String error) {
        return check(field, (value, c) -> Php.isNumeric(value) && Double.parseDouble(value.strip()) >= min
                ? null : line(error));
    }

    /** The error keys of every failing validator in form order, or "" when all pass. */
    String validate(Map<String, Object> record, boolean insert, long primaryId, Table table, Database database) {
        Context context = new Context(record, insert, primaryId, table, database);
        StringBuilder errors = new StringBuilder();
        for (String field : fields) {
            for (Check check : checks.getOrDefault(field, List.of())) {
                Object raw = record.get(field);
                String error = check.run(raw == null ? "" : Php.str(raw instanceof Collection<?> list
                        ? String.join(",", list.stream().map(Php::str).toList()) : raw), context);
                if (error != null) {
                    errors.append(error);
                }
            }
        }
        return errors.toString();
    }

    /** The columns an insert or update writes: the form's fields present in {@code params}, as MySQL stores them. */
    Map<String, String> encode(Map<String, Object> params) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String field : fields) {
            if (params.containsKey(field)) {
                Object value = params.get(field);
                String text = value instanceof Collection<?> list
                        ? String.join(",", list.stream().map(Php::str).toList()) : Php.str(value);
                columns.put(field, integers.contains(field) ? Long.toString(Php.intval(value)) : text);
            }
        }
        return columns;
    }

    static String line(String error) {
        return error + "<br />\r\n";
    }

    /** How custom validators (validate_*.inc.php) end a line. */
    static String customLine(String error) {
        return error + "<br>\r\n";
    }

    private static boolean isInet(String value) {
        try {
            return java.net.InetAddress.getByName(value) instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
