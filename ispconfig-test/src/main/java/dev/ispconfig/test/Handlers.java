package dev.ispconfig.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/**
 * The modelled remote methods, written after what ISPConfig 3.2.12's remote.d code and remoting_lib do (reads by id
 * or filter, inserts, updates and deletes through the form, the few values the PHP code sets itself), and the
 * answers of a panel without data for every other method.
 */
@NullUnmarked // PHP emulation: any argument, column or answer may be PHP null, as in the panel
final class Handlers {

    /** One modelled method: the arguments after the session id, in PHP's order. */
    @FunctionalInterface
    interface Handler {
        Object call(List<Object> args);
    }

    private final Database db;
    private final Clock clock;
    private final Map<String, Handler> modelled = new HashMap<>();
    /** Who makes the call in progress (calls run one at a time on the database). */
    private Caller caller = Caller.remoteUser(permission -> true);

    /**
     * Who calls. A remote user: the panel forces admin rights for the data (loadUserProfile), the grants are its
     * functions. A client login: every function, but only its own rows, as getAuthSQL restricts them (its sys_user
     * with the row's user permission, one of its groups with the group permission, or the row's "other" permission).
     */
    /** {@code groups} null for the remote user, who may touch every row. */
    record Caller(Predicate<String> granted, long userId, long defaultGroup, @Nullable Set<String> groups) {

        static Caller remoteUser(Predicate<String> granted) {
            return new Caller(granted, 0, 0, null);
        }

        /** A client login as its sys_user row: userid, default_group, groups (comma-separated). */
        static Caller clientLogin(Map<String, Object> sysUser) {
            return new Caller(permission -> true, Php.intval(sysUser.get("userid")),
                    Php.intval(sysUser.get("default_group")),
                    Set.of(Php.str(sysUser.get("groups")).split(",")));
        }

        boolean restricted() {
            return groups != null;
        }

        /** getAuthSQL(perm) for one row. */
        boolean may(char permission, Map<?, ?> row) {
            if (!restricted()) {
                return true;
            }
            String p = String.valueOf(permission);
            return Php.str(row.get("sys_userid")).equals(Long.toString(userId))
                    && Php.str(row.get("sys_perm_user")).contains(p)
                    || groups.contains(Php.str(row.get("sys_groupid"))) && Php.str(row.get("sys_perm_group")).contains(p)
                    || Php.str(row.get("sys_perm_other")).contains(p);
        }
    }

    Handlers(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        crud("sites_web_domain", Forms.WEB_DOMAIN);
        modelled.put("sites_web_domain_add", a -> insert(Forms.WEB_DOMAIN, arg(a, 0), webDomainPresets(params(a, 1), true)));
        modelled.put("sites_web_domain_update",
                a -> update(Forms.WEB_DOMAIN, arg(a, 0), arg(a, 1), webDomainPresets(params(a, 2), false)));
        crud("sites_database", Forms.DATABASE);
        modelled.put("sites_database_add", this::databaseAdd);
        crud("sites_database_user", Forms.DATABASE_USER);
        crud("dns_zone", Forms.DNS_SOA);
        Forms.DNS_RR.forEach((type, form) -> dnsRecords("dns_" + type, form));
        modelled.put("dns_zone_get_id", this::zoneGetId);
        modelled.put("dns_rr_get_all_by_zone", a -> db.table("dns_rr").where("zone", Php.str(arg(a, 0))));
        modelled.put("dns_zone_get_by_user", this::zoneGetByUser);
        crud("mail_domain", Forms.MAIL_DOMAIN);
        modelled.put("mail_domain_add", a -> {
            Map<String, Object> p = params(a, 1);
            p.putIfAbsent("dkim_selector", "default");
            return insert(Forms.MAIL_DOMAIN, arg(a, 0), p);
        });
        modelled.put("mail_domain_get_by_domain", a -> Php.empty(arg(a, 0)) ? Boolean.FALSE
                : db.table("mail_domain").where("domain", Php.str(arg(a, 0))));
        crud("mail_user", Forms.MAIL_USER);
        modelled.put("mail_user_add", this::mailUserAdd);
        modelled.put("mail_user_update", this::mailUserUpdate);
        crud("mail_forward", Forms.MAIL_FORWARD);
        crud("mail_alias", Forms.MAIL_ALIAS);
        crud("mail_catchall", Forms.MAIL_CATCHALL);
        crud("mail_aliasdomain", Forms.MAIL_ALIASDOMAIN);
        modelled.put("client_get", this::clientGet);
        modelled.put("client_add", this::clientAdd);
        modelled.put("client_update", this::clientUpdate);
        modelled.put("client_delete", this::clientDelete);
        modelled.put("client_get_id", this::clientGetId);
        modelled.put("client_get_groupid", this::clientGetGroupid);
        modelled.put("client_get_by_username", this::clientGetByUsername);
        modelled.put("get_function_list", a -> new ArrayList<>(MethodTable.FUNCTION_LIST));
        modelled.put("client_get_all", a -> {
            List<Object> ids = new ArrayList<>();
            db.table("client").all().forEach(row -> ids.add(row.get("client_id")));
            return ids.isEmpty() ? Boolean.FALSE : ids;
        });
    }

    /** The names of the modelled methods, for the README and tests. */
    java.util.Set<String> modelledNames() {
        return java.util.Collections.unmodifiableSet(modelled.keySet());
    }

    Object call(String method, List<Object> args, MethodTable.Info info, Caller caller) {
        this.caller = caller;
        Handler handler = modelled.get(method);
        return handler != null ? handler.call(args) : unmodelled(method, args, info);
    }

    /**
     * What a panel without the data answers: form reads find nothing, updates and deletes affect no row, other reads
     * an empty list; writes that would create data fault instead of inventing a success.
     */
    private Object unmodelled(String method, List<Object> args, MethodTable.Info info) {
        var kind = dev.ispconfig.client.api.ApiInventory.method(method).map(m -> m.kind()).orElseThrow();
        if (info.formRead()) {
            return emptyTableRead(arg(args, 0));
        }
        switch (kind) {
            case GET -> {
                return new ArrayList<>();
            }
            case UPDATE, DELETE -> {
                return 0;
            }
            default -> throw new PanelFault("SOAP-ENV:Server", "The ISPConfig simulator does not model " + method);
        }
    }

    private static @Nullable Object emptyTableRead(Object id) {
        if (Php.isNumeric(id)) {
            double n = Double.parseDouble(Php.str(id).strip());
            if (n > 0) {
                return null;
            }
            if (n == -1) {
                return new ArrayList<>();
            }
            throw new PanelFault("invalid_id", "The ID has to be > 0 or -1.");
        }
        return new ArrayList<>();
    }

    private void crud(String prefix, Form form) {
        modelled.put(prefix + "_get", a -> read(form, arg(a, 0)));
        modelled.put(prefix + "_add", a -> insert(form, arg(a, 0), params(a, 1)));
        modelled.put(prefix + "_update", a -> update(form, arg(a, 0), arg(a, 1), params(a, 2)));
        modelled.put(prefix + "_delete", a -> delete(form, arg(a, 0)));
    }

    // ---- remoting_lib ------------------------------------------------------------------------------------------

    /** getDataRecord: a positive id → the row or nil; -1 → all rows; a filter → a list; 0 → invalid_id. */
    @Nullable Object read(Form form, Object id) {
        Table table = db.table(form.table);
        if (Php.isNumeric(id)) {
            double n = Double.parseDouble(Php.str(id).strip());
            if (n > 0) {
                Map<String, Object> row = table.get((long) n);
                return row != null && caller.may('r', row) ? row : null;
            }
            if (n == -1) {
                return table.all(); // PHP's "SELECT * FROM table": no getAuthSQL, so a client login sees every row
            }
            throw new PanelFault("invalid_id", "The ID has to be > 0 or -1.");
        }
        if (id instanceof Map<?, ?> filter) {
            List<Map<String, Object>> rows = new ArrayList<>(RowFilter.select(table, filter));
            rows.removeIf(row -> !caller.may('r', row));
            return rows;
        }
        if (id instanceof Collection<?> list) {
            return list.isEmpty() ? table.all() : new ArrayList<>(); // numeric keys name no column
        }
        return new ArrayList<>();
    }

    /** loadUserProfile: the sys_user id and default group that own what a client writes (admin for 0). */
    private long[] owner(Object clientIdArg) {
        if (caller.restricted()) { // a client login's own profile, whatever client_id says
            return new long[] {caller.userId(), caller.defaultGroup()};
        }
        long clientId = Php.intval(clientIdArg);
        if (clientId == 0) {
            return new long[] {1, 1};
        }
        Map<String, Object> user = db.userOfClient(clientId);
        if (user == null) {
            throw new PanelFault("invalid_client_id", "Invalid client_id " + clientId);
        }
        return new long[] {Php.intval(user.get("userid")), Php.intval(user.get("default_group"))};
    }

    /** insertQuery: validate, then store the form's fields that were sent plus ownership; the id as a string. */
    Object insert(Form form, Object clientId, Map<String, Object> params) {
        long[] owner = owner(clientId);
        Table table = db.table(form.table);
        String errors = form.validate(params, true, 0, table, db);
        if (!errors.isEmpty()) {
            throw new PanelFault("data_processing_error", errors);
        }
        Map<String, String> row = new LinkedHashMap<>();
        Object forced = params.get("_primary_id");
        if (Php.isNumeric(forced) && Php.intval(forced) > 0) {
            row.put(form.key, Long.toString(Php.intval(forced)));
        }
        row.put("sys_userid", Long.toString(owner[0]));
        row.put("sys_groupid", Long.toString(owner[1]));
        row.put("sys_perm_user", "riud");
        row.put("sys_perm_group", form.permGroup);
        row.put("sys_perm_other", "");
        row.putAll(form.encode(params));
        long id = table.insert(row);
        return params.containsKey("_primary_id") ? params.get("_primary_id") : Long.toString(id);
    }

    /**
     * updateQuery: the old row merged with params is validated; changed rows are counted as MySQL does. An id that is
     * neither a number nor an array (nil, say) leaves getDataRecord's error message behind, which the validation's
     * errors follow into the fault: the update never runs.
     */
    Object update(Form form, @Nullable Object clientId, @Nullable Object primaryId, Map<String, Object> params) {
        long[] owner = owner(clientId);
        Object old = read(form, primaryId);
        Map<String, Object> merged = new LinkedHashMap<>();
        if (old instanceof Map<?, ?> oldRow) {
            oldRow.forEach((k, v) -> merged.put(String.valueOf(k), v));
        }
        merged.putAll(params);
        Table table = db.table(form.table);
        long id = Php.intval(primaryId);
        boolean idReadable = Php.isNumeric(primaryId) || primaryId instanceof Map || primaryId instanceof Collection;
        String errors = (idReadable ? "" : "The ID must be either an integer or an array.")
                + form.validate(merged, false, id, table, db);
        if (!errors.isEmpty()) {
            throw new PanelFault("data_processing_error", errors);
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (Php.intval(clientId) > 0) { // any client_id > 0 re-owns the row
            values.put("sys_userid", Long.toString(owner[0]));
            values.put("sys_groupid", Long.toString(owner[1]));
        }
        values.putAll(form.encode(params));
        return Php.isNumeric(primaryId) && mayWrite('u', table, id) ? table.update(id, values) : 0;
    }

    /** deleteQuery: the affected rows. */
    Object delete(Form form, Object primaryId) {
        read(form, primaryId); // 0 faults invalid_id, as getDataRecord does before the DELETE
        Table table = db.table(form.table);
        long id = Php.intval(primaryId);
        return Php.isNumeric(primaryId) && mayWrite('d', table, id) ? table.delete(id) : 0;
    }

    /** The WHERE getAuthSQL(perm) of the UPDATE or DELETE: a row the caller may not touch is not affected. */
    private boolean mayWrite(char permission, Table table, long id) {
        Map<String, Object> row = table.get(id);
        return row == null || caller.may(permission, row);
    }

    // ---- sites -------------------------------------------------------------------------------------------------

    /** The values sites_web_domain_add/update put into empty params before the form sees them. */
    private static Map<String, Object> webDomainPresets(Map<String, Object> p, boolean add) {
        if (add) {
            for (String key : List.of("document_root", "system_user", "system_group")) {
                if (Php.looselyEmpty(p.get(key))) {
                    p.put(key, "-");
                }
            }
        }
        if (Php.looselyEmpty(p.get("log_retention"))) {
            p.put("log_retention", 30);
        }
        for (String key : List.of("pm_max_children", "pm_start_servers", "pm_min_spare_servers", "pm_max_spare_servers")) {
            if (Php.looselyEmpty(p.get(key))) {
                p.put(key, 1);
            }
        }
        return p;
    }

    private Object databaseAdd(List<Object> a) {
        Map<String, Object> p = params(a, 1);
        for (Map<String, String> row : db.table("web_database").rows()) {
            if (RowFilter.equalsSql(row.get("database_name"), Php.str(p.get("database_name")))
                    && RowFilter.equalsSql(row.get("server_id"), Php.str(p.get("server_id")))) {
                throw new PanelFault("database_name_error_unique",
                        "There is already a database with that name on the same server.");
            }
        }
        return insert(Forms.DATABASE, arg(a, 0), p);
    }

    // ---- dns ---------------------------------------------------------------------------------------------------

    /**
     * A record type's methods, with their {@code update_serial} argument: when true, the add and the update bump the
     * zone's serial after writing, the delete before deleting (dns_rr_add/update/delete, 3.2.12).
     */
    private void dnsRecords(String prefix, Form form) {
        crud(prefix, form);
        modelled.put(prefix + "_add", a -> {
            Object id = insert(form, arg(a, 0), params(a, 1));
            if (!Php.empty(arg(a, 2))) {
                increaseSerial(arg(a, 0), params(a, 1).get("zone"));
            }
            return id;
        });
        modelled.put(prefix + "_update", a -> {
            Object affected = update(form, arg(a, 0), arg(a, 1), params(a, 2));
            if (!Php.empty(arg(a, 3))) {
                increaseSerial(arg(a, 0), params(a, 2).get("zone")); // the zone only if the params name it
            }
            return affected;
        });
        modelled.put(prefix + "_delete", a -> {
            if (!Php.empty(arg(a, 1))) {
                Map<String, Object> record = Php.isNumeric(arg(a, 0))
                        ? db.table("dns_rr").get(Php.intval(arg(a, 0))) : null;
                increaseSerial(0, record == null ? null : record.get("zone"));
            }
            return delete(form, arg(a, 0));
        });
    }

    /**
     * increase_serial: dns_zone_get and dns_zone_update, each with its own permission check (so a remote user with the
     * record's function but not those gets permission_denied, after an add or update has been written). A serial of
     * today's date or later counts up its last two digits (past 99: the next day, 00); an older one becomes today's
     * first. Without a zone (an update whose params do not name it, a delete of a missing record), dns_zone_get
     * answers an empty array and dns_zone_update gets a nil id: it faults data_processing_error.
     */
    private void increaseSerial(@Nullable Object clientId, @Nullable Object zone) {
        requirePermission("dns_zone_get");
        Object soa = read(Forms.DNS_SOA, zone);
        Map<?, ?> row = soa instanceof Map<?, ?> map ? map : Map.of();
        String serial = Php.str(row.get("serial"));
        long date = Php.intval(serial.length() > 8 ? serial.substring(0, 8) : serial);
        long count = serial.length() > 8 ? Php.intval(serial.substring(8, Math.min(10, serial.length()))) : 0;
        long today = Long.parseLong(LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE));
        String bumped;
        if (date >= today) {
            count++;
            if (count > 99) {
                date++;
                count = 0;
            }
            bumped = date + String.format("%02d", count);
        } else {
            bumped = today + "01";
        }
        requirePermission("dns_zone_update");
        update(Forms.DNS_SOA, clientId, row.get("id"), new LinkedHashMap<>(Map.of("serial", bumped)));
    }

    private void requirePermission(String permission) {
        if (!caller.granted().test(permission)) {
            throw PanelFault.permissionDenied();
        }
    }

    private Object zoneGetId(List<Object> a) {
        String origin = Php.str(arg(a, 0));
        if (!origin.matches("^[\\w.\\-]{1,64}\\.[a-zA-Z0-9\\-]{2,63}$")) {
            throw new PanelFault("no_domain_found", "Invalid domain name.");
        }
        for (Map<String, String> row : db.table("dns_soa").rows()) {
            if (RowFilter.like(row.get("origin"), origin + "%")) { // LIKE 'origin%', no ORDER BY: the first row
                return (int) Php.intval(row.get("id"));
            }
        }
        throw new PanelFault("no_domain_found", "There is no domain ID with informed domain name.");
    }

    private Object zoneGetByUser(List<Object> a) {
        if (Php.empty(arg(a, 0)) || Php.empty(arg(a, 1))) {
            return Boolean.FALSE;
        }
        Map<String, Object> user = db.userOfClient(Php.intval(arg(a, 0)));
        List<Map<String, Object>> zones = new ArrayList<>();
        if (user == null) {
            return zones;
        }
        for (Map<String, String> row : db.table("dns_soa").rows()) {
            if (RowFilter.equalsSql(row.get("sys_groupid"), Php.str(user.get("default_group")))
                    && RowFilter.equalsSql(row.get("server_id"), Long.toString(Php.intval(arg(a, 1))))) {
                Map<String, Object> zone = new LinkedHashMap<>();
                zone.put("id", row.get("id"));
                zone.put("origin", row.get("origin"));
                zones.add(zone);
            }
        }
        return zones;
    }

    // ---- mail --------------------------------------------------------------------------------------------------

    private void requirePrimaryMailDomain(@Nullable Object email) {
        String[] parts = Php.str(email).split("@", -1);
        String domain = parts.length > 1 ? parts[1] : null;
        if (email == null) {
            return; // explode('@', null)[1] is null, and so is the looked-up domain: PHP lets it pass
        }
        boolean found = false;
        for (Map<String, String> row : db.table("mail_domain").rows()) {
            if (domain != null && RowFilter.equalsSql(row.get("domain"), domain) && !isAliasDomain(domain)) {
                found = domain.equals(row.get("domain"));
            }
        }
        if (!found) {
            throw new PanelFault("mail_domain_does_not_exist",
                    "Mail domain - " + (domain == null ? "" : domain) + " - does not exist as primary.");
        }
    }

    private boolean isAliasDomain(String domain) {
        for (Map<String, String> row : db.table("mail_forwarding").rows()) {
            if ("aliasdomain".equals(row.get("type")) && row.get("source") != null && row.get("source").length() > 1
                    && RowFilter.equalsSql(row.get("source").substring(1), domain)) {
                return true;
            }
        }
        return false;
    }

    private Object mailUserAdd(List<Object> a) {
        Map<String, Object> p = params(a, 1);
        p.put("email", Php.str(p.get("email")).toLowerCase(java.util.Locale.ROOT));
        requirePrimaryMailDomain(p.get("email"));
        p.putIfAbsent("uid", -1);
        p.putIfAbsent("gid", -1);
        p.putIfAbsent("maildir_format", "maildir");
        return insert(Forms.MAIL_USER, arg(a, 0), p);
    }

    private Object mailUserUpdate(List<Object> a) {
        Map<String, Object> p = params(a, 2);
        requirePrimaryMailDomain(p.get("email"));
        return update(Forms.MAIL_USER, arg(a, 0), arg(a, 1), p);
    }

    // ---- clients -----------------------------------------------------------------------------------------------

    private Object clientGet(List<Object> a) {
        Object data = read(Forms.CLIENT, arg(a, 0));
        if (data instanceof Map<?, ?> row) {
            fillTemplates(castRow(row));
        } else if (data instanceof List<?> rows) {
            rows.forEach(row -> fillTemplates(castRow((Map<?, ?>) row)));
        }
        return data;
    }

    /** client_get fills an empty template_additional from the assigned templates: none here, so "". */
    private static void fillTemplates(Map<String, Object> row) {
        if (Php.looselyEmpty(row.get("template_additional"))) {
            row.put("template_additional", "");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castRow(Map<?, ?> row) {
        return (Map<String, Object>) row;
    }

    private @Nullable Object clientAdd(List<Object> a) {
        Object resellerId = arg(a, 0);
        Map<String, Object> p = params(a, 1);
        if (Php.intval(p.get("parent_client_id")) == 0) {
            p.put("parent_client_id", resellerId);
        }
        long parent = Php.intval(p.get("parent_client_id"));
        if (parent != 0) {
            Map<String, Object> reseller = db.table("client").get(parent);
            if (reseller == null || Php.intval(reseller.get("limit_client")) == 0) {
                p.put("parent_client_id", 0);
            } else if (Php.intval(p.get("limit_client")) != 0) {
                throw new PanelFault("Invalid reseller", "Reseller cannot be client of another reseller.");
            }
        }
        long[] owner = owner(resellerId);
        Table clients = db.table("client");
        String errors = Forms.CLIENT.validate(p, true, 0, clients, db);
        String username = Php.str(p.get("username"));
        if (!db.table("sys_user").where("username", username).isEmpty()) {
            errors += "Duplicate username<br />";
        }
        if (!errors.isEmpty()) {
            throw new PanelFault("data_processing_error", errors);
        }
        Map<String, String> row = new LinkedHashMap<>();
        row.put("sys_userid", Long.toString(owner[0]));
        row.put("sys_groupid", Long.toString(owner[1]));
        row.put("sys_perm_user", "riud");
        row.put("sys_perm_group", "riud");
        row.put("sys_perm_other", "");
        Map<String, String> columns = Forms.CLIENT.encode(p);
        if (columns.containsKey("password")) {
            columns.put("password", passwordHash(columns.get("password")));
        }
        row.putAll(columns);
        long id = clients.insert(row);
        addSysUser(id, username, Php.str(p.get("password")), parent);
        return params(a, 1).containsKey("_primary_id") ? p.get("_primary_id") : Long.toString(id);
    }

    /** What ispconfig_sysuser_add creates for a new client: its group and its panel login. */
    long[] addSysUser(long clientId, String username, String password, long resellerId) {
        long groupId = db.table("sys_group").insert(new LinkedHashMap<>(Map.of(
                "name", username, "description", "", "client_id", Long.toString(clientId))));
        Map<String, String> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("passwort", passwordHash(password));
        user.put("client_id", Long.toString(clientId));
        user.put("default_group", Long.toString(groupId));
        user.put("groups", Long.toString(groupId));
        user.put("active", "1");
        user.put("typ", "user");
        long userId = db.table("sys_user").insert(user);
        if (resellerId > 0) {
            db.table("client").update(clientId, Map.of("parent_client_id", Long.toString(resellerId)));
        }
        return new long[] {userId, groupId};
    }

    private Object clientUpdate(List<Object> a) {
        Object clientId = arg(a, 0);
        Object resellerId = arg(a, 1);
        Map<String, Object> p = params(a, 2);
        Object old = read(Forms.CLIENT, clientId);
        Map<String, Object> merged = new LinkedHashMap<>();
        if (old instanceof Map<?, ?> row) {
            row.forEach((k, v) -> merged.put(String.valueOf(k), v));
        }
        merged.putAll(p);
        if (Php.intval(merged.get("parent_client_id")) == 0) {
            merged.put("parent_client_id", resellerId);
        }
        long parent = Php.intval(merged.get("parent_client_id"));
        if (parent != 0) {
            Map<String, Object> reseller = db.table("client").get(parent);
            if (reseller == null || Php.intval(reseller.get("limit_client")) == 0) {
                throw new PanelFault("Invalid reseller", "Selected client is not a reseller.");
            }
            if (Php.intval(merged.get("limit_client")) != 0) {
                throw new PanelFault("Invalid reseller", "Reseller cannot be client of another reseller.");
            }
        }
        if (merged.containsKey("password") && !Php.looselyEmpty(p.get("password"))) {
            merged.put("password", passwordHash(Php.str(p.get("password"))));
        } else {
            merged.remove("password");
        }
        Object affected = update(Forms.CLIENT, resellerId, clientId, merged);
        long id = Php.intval(clientId);
        Map<String, Object> user = db.userOfClient(id);
        if (user != null) {
            Map<String, String> changes = new LinkedHashMap<>();
            if (p.containsKey("username")) {
                changes.put("username", Php.str(p.get("username")));
            }
            if (!Php.looselyEmpty(p.get("password"))) {
                changes.put("passwort", passwordHash(Php.str(p.get("password"))));
            }
            db.table("sys_user").update(Php.intval(user.get("userid")), changes);
        }
        return affected;
    }

    private Object clientDelete(List<Object> a) {
        Object clientId = arg(a, 0);
        Object affected = delete(Forms.CLIENT, clientId);
        long id = Php.intval(clientId);
        Map<String, Object> user = db.userOfClient(id);
        if (user != null && id > 0) {
            db.table("sys_user").delete(Php.intval(user.get("userid")));
            db.table("sys_group").delete(Php.intval(user.get("default_group")));
        }
        return affected;
    }

    private Object clientGetId(List<Object> a) {
        Map<String, Object> user = db.table("sys_user").get(Php.intval(arg(a, 0)));
        if (user == null || user.get("client_id") == null) {
            throw new PanelFault("no_client_found", "There is no sys_user account with this userid.");
        }
        return (int) Php.intval(user.get("client_id"));
    }

    private Object clientGetGroupid(List<Object> a) {
        List<Map<String, Object>> groups = db.table("sys_group").where("client_id",
                Long.toString(Php.intval(arg(a, 0))));
        if (groups.isEmpty()) {
            throw new PanelFault("no_group_found", "There is no group for this client ID.");
        }
        return (int) Php.intval(groups.get(0).get("groupid"));
    }

    private Object clientGetByUsername(List<Object> a) {
        List<Map<String, Object>> users = db.table("sys_user").where("username", Php.str(arg(a, 0)));
        if (users.isEmpty()) {
            throw new PanelFault("no_client_found", "There is no user account for this user name.");
        }
        return users.get(0);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static @Nullable Object arg(List<Object> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }

    /** {@code $params} as an ordered map of string keys; anything but a map counts as empty, as PHP reads it. */
    private static Map<String, Object> params(List<Object> args, int index) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (arg(args, index) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> params.put(Php.str(k), v));
        }
        return params;
    }

    /** A stand-in for the panel's crypt hash: never the clear password, and stable for the login check. */
    static String passwordHash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return "$5$sim$" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
