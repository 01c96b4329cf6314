package dev.ispconfig.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The panel's tables the simulator models. {@code sys_user} and {@code sys_group} exist because ownership
 * ({@code sys_userid}, {@code sys_groupid}) and {@code client_id} checks go through them as in ISPConfig.
 */
final class Database {

    private final Map<String, Table> tables = new LinkedHashMap<>();

    Database() {
        init();
    }

    /** Back to a fresh install: the tables empty but for the admin user and group. */
    void reset() {
        tables.clear();
        init();
    }

    private void init() {
        add(new Table("sys_user", "userid", List.of("username", "passwort", "client_id", "default_group", "groups",
                "active", "typ")));
        add(new Table("sys_group", "groupid", List.of("name", "description", "client_id")));
        for (Form form : Forms.ALL) {
            if (!tables.containsKey(form.table)) {
                add(new Table(form.table, form.key, form.fields));
            }
        }
        // The admin of a fresh install: sys_user 1 in sys_group 1, both owned by client 0.
        table("sys_user").insert(new LinkedHashMap<>(Map.of("username", "admin", "client_id", "0",
                "default_group", "1", "groups", "1", "active", "1", "typ", "admin")));
        table("sys_group").insert(new LinkedHashMap<>(Map.of("name", "admin", "description", "", "client_id", "0")));
    }

    private void add(Table table) {
        tables.put(table.name, table);
    }

    Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("no table " + name);
        }
        return table;
    }

    boolean hasTable(String name) {
        return tables.containsKey(name);
    }

    /** The names of the modelled tables. */
    List<String> tableNames() {
        return List.copyOf(tables.keySet());
    }

    /** The sys_user row of a client, or null. */
    @Nullable Map<String, Object> userOfClient(long clientId) {
        List<Map<String, Object>> rows = table("sys_user").where("client_id", Long.toString(clientId));
        return rows.isEmpty() ? null : rows.get(0);
    }
}
