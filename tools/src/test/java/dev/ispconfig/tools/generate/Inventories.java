package dev.ispconfig.tools.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small inventories for the tests: the hand-written tiny one, and one-liners built from PHP-ish signatures. */
final class Inventories {

    private Inventories() {
    }

    static String tinyJson() {
        try (InputStream in = Inventories.class.getResourceAsStream("/tiny-inventory.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Inventory tiny() {
        return Inventory.parse(tinyJson());
    }

    static Inventory of(String... methods) {
        return Inventory.parse(json("v1.0", methods));
    }

    static String json(String tag, String... methods) {
        return "{\"tag\": \"" + tag + "\", \"commit\": null, \"methods\": [" + String.join(",\n", methods) + "]}";
    }

    /**
     * A method in its module by {@code dev.ispconfig.client.Modules}; {@code params} like {@code "primary_id"} or
     * {@code "readonly=false"}; {@code session_id} is put first.
     */
    static String formMethod(String name, String module, String kind, String tform, String tformRead,
            String... params) {
        List<String> list = new ArrayList<>();
        list.add(param("session_id"));
        for (String param : params) {
            list.add(param(param));
        }
        return "{\"name\": \"" + name + "\", \"php_file\": \"interface/lib/classes/remote.d/x.inc.php\","
                + " \"line\": 7, \"class\": \"remoting_x\", \"dispatch_class\": \"remoting_x\","
                + " \"params\": [" + String.join(", ", list) + "], \"perm\": \"" + name + "\","
                + " \"tform\": " + quoted(tform) + ", \"tform_read\": " + quoted(tformRead) + ","
                + " \"kind\": \"" + kind + "\", \"module\": \"" + module + "\"}";
    }

    static String method(String name, String module, String kind, String... params) {
        return formMethod(name, module, kind, null, null, params);
    }

    private static String param(String spec) {
        int equals = spec.indexOf('=');
        if (equals < 0) {
            return "{\"name\": \"" + spec + "\", \"default\": null}";
        }
        return "{\"name\": \"" + spec.substring(0, equals) + "\", \"default\": \"" + spec.substring(equals + 1)
                + "\"}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
