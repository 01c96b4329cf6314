package dev.ispconfig.tools.extract;

import java.util.Map;
import java.util.Set;

/** The kind of a remote method from the verb in its name. */
final class Kinds {

    /** Methods whose verb does not say what they do: sessions, backups, VM power, package list refresh, … */
    static final Set<String> OTHER = Set.of("login", "logout", "config_value_replace", "sites_aps_update_package_list",
            "client_login_get", "mail_user_backup", "sites_web_domain_backup", "openvz_vm_start", "openvz_vm_stop",
            "openvz_vm_restart");

    /** Verb word → kind; the first verb word of the name decides ({@code set} covers {@code *_set_*}). */
    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("get", "get"), Map.entry("list", "get"), Map.entry("count", "get"), Map.entry("data", "get"),
            Map.entry("add", "add"), Map.entry("install", "add"),
            Map.entry("update", "update"), Map.entry("set", "update"), Map.entry("change", "update"),
            Map.entry("delete", "delete"));

    private Kinds() {
    }

    /** {@code get}, {@code add}, {@code update}, {@code delete} or {@code other}. */
    static String of(String method) {
        if (OTHER.contains(method)) {
            return "other";
        }
        for (String word : method.split("_")) {
            String kind = VERBS.get(word);
            if (kind != null) {
                return kind;
            }
        }
        return "other";
    }
}
