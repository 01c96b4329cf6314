package dev.ispconfig.test;

import java.util.List;
import java.util.Map;

/** The forms of the modelled methods: field names in form order and the validators the API runs. */
final class Forms {

    static final Form WEB_DOMAIN = new Form("web_domain", "domain_id", """
            server_id ip_address ipv6_address domain type parent_domain_id vhost_type hd_quota traffic_quota cgi ssi
            suexec errordocs subdomain ssl ssl_letsencrypt php server_php_id perl ruby python enable_pagespeed active
            web_folder redirect_type redirect_path seo_redirect rewrite_rules rewrite_to_https ssl_state ssl_locality
            ssl_organisation ssl_organisation_unit ssl_country ssl_domain ssl_key ssl_request ssl_cert ssl_bundle
            ssl_action stats_password stats_type backup_interval backup_copies backup_excludes backup_format_web
            backup_format_db backup_encrypt backup_password document_root system_user system_group allow_override
            proxy_protocol php_fpm_use_socket php_fpm_chroot pm pm_max_children pm_start_servers pm_min_spare_servers
            pm_max_spare_servers pm_process_idle_timeout pm_max_requests disable_symlinknotowner php_open_basedir
            custom_php_ini apache_directives nginx_directives proxy_directives added_date added_by http_port https_port
            log_retention jailkit_chroot_app_sections jailkit_chroot_app_programs delete_unused_jailkit""", "ru")
            .integers("server_id parent_domain_id hd_quota traffic_quota errordocs server_php_id backup_copies"
                    + " pm_max_children pm_start_servers pm_min_spare_servers pm_max_spare_servers"
                    + " pm_process_idle_timeout pm_max_requests http_port https_port log_retention")
            .notEmpty("server_id", "no_server_error")
            .check("domain", Forms::webDomain)
            .notEmpty("hd_quota", "hd_quota_error_empty").regex("hd_quota", "^(-1|[0-9]{1,10})$", "hd_quota_error_regex")
            .notEmpty("traffic_quota", "traffic_quota_error_empty")
            .regex("traffic_quota", "^(-1|[0-9]{1,10})$", "traffic_quota_error_regex")
            .notEmpty("document_root", "documentroot_error_empty")
            .notEmpty("system_user", "sysuser_error_empty")
            .notEmpty("system_group", "sysgroup_error_empty")
            .notEmpty("allow_override", "allow_override_error_empty")
            .regex("pm_max_children", "^[1-9][0-9]{0,10}$", "pm_max_children_error_regex")
            .regex("pm_start_servers", "^[1-9][0-9]{0,10}$", "pm_start_servers_error_regex")
            .regex("pm_min_spare_servers", "^[1-9][0-9]{0,10}$", "pm_min_spare_servers_error_regex")
            .regex("pm_max_spare_servers", "^[1-9][0-9]{0,10}$", "pm_max_spare_servers_error_regex")
            .regex("pm_process_idle_timeout", "^[1-9][0-9]{0,10}$", "pm_process_idle_timeout_error_regex")
            .regex("pm_max_requests", "^[0-9]{1,11}$", "pm_max_requests_error_regex")
            .regex("http_port", "^[0-9]{1,5}$", "http_port_error_regex")
            .regex("https_port", "^[0-9]{1,5}$", "https_port_error_regex")
            .regex("log_retention", "^[0-9]{1,4}$", "log_retention_error_regex");

    static final Form DATABASE = new Form("web_database", "database_id", """
            server_id parent_domain_id type backup_interval database_name database_name_prefix database_quota
            database_user_id database_ro_user_id database_charset remote_access active remote_ips""")
            .integers("server_id parent_domain_id database_quota database_user_id database_ro_user_id")
            .notEmpty("database_name", "database_name_error_empty")
            .regex("database_name", "^[a-zA-Z0-9_]{2,64}$", "database_name_error_regex")
            .isInt("database_quota", "database_quota_error_isint");

    static final Form DATABASE_USER = new Form("web_database_user", "database_user_id", """
            server_id database_user database_user_prefix database_password database_password_mongo""")
            .integers("server_id")
            .notEmpty("database_user", "database_user_error_empty")
            .unique("database_user", "database_user_error_unique", false)
            .regex("database_user", "^[a-zA-Z0-9_]{2,64}$", "database_user_error_regex");

    static final Form DNS_SOA = new Form("dns_soa", "id", """
            server_id origin ns mbox serial refresh retry expire minimum ttl xfer also_notify update_acl active
            dnssec_wanted dnssec_algo dnssec_info""")
            .integers("server_id serial refresh retry expire minimum ttl")
            .notEmpty("server_id", "server_id_error_empty")
            .notEmpty("origin", "origin_error_empty").unique("origin", "origin_error_unique", false)
            .regex("origin", "^[a-zA-Z0-9.\\-/]{1,255}\\.[a-zA-Z0-9\\-]{2,63}\\.?$", "origin_error_regex")
            .regex("ns", "^[a-zA-Z0-9.\\-]{1,255}$", "ns_error_regex")
            .notEmpty("mbox", "mbox_error_empty").regex("mbox", "^[a-zA-Z0-9.\\-_+]{0,255}\\.$", "mbox_error_regex")
            .atLeast("refresh", 60, "refresh_range_error").atLeast("retry", 60, "retry_range_error")
            .atLeast("expire", 60, "expire_range_error").atLeast("minimum", 60, "minimum_range_error")
            .atLeast("ttl", 60, "ttl_range_error");

    /** The 18 record types; each has its own form over the one table {@code dns_rr}. */
    static final Map<String, Form> DNS_RR = Map.ofEntries(
            Map.entry("a", rr("a", "^[a-zA-Z0-9.\\-*]{0,64}$", false, true).ipv4("data", "ip_error_wrong")
                    .atLeast("ttl", 60, "ttl_range_error")),
            Map.entry("aaaa", rr("aaaa", "^[a-zA-Z0-9.\\-*]{0,64}$", false, true).ipv6("data", "ip_error_wrong")
                    .atLeast("ttl", 60, "ttl_range_error")),
            rrData("alias", "^[a-zA-Z0-9.\\-_]{1,255}$", true, "^[a-zA-Z0-9.\\-]{1,255}$", "data_error_regex"),
            Map.entry("caa", rr("caa", "^[a-zA-Z0-9.\\-_*]{0,255}$", false, false).atLeast("ttl", 60, "ttl_range_error")),
            rrData("cname", "^[a-zA-Z0-9.\\-*_]{0,255}$", false, "^[a-zA-Z0-9.\\-_]{1,255}$", "data_error_regex"),
            rrData("dname", "^[a-zA-Z0-9.\\-*_]{0,255}$", false, "^[a-zA-Z0-9.\\-_]{1,255}$", "data_error_regex"),
            rrData("ds", "^[a-zA-Z0-9.\\-_]{0,255}$", false, null, null),
            rrData("hinfo", "^[a-zA-Z0-9.\\-]{1,64}$", true, null, null),
            rrData("loc", "^[a-zA-Z0-9.\\-_]{0,255}$", false, null, null),
            rrData("mx", "^[a-zA-Z0-9.\\-*]{0,255}$", false, "^[a-zA-Z0-9.\\-]{1,255}$", "data_error_regex"),
            rrData("naptr", "^((\\*|[a-zA-Z0-9\\-_]{1,255})(\\.[a-zA-Z0-9\\-_]{1,255})*\\.?)?$", false,
                    "^\\s*(\\d+)\\s+\"([a-zA-Z0-9]*)\"\\s+\"([^\"]*)\"\\s+\"(.*)\"\\s+(\\S*\\.)\\s*$", "naptr_error_regex"),
            rrData("ns", "^[_a-zA-Z0-9.\\-]{0,255}$", false, "^[a-zA-Z0-9.\\-]{1,255}$", "data_error_regex"),
            rrData("ptr", "^[a-zA-Z0-9.\\-]{1,256}$", false, "^[a-zA-Z0-9.\\-]{1,256}$", "data_error_regex"),
            rrData("rp", "^[a-zA-Z0-9.\\-]{0,255}$", false, "^[\\w.\\-\\s]{1,128}$", "data_error_regex"),
            rrData("srv", "^[a-zA-Z0-9.\\-_]{0,255}$", false, "^[\\w.\\-]{0,64}\\s[\\w.\\-]{0,64}\\s[\\w.\\-]{0,64}$",
                    "srv_error_regex"),
            rrData("sshfp", "^(\\*\\.|[a-zA-Z0-9.\\-_]){0,255}$", false, null, null),
            rrData("tlsa", "^_\\d{1,5}\\._(tcp|udp)\\.[a-zA-Z0-9.\\-]{1,255}$", false, "^\\d \\d \\d [a-zA-Z0-9]*$",
                    "data_error_regex"),
            rrData("txt", "^(\\*\\.|[a-zA-Z0-9.\\-_]){0,255}$", false, null, null));

    static final Form MAIL_DOMAIN = new Form("mail_domain", "domain_id", """
            server_id domain dkim dkim_private dkim_public dkim_selector relay_host relay_user relay_pass active""")
            .integers("server_id")
            .notEmpty("domain", "domain_error_empty").unique("domain", "domain_error_unique", false)
            .domain("domain", "domain_error_regex")
            .regex("dkim_selector", "^[a-z0-9]{1,63}(?:\\.[a-z0-9]{1,63})?$", "dkim_selector_error");

    static final Form MAIL_USER = new Form("mail_user", "mailuser_id", """
            server_id email login password name quota cc forward_in_lda sender_cc imap_prefix maildir maildir_format
            homedir uid gid postfix greylisting disablesmtp disabledeliver disableimap disablepop3
            autoresponder_subject autoresponder_text autoresponder autoresponder_start_date autoresponder_end_date
            move_junk purge_trash_days purge_junk_days custom_mailfilter backup_interval backup_copies""")
            .integers("server_id uid gid purge_trash_days purge_junk_days backup_copies")
            .email("email", "email_error_isemail", false, true).unique("email", "email_error_unique", false)
            .unique("login", "login_error_unique", false)
            .regex("login", "^[_a-z0-9][\\w.\\-+@]{1,63}$", "login_error_regex")
            .isInt("quota", "quota_error_isint").regex("quota", "^[0-9]+$", "quota_error_value")
            .email("sender_cc", "sender_cc_error_isemail", true, false);

    private static final String FORWARDING_FIELDS = "server_id source destination type active allow_send_as greylisting";

    static final Form MAIL_FORWARD = new Form("mail_forwarding", "forwarding_id", FORWARDING_FIELDS)
            .integers("server_id").email("source", "email_error_isemail", false, true);

    static final Form MAIL_ALIAS = new Form("mail_forwarding", "forwarding_id", FORWARDING_FIELDS)
            .integers("server_id").email("source", "email_error_isemail", false, true)
            .email("destination", "destination_error_isemail", false, true);

    static final Form MAIL_CATCHALL = new Form("mail_forwarding", "forwarding_id", FORWARDING_FIELDS)
            .integers("server_id");

    static final Form MAIL_ALIASDOMAIN = new Form("mail_forwarding", "forwarding_id", FORWARDING_FIELDS)
            .integers("server_id");

    static final Form CLIENT = new Form("client", "client_id", """
            company_name gender contact_firstname contact_name customer_no username password language usertheme street
            zip city state country telephone mobile fax email internet icq vat_id company_id bank_account_owner
            bank_account_number bank_code bank_name bank_account_iban bank_account_swift notes paypal_email agb dsgvo
            locked canceled added_date added_by template_master template_additional default_mailserver mail_servers
            limit_maildomain limit_mailbox limit_mailalias limit_mailaliasdomain limit_mailmailinglist limit_mailforward
            limit_mailcatchall limit_mailrouting limit_mail_wblist limit_mailfilter limit_fetchmail limit_mailquota
            limit_spamfilter_wblist limit_spamfilter_user limit_spamfilter_policy limit_mail_backup limit_relayhost
            default_xmppserver xmpp_servers limit_xmpp_domain limit_xmpp_user limit_xmpp_muc limit_xmpp_anon
            limit_xmpp_vjud limit_xmpp_proxy limit_xmpp_status limit_xmpp_pastebin limit_xmpp_httparchive
            default_webserver web_servers limit_web_domain limit_web_quota web_php_options limit_cgi limit_ssi
            limit_perl limit_ruby limit_python force_suexec limit_hterror limit_wildcard limit_ssl
            limit_ssl_letsencrypt limit_web_aliasdomain limit_web_subdomain limit_ftp_user limit_shell_user ssh_chroot
            limit_webdav_user limit_backup limit_directive_snippets default_dnsserver dns_servers limit_dns_zone
            default_slave_dnsserver limit_dns_slave_zone limit_dns_record limit_client default_dbserver db_servers
            limit_database limit_database_user limit_database_quota limit_cron limit_cron_type limit_cron_frequency
            limit_traffic_quota limit_openvz_vm limit_openvz_vm_template_id limit_aps parent_client_id""")
            .integers("template_master default_mailserver default_webserver default_dnsserver default_dbserver"
                    + " limit_client parent_client_id")
            .notEmpty("contact_name", "contact_error_empty")
            .unique("customer_no", "customer_no_error_unique", true)
            .notEmpty("username", "username_error_empty")
            .check("username", Forms::clientUsernameUnique)
            .regex("username", "^[\\w.\\-]{0,64}$", "username_error_regex")
            .notEmpty("language", "language_error_empty")
            .email("email", "email_error_isemail", false, false).notEmpty("email", "email_error_empty")
            .email("paypal_email", "email_error_isemail", true, false)
            .notEmpty("web_php_options", "web_php_options_notempty")
            .notEmpty("ssh_chroot", "ssh_chroot_notempty");

    static final List<Form> ALL = List.of(WEB_DOMAIN, DATABASE, DATABASE_USER, DNS_SOA, DNS_RR.get("a"), MAIL_DOMAIN,
            MAIL_USER, MAIL_FORWARD, CLIENT);

    private Forms() {
    }

    private static Map.Entry<String, Form> rrData(String type, String nameRegex, boolean nameRequired,
            String dataRegex, String dataError) {
        Form form = rr(type, nameRegex, nameRequired, true);
        if (dataRegex != null) {
            form.regex("data", dataRegex, dataError);
        }
        return Map.entry(type, form.atLeast("ttl", 60, "ttl_range_error"));
    }

    private static Form rr(String type, String nameRegex, boolean nameRequired, boolean dataRequired) {
        boolean withAux = type.equals("mx") || type.equals("naptr") || type.equals("srv");
        Form form = new Form("dns_rr", "id", "server_id zone name type data" + (withAux ? " aux" : "")
                + " ttl active stamp serial").integers("server_id zone ttl serial" + (withAux ? " aux" : ""));
        if (nameRequired) {
            form.notEmpty("name", "name_error_empty");
        }
        form.regex("name", nameRegex, "name_error_regex");
        if (dataRequired) {
            form.notEmpty("data", "data_error_empty");
        }
        return form;
    }

    /** validate_domain's web_domain check: empty, then the host name shape, then unique among web domains. */
    private static String webDomain(String value, Form.Context context) {
        if (Php.empty(value)) {
            return Form.customLine("domain_error_empty");
        }
        if (!value.matches("(?i)^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}$")) {
            return Form.customLine("domain_error_regex");
        }
        for (Map<String, String> row : context.table().rows()) {
            boolean self = !context.insert() && String.valueOf(context.primaryId()).equals(row.get("domain_id"));
            if (!self && RowFilter.equalsSql(row.get("domain"), value)) {
                return Form.customLine("domain_error_unique");
            }
        }
        return null;
    }

    /** validate_client's username_unique: no other sys_user may have the name. */
    private static String clientUsernameUnique(String value, Form.Context context) {
        for (Map<String, String> user : context.database().table("sys_user").rows()) {
            boolean self = !context.insert() && String.valueOf(context.primaryId()).equals(user.get("client_id"));
            if (!self && RowFilter.equalsSql(user.get("username"), value)) {
                return Form.customLine("username_error_unique");
            }
        }
        return null;
    }
}
