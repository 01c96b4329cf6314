package dev.ispconfig.test;

import dev.ispconfig.client.api.ApiInventory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The panel's dispatch table: every name {@code get_function_list} answers (the inventory's methods with
 * {@code __construct} where PHP lists it), and per method what the generic answers need (from the bundled extract
 * of our inventory: the PHP class, whether it reads through a form, how many arguments it requires).
 */
final class MethodTable {

    /** One method as the dispatcher knows it. */
    record Info(String name, String phpClass, boolean formRead, int required, int total) {
    }

    static final List<String> FUNCTION_LIST;
    private static final Map<String, Info> INFO = new HashMap<>();

    static {
        List<String> names = new ArrayList<>();
        ApiInventory.ALL.forEach(method -> {
            if (method.name().equals("login")) {
                names.add("__construct"); // PHP lists it with the inherited remoting methods, before login
            }
            names.add(method.name());
        });
        FUNCTION_LIST = Collections.unmodifiableList(names);
        try (InputStream in = MethodTable.class.getResourceAsStream("methods-3.2.12.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                INFO.put(f[0], new Info(f[0], f[1], f[2].equals("1"), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MethodTable() {
    }

    static boolean dispatched(String name) {
        return name.equals("__construct") || INFO.containsKey(name);
    }

    static @Nullable Info info(String name) {
        return INFO.get(name);
    }

    /** The function names a remote user needs for the method ({@code checkPerm} strings). */
    static List<String> permissions(String name) {
        return ApiInventory.method(name).map(m -> m.permissions()).orElse(List.of());
    }

    /** Every permission string of the inventory: what the default remote user holds. */
    static java.util.Set<String> allPermissions() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        ApiInventory.ALL.forEach(m -> all.addAll(m.permissions()));
        return all;
    }
}
