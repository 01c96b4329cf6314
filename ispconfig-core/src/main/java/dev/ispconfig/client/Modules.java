package dev.ispconfig.client;

/** ISPConfig's method-name → SDK module rule (the README, "The API modules"), first match wins. */
public final class Modules {

    /** Prefix → module, in order; the {@code sites_} sub-modules come before {@code sites_} itself. */
    private static final String[][] PREFIXES = {
        {"sites_aps_", "aps"}, {"sites_cron_", "cron"}, {"sites_database_", "databases"},
        {"sites_ftp_user_", "ftp"}, {"sites_shell_user_", "shell"}, {"sites_webdav_user_", "webdav"},
        {"sites_", "sites"}, {"client_", "clients"}, {"dns_", "dns"}, {"domains_", "domains"},
        {"mail_", "mail"}, {"monitor_", "monitor"}, {"openvz_", "openvz"}, {"server_", "server"},
        {"system_config_", "admin"}, {"config_value_", "admin"}, {"sys_datalog_", "admin"},
    };

    private Modules() {
    }

    /** The module of a remote method, for example {@code sites_database_add} → {@code databases}. */
    public static String of(String method) {
        if (method.equals("login") || method.equals("logout") || method.equals("get_function_list")) {
            return "misc";
        }
        if (method.startsWith("sites_web_domain_backup") || method.startsWith("mail_user_backup")) {
            return "backups";
        }
        for (String[] rule : PREFIXES) {
            if (method.startsWith(rule[0])) {
                return rule[1];
            }
        }
        return method.equals("update_record_permissions") ? "admin" : "misc";
    }
}
