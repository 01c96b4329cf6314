package dev.ispconfig.client.form;

import dev.ispconfig.client.DataRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The base of the typed read models: one record as the panel answered it, read through the form's types. The panel's
 * PHP reads a missing or nil column as empty, and so do the accessors: {@code ""} for text, 0 for numbers,
 * {@code false} for flags, an empty list, an empty {@code Optional} for dates. {@link #raw()} keeps every column,
 * also those no form describes.
 */
public abstract class FormRecord {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final FormSchema schema;
    private final DataRecord raw;

    protected FormRecord(FormSchema schema, DataRecord raw) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.raw = Objects.requireNonNull(raw, "raw");
    }

    /** The record as the panel answered it: every column, in the panel's spelling. */
    public final DataRecord raw() {
        return raw;
    }

    /** The form this record is read through. */
    public final FormSchema schema() {
        return schema;
    }

    protected final String text(String column) {
        Object value = raw.get(column);
        return value == null ? "" : value.toString();
    }

    protected final int integer(String column) {
        long value = longInteger(column);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /** As PHP's {@code intval}: the leading integer of the text, 0 if none. */
    protected final long longInteger(String column) {
        Object value = raw.get(column);
        if (value instanceof Number number) {
            return number.longValue();
        }
        String text = value == null ? "" : value.toString().strip();
        int end = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        int start = end;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        if (end == start) {
            return 0;
        }
        try {
            return Long.parseLong(text.substring(0, end));
        } catch (NumberFormatException e) {
            return text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    protected final double decimal(String column) {
        String text = text(column).strip();
        try {
            return text.isEmpty() ? 0 : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether the column holds the field's "on" value ({@code y}, {@code Y}, {@code 1}, …), in either case. */
    protected final boolean flag(String column) {
        FormField field = schema.field(column);
        String on = field != null && field.onValue() != null ? field.onValue() : "y";
        return text(column).equalsIgnoreCase(on);
    }

    protected final <E extends Enum<E> & FormOption> E choice(String column, E[] options, E unknown) {
        return FormOption.find(options, text(column), unknown);
    }

    protected final List<String> list(String column) {
        FormField field = schema.field(column);
        String separator = field != null && field.separator() != null ? field.separator() : ",";
        String text = text(column);
        return text.isEmpty() ? List.of()
                : Arrays.stream(text.split(Pattern.quote(separator), -1)).map(String::strip).toList();
    }

    /** Empty for an empty column and for MySQL's zero date. */
    protected final Optional<LocalDate> date(String column) {
        String text = text(column).strip();
        if (text.isEmpty() || text.startsWith("0000-00-00")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    protected final Optional<LocalDateTime> dateTime(String column) {
        String text = text(column).strip();
        if (text.isEmpty() || text.startsWith("0000-00-00")) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.length() == 10 ? LocalDate.parse(text).atStartOfDay()
                    : LocalDateTime.parse(text, DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof FormRecord record && getClass() == record.getClass() && raw.equals(record.raw);
    }

    @Override
    public final int hashCode() {
        return raw.hashCode();
    }

    /** The columns with passwords and other secrets masked. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('{');
        raw.forEach((column, value) -> {
            if (text.charAt(text.length() - 1) != '{') {
                text.append(", ");
            }
            text.append(column).append('=').append(schema.isSecret(column) && value != null ? "****" : value);
        });
        return text.append('}').toString();
    }
}
