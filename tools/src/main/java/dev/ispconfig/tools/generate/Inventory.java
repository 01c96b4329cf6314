package dev.ispconfig.tools.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A method inventory ({@code inventory/README.md}) as the generator and the diff read it: only the API methods (those
 * not marked {@code "api": false}), in the file's order. Fields the generator does not use are ignored.
 */
record Inventory(String tag, String commit, List<Method> methods) {

    static final Set<String> KINDS = Set.of("get", "add", "update", "delete", "other");

    Inventory {
        methods = List.copyOf(methods);
    }

    /** One remote method. {@code perm}, {@code tform} and {@code tformRead} are empty lists where the file has null. */
    record Method(String name, String phpFile, int line, String declaringClass, String dispatchClass,
            List<Param> params, List<String> perm, List<String> tform, List<String> tformRead,
            Map<String, String> fills, String kind, String module) {

        Method {
            fills = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fills));
            params = List.copyOf(params);
            perm = List.copyOf(perm);
            tform = List.copyOf(tform);
            tformRead = List.copyOf(tformRead);
        }

        /** The PHP signature with its defaults, for example {@code dns_a_delete($session_id, $primary_id, ...)}. */
        String phpSignature() {
            StringBuilder text = new StringBuilder(name).append('(');
            for (int i = 0; i < params.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(params.get(i));
            }
            return text.append(')').toString();
        }
    }

    /** A PHP parameter; {@code defaultValue} is the default as written in PHP, or null when there is none. */
    record Param(String name, String defaultValue) {

        boolean hasDefault() {
            return defaultValue != null;
        }

        @Override
        public String toString() {
            return "$" + name + (hasDefault() ? " = " + defaultValue : "");
        }
    }

    static Inventory read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** @throws GenerationException when the text is no inventory */
    static Inventory parse(String json) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            throw new GenerationException("the inventory is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new GenerationException("the inventory is not a JSON object");
        }
        JsonNode methods = root.path("methods");
        if (!methods.isArray()) {
            throw new GenerationException("the inventory has no \"methods\" array");
        }
        List<Method> read = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode node : methods.values()) {
            if (node.path("api").isBoolean() && !node.path("api").booleanValue()) {
                continue; // __construct: dispatched, but no API method
            }
            Method method = method(node);
            if (!names.add(method.name())) {
                throw new GenerationException("the inventory lists " + method.name() + " twice");
            }
            read.add(method);
        }
        return new Inventory(requiredString(root, "tag", "the inventory"), optionalString(root, "commit"), read);
    }

    private static Method method(JsonNode node) {
        String name = requiredString(node, "name", "a method");
        String where = "method " + name;
        List<Param> params = new ArrayList<>();
        JsonNode paramNodes = node.path("params");
        if (!paramNodes.isArray()) {
            throw new GenerationException(where + " has no \"params\" array");
        }
        for (JsonNode param : paramNodes.values()) {
            params.add(new Param(requiredString(param, "name", where + "'s parameter"),
                    optionalString(param, "default")));
        }
        JsonNode line = node.path("line");
        if (!line.isInt()) {
            throw new GenerationException(where + " has no integer \"line\"");
        }
        String kind = requiredString(node, "kind", where);
        if (!KINDS.contains(kind)) {
            throw new GenerationException(where + " has the unknown kind " + kind);
        }
        return new Method(name, requiredString(node, "php_file", where), line.intValue(),
                optionalString(node, "class"), optionalString(node, "dispatch_class"), params,
                strings(node, "perm", where), strings(node, "tform", where), strings(node, "tform_read", where),
                fills(node), kind, requiredString(node, "module", where));
    }

    /** {@code fills}: what the method fills in for params left out; absent when none. */
    private static Map<String, String> fills(JsonNode node) {
        Map<String, String> fills = new java.util.LinkedHashMap<>();
        node.path("fills").properties().forEach(fill -> fills.put(fill.getKey(), fill.getValue().asString()));
        return fills;
    }

    private static String requiredString(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.stringValue().isEmpty()) {
            throw new GenerationException(where + " has no \"" + field + "\" string");
        }
        return value.stringValue();
    }

    private static String optionalString(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }

    /** A string, a list of strings, or null/missing (an empty list). */
    private static List<String> strings(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (value.isString()) {
            return List.of(value.stringValue());
        }
        if (value.isArray()) {
            List<String> list = new ArrayList<>();
            for (JsonNode item : value.values()) {
                if (!item.isString()) {
                    throw new GenerationException(where + " has a non-string in \"" + field + "\"");
                }
                list.add(item.stringValue());
            }
            return list;
        }
        throw new GenerationException(where + " has neither a string nor a list in \"" + field + "\"");
    }

    /** The methods by name, in inventory order. */
    Map<String, Method> byName() {
        Map<String, Method> map = new LinkedHashMap<>();
        methods.forEach(method -> map.put(method.name(), method));
        return map;
    }
}
