package dev.ispconfig.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON in (the arguments of {@code call}) and out (answers), and the masking of secrets in what is printed. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    static final String MASK = "****";

    private Json() {
    }

    /** An argument as the Java value the client sends: JSON when it parses as JSON, else the text itself. */
    static @Nullable Object argument(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JacksonException e) {
            return text;
        }
        return node == null || node.isMissingNode() ? text : value(node);
    }

    private static @Nullable Object value(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(entry -> map.put(entry.getKey(), value(entry.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(item -> list.add(value(item)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asString();
    }

    static String write(@Nullable Object value) {
        return MAPPER.writeValueAsString(masked(value));
    }

    /** The value with every secret column (passwords, keys, private material) replaced by {@link #MASK}. */
    static @Nullable Object masked(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            return masked(map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Json::masked).toList();
        }
        return value;
    }

    /** A record with its secret columns masked, keys as text. */
    static Map<String, @Nullable Object> masked(Map<?, ?> map) {
        Map<String, @Nullable Object> copy = new LinkedHashMap<>();
        map.forEach((key, item) -> copy.put(String.valueOf(key),
                isSecret(String.valueOf(key)) && item != null && !String.valueOf(item).isEmpty() ? MASK
                        : masked(item)));
        return copy;
    }

    /** The same rule as the typed models' {@code toString()} ({@code FormSchema.isSecret}). */
    static boolean isSecret(String column) {
        return dev.ispconfig.client.form.FormSchema.isSecretName(column);
    }
}
