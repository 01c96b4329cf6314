package dev.ispconfig.client;

import dev.ispconfig.client.exception.UnexpectedResultException;
import dev.ispconfig.client.soap.DecodedMap;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row as the panel returns it: an immutable, insertion-ordered {@code Map<String, Object>} with typed getters.
 * The panel sends every database column as a string ({@code "156"}, {@code "y"}), so the getters parse for you:
 * {@link #getInt}, {@link #getLong}, {@link #getBoolean} ({@code y}/{@code n}/{@code Y}/{@code N}) and their
 * {@code Optional} twins, which are empty for a missing key, a nil column or an empty string.
 */
public final class DataRecord extends AbstractMap<String, @Nullable Object> {

    private final Map<String, @Nullable Object> values;

    private DataRecord(Map<String, @Nullable Object> values) {
        this.values = values;
    }

    /** A record holding a copy of {@code values}, in their iteration order. */
    public static DataRecord of(Map<String, ?> values) {
        if (values instanceof DataRecord record) {
            return record;
        }
        return new DataRecord(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /**
     * The record in a decoded answer of a get by id: {@code null} when the panel answered nil (a missing row).
     *
     * @throws UnexpectedResultException when the answer is not a record
     */
    public static @Nullable DataRecord fromResult(String method, @Nullable Object result) {
        if (result == null) {
            return null;
        }
        if (result instanceof Map<?, ?> map) {
            return copyOf(map);
        }
        throw new UnexpectedResultException(method + " answered " + describe(result) + " where a record belongs");
    }

    /**
     * The records in a decoded answer of a get by filter. An empty answer is an empty list; so is PHP's {@code false},
     * which several methods send for "nothing".
     *
     * @throws UnexpectedResultException when the answer is not a list of records
     */
    public static List<DataRecord> listFromResult(String method, @Nullable Object result) {
        if (result == null || Boolean.FALSE.equals(result)) {
            return List.of();
        }
        if (result instanceof Map<?, ?> map && map.isEmpty()) {
            return List.of();
        }
        if (!(result instanceof List<?> list)) {
            throw new UnexpectedResultException(method + " answered " + describe(result) + " where a list belongs");
        }
        List<DataRecord> records = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new UnexpectedResultException(method + " answered a list holding " + describe(item)
                        + " where records belong");
            }
            records.add(copyOf(map));
        }
        return Collections.unmodifiableList(records);
    }

    /**
     * A decoded map is frozen and held as it is (its keys are strings, and nobody can change it any more); any other
     * map is copied once, keys as strings: a decoded list can hold thousands of rows.
     */
    private static DataRecord copyOf(Map<?, ?> map) {
        if (map instanceof DecodedMap decoded) {
            return new DataRecord(decoded.freeze());
        }
        Map<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return new DataRecord(Collections.unmodifiableMap(copy));
    }

    private static String describe(@Nullable Object value) {
        return value == null ? "nil" : "a " + value.getClass().getSimpleName();
    }

    @Override
    public Set<Entry<String, @Nullable Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public @Nullable Object get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public int size() {
        return values.size();
    }

    /** The value as text; {@code null} for a nil column. @throws NoSuchElementException for a missing key */
    public @Nullable String getString(String key) {
        Object value = require(key);
        return value == null ? null : value.toString();
    }

    public Optional<String> getOptionalString(String key) {
        Object value = values.get(key);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    /** @throws NoSuchElementException for a missing key or nil; @throws IllegalStateException if not an int */
    public int getInt(String key) {
        long value = getLong(key);
        if (value != (int) value) {
            throw new IllegalStateException("column " + key + " does not fit an int: " + value);
        }
        return (int) value;
    }

    public Optional<Integer> getOptionalInt(String key) {
        return getOptionalLong(key).map(value -> {
            if (value != value.intValue()) {
                throw new IllegalStateException("column " + key + " does not fit an int: " + value);
            }
            return value.intValue();
        });
    }

    /** @throws NoSuchElementException for a missing key or nil; @throws IllegalStateException if not a number */
    public long getLong(String key) {
        return getOptionalLong(key).orElseThrow(() -> new NoSuchElementException(
                "column " + key + " is " + (values.containsKey(key) ? "empty" : "missing")));
    }

    public Optional<Long> getOptionalLong(String key) {
        Object value = values.get(key);
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(((Number) value).longValue());
        }
        if (value == null || value.toString().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.toString().strip()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("column " + key + " is not an integer");
        }
    }

    /**
     * A flag column: {@code y}/{@code Y} → true, {@code n}/{@code N} → false (ISPConfig uses both cases), also
     * {@code true}/{@code false} and {@code 1}/{@code 0}.
     *
     * @throws NoSuchElementException for a missing key or nil; @throws IllegalStateException for other values
     */
    public boolean getBoolean(String key) {
        return getOptionalBoolean(key).orElseThrow(() -> new NoSuchElementException(
                "column " + key + " is " + (values.containsKey(key) ? "empty" : "missing")));
    }

    public Optional<Boolean> getOptionalBoolean(String key) {
        Object value = values.get(key);
        if (value instanceof Boolean bool) {
            return Optional.of(bool);
        }
        if (value == null || value.toString().isEmpty()) {
            return Optional.empty();
        }
        return switch (value.toString().strip()) {
            case "y", "Y", "true", "1" -> Optional.of(Boolean.TRUE);
            case "n", "N", "false", "0" -> Optional.of(Boolean.FALSE);
            default -> throw new IllegalStateException("column " + key + " is not a y/n flag");
        };
    }

    /** Like a map's, but with password columns ({@code password}, {@code relay_pass}, …) masked. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        values.forEach((key, value) -> {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(key).append('=').append(key.contains("pass") && value != null ? "****" : value);
        });
        return text.append('}').toString();
    }

    private @Nullable Object require(String key) {
        if (!values.containsKey(key)) {
            throw new NoSuchElementException("no column " + key + " in this record");
        }
        return values.get(key);
    }
}
