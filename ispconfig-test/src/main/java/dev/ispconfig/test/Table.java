package dev.ispconfig.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One MySQL table in memory: rows keyed by their auto-increment id, every column a string (or null) as mysqli returns
 * them. Not thread-safe: the panel serialises calls on its database.
 */
final class Table {

    final String name;
    final String key;
    private final Set<String> columns = new LinkedHashSet<>();
    private final TreeMap<Long, Map<String, String>> rows = new TreeMap<>();
    private long nextId = 1;

    Table(String name, String key, List<String> columns) {
        this.name = name;
        this.key = key;
        this.columns.add(key);
        this.columns.addAll(columns);
    }

    /** Inserts a row; its id is the key column when set (as {@code _primary_id} does), else the next auto id. */
    long insert(Map<String, String> values) {
        String given = values.get(key);
        long id = given != null && Php.intval(given) > 0 ? Php.intval(given) : nextId;
        nextId = Math.max(nextId, id + 1);
        Map<String, String> row = new LinkedHashMap<>();
        row.put(key, Long.toString(id));
        values.forEach((column, value) -> {
            if (!column.equals(key)) {
                row.put(column, value);
            }
        });
        columns.addAll(row.keySet());
        rows.put(id, row);
        return id;
    }

    /** A copy of the row, or null. */
    @Nullable Map<String, Object> get(long id) {
        Map<String, String> row = rows.get(id);
        return row == null ? null : new LinkedHashMap<>(row);
    }

    boolean exists(long id) {
        return rows.containsKey(id);
    }

    /** MySQL's affected rows: 1 when a value changed, 0 for a missing row or a no-op. */
    int update(long id, Map<String, String> values) {
        Map<String, String> row = rows.get(id);
        if (row == null) {
            return 0;
        }
        boolean changed = false;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().equals(key)) {
                continue;
            }
            boolean had = row.containsKey(e.getKey());
            String old = row.put(e.getKey(), e.getValue());
            changed |= !had || !java.util.Objects.equals(old, e.getValue());
        }
        columns.addAll(values.keySet());
        return changed ? 1 : 0;
    }

    int delete(long id) {
        return rows.remove(id) == null ? 0 : 1;
    }

    /** Copies of all rows in id order. */
    List<Map<String, Object>> all() {
        List<Map<String, Object>> copy = new ArrayList<>(rows.size());
        rows.values().forEach(row -> copy.add(new LinkedHashMap<>(row)));
        return copy;
    }

    /** Rows where {@code column = value} (MySQL's case-insensitive comparison). */
    List<Map<String, Object>> where(String column, String value) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, String> row : rows.values()) {
            if (RowFilter.equalsSql(row.get(column), value)) {
                found.add(new LinkedHashMap<>(row));
            }
        }
        return found;
    }

    /** True when MySQL would know the column: declared, or present in a row. */
    boolean hasColumn(String column) {
        return columns.contains(column);
    }

    Iterable<Map<String, String>> rows() {
        return rows.values();
    }

    int size() {
        return rows.size();
    }

    void clear() {
        rows.clear();
        nextId = 1;
    }
}
