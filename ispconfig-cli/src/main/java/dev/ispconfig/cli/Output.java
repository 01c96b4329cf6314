package dev.ispconfig.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a command prints: JSON when asked or when the output is no terminal, else aligned text tables. */
final class Output {

    private final PrintWriter out;
    private final boolean json;

    Output(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    boolean isJson() {
        return json;
    }

    /** Any decoded answer: JSON, or for a terminal a table when it is a record or a list of records. */
    void value(@Nullable Object value) {
        if (json) {
            out.println(Json.write(value));
        } else if (value instanceof Map<?, ?> map) {
            record(map);
        } else if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Map.class::isInstance)) {
            List<String> columns = new ArrayList<>();
            list.forEach(row -> ((Map<?, ?>) row).keySet().forEach(key -> {
                if (!columns.contains(String.valueOf(key))) {
                    columns.add(String.valueOf(key));
                }
            }));
            table(columns, list.stream().map(row -> (Map<?, ?>) row).toList());
        } else if (value instanceof List<?> list) {
            list.forEach(item -> out.println(item));
        } else {
            out.println(value);
        }
        out.flush();
    }

    /** One record as two columns, column and value; secrets masked. */
    void record(Map<?, ?> record) {
        if (json) {
            value(record);
            return;
        }
        Map<String, @Nullable Object> masked = Json.masked(record);
        int width = masked.keySet().stream().mapToInt(String::length).max().orElse(0);
        masked.forEach((key, item) -> out.println(pad(key, width) + "  " + (item == null ? "" : item)));
        out.flush();
    }

    /** Rows under the given columns (those a row lacks print empty); secrets masked. */
    void table(List<String> columns, List<? extends Map<?, ?>> rows) {
        if (json) {
            List<Map<String, Object>> selected = new ArrayList<>();
            for (Map<?, ?> row : rows) {
                Map<String, Object> picked = new LinkedHashMap<>();
                columns.forEach(column -> picked.put(column, row.get(column)));
                selected.add(picked);
            }
            value(selected);
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (Map<?, ?> row : rows) {
            Map<String, @Nullable Object> masked = Json.masked(row);
            cells.add(columns.stream().map(column -> {
                Object item = masked.get(column);
                return item == null ? "" : String.valueOf(item).replace('\n', ' ');
            }).toList());
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (List<String> row : cells) {
                widths[i] = Math.max(widths[i], Math.min(row.get(i).length(), 60));
            }
        }
        out.println(line(columns, widths));
        cells.forEach(row -> out.println(line(row, widths)));
        out.flush();
    }

    void text(String line) {
        out.println(line);
        out.flush();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).length() > 60 ? cells.get(i).substring(0, 59) + "…" : cells.get(i);
            line.append(i == 0 ? "" : "  ").append(i == cells.size() - 1 ? cell : pad(cell, widths[i]));
        }
        return line.toString().stripTrailing();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
