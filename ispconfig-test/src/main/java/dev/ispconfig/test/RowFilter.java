package dev.ispconfig.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The filter branch of the panel's {@code getDataRecord}: each key becomes {@code column = value}, or
 * {@code column LIKE value} when the value holds a {@code %}; {@code #OFFSET#} and {@code #LIMIT#} page the result.
 * Like PHP, every key (paging keys too) pushes two bind values, so paging keys placed before filter keys shift the
 * binds, and a filter naming an unknown column answers an empty list (MySQL's error).
 */
final class RowFilter {

    private RowFilter() {
    }

    static List<Map<String, Object>> select(Table table, Map<?, ?> filter) {
        List<String> binds = new ArrayList<>();
        List<Boolean> placeholders = new ArrayList<>();
        long offset = 0;
        long limit = 0;
        for (Map.Entry<?, ?> e : filter.entrySet()) {
            String key = Php.str(e.getKey());
            String value = Php.str(e.getValue());
            if (key.equals("#OFFSET#")) {
                offset = Php.intval(e.getValue());
            } else if (key.equals("#LIMIT#")) {
                limit = Php.intval(e.getValue());
            } else {
                placeholders.add(value.contains("%"));
            }
            binds.add(key);
            binds.add(value);
        }
        for (int i = 0; i < placeholders.size(); i++) {
            if (!table.hasColumn(binds.get(2 * i))) {
                return List.of();
            }
        }
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, String> row : table.rows()) {
            boolean match = true;
            for (int i = 0; i < placeholders.size() && match; i++) {
                String cell = row.get(binds.get(2 * i));
                String value = binds.get(2 * i + 1);
                match = placeholders.get(i) ? like(cell, value) : equalsSql(cell, value);
            }
            if (match) {
                found.add(new java.util.LinkedHashMap<>(row));
            }
        }
        if (offset >= 0 && limit > 0) {
            int from = (int) Math.min(offset, found.size());
            int to = (int) Math.min(from + limit, found.size());
            return new ArrayList<>(found.subList(from, to));
        }
        return found;
    }

    /** MySQL's {@code =} under a case-insensitive collation with PAD SPACE; NULL matches nothing. */
    static boolean equalsSql(@Nullable String cell, String value) {
        if (cell == null) {
            return false;
        }
        if (isNumber(cell) && isNumber(value)) {
            return Double.parseDouble(cell.strip()) == Double.parseDouble(value.strip());
        }
        return stripTrailing(cell).equalsIgnoreCase(stripTrailing(value));
    }

    /** MySQL's {@code LIKE}: {@code %} any run, {@code _} one character, backslash escapes; case-insensitive. */
    static boolean like(@Nullable String cell, String pattern) {
        if (cell == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(cell).matches();
    }

    private static boolean isNumber(String s) {
        return s.strip().matches("[+-]?\\d+(\\.\\d+)?") && !s.isBlank();
    }

    private static String stripTrailing(String s) {
        return s.replaceAll(" +$", "").toLowerCase(Locale.ROOT);
    }
}
