package dev.ispconfig.test;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Puts data into the simulated panel as if it had been created there, without SOAP calls and without counting
 * toward {@link SimulatorStats}. Records get the columns the panel's UI would fill, all as strings.
 *
 * <pre>{@code
 * Seed.Client acme = sim.seed().client("acme");
 * int site = acme.webDomain("example.com");
 * Seed.Zone zone = acme.dnsZone("example.com.");
 * int www = zone.aRecord("www", "192.0.2.10");
 * int box = acme.mailDomain("example.com").mailbox("info");
 * }</pre>
 */
public final class Seed {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Panel panel;

    Seed(Panel panel) {
        this.panel = panel;
    }

    /** A new client with panel login {@code username} (password {@code username + "-pass"}). */
    public Client client(String username) {
        return client(username, username + "-pass");
    }

    /** A new client with a panel login; its sys_user and sys_group come with it, as in ISPConfig. */
    public Client client(String username, String password) {
        Objects.requireNonNull(username, "username");
        synchronized (panel.database) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("sys_userid", "1");
            row.put("sys_groupid", "1");
            row.put("sys_perm_user", "riud");
            row.put("sys_perm_group", "riud");
            row.put("sys_perm_other", "");
            row.put("company_name", "");
            row.put("contact_name", username);
            row.put("customer_no", "C" + (panel.database.table("client").size() + 1));
            row.put("username", username);
            row.put("password", Handlers.passwordHash(password));
            row.put("language", "en");
            row.put("usertheme", "default");
            row.put("email", username + "@example.com");
            row.put("template_master", "0");
            row.put("template_additional", "");
            row.put("locked", "n");
            row.put("canceled", "n");
            row.put("can_use_api", "n");
            row.put("web_php_options", "no,fast-cgi,mod,php-fpm");
            row.put("ssh_chroot", "no,jailkit");
            row.put("limit_client", "0");
            row.put("parent_client_id", "0");
            long id = panel.database.table("client").insert(row);
            long[] user = panel.handlers.addSysUser(id, username, password, 0);
            return new Client(id, user[0], user[1]);
        }
    }

    /** Data owned by the admin (client_id 0: sys_userid 1, sys_groupid 1). */
    public Client admin() {
        return new Client(0, 1, 1);
    }

    /**
     * A raw row in one of the modelled tables, exactly as given (values become strings, null stays NULL): for data
     * that must match a real panel's column for column. Answers the row's id.
     */
    public int row(String table, Map<String, ?> columns) {
        synchronized (panel.database) {
            Map<String, String> row = new LinkedHashMap<>();
            columns.forEach((k, v) -> row.put(k, v == null ? null : Php.str(v)));
            return (int) panel.database.table(table).insert(row);
        }
    }

    /** Whether {@link #row(String, Map)} can store rows of {@code table}. */
    boolean hasTable(String table) {
        synchronized (panel.database) {
            return panel.database.hasTable(table);
        }
    }

    /** The tables {@link #row(String, Map)} can store rows of. */
    java.util.List<String> tables() {
        synchronized (panel.database) {
            return panel.database.tableNames();
        }
    }

    private long insert(String table, long sysUser, long sysGroup, String permGroup, Map<String, String> values) {
        synchronized (panel.database) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("sys_userid", Long.toString(sysUser));
            row.put("sys_groupid", Long.toString(sysGroup));
            row.put("sys_perm_user", "riud");
            row.put("sys_perm_group", permGroup);
            row.put("sys_perm_other", "");
            row.putAll(values);
            return panel.database.table(table).insert(row);
        }
    }

    private static Map<String, String> map(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A seeded client (or the admin) and what it owns. */
    public final class Client {

        private final long id;
        private final long sysUserId;
        private final long sysGroupId;

        Client(long id, long sysUserId, long sysGroupId) {
            this.id = id;
            this.sysUserId = sysUserId;
            this.sysGroupId = sysGroupId;
        }

        /** The client_id (0 for the admin). */
        public int id() {
            return (int) id;
        }

        /** The client's sys_user id (its panel login). */
        public int sysUserId() {
            return (int) sysUserId;
        }

        /** The client's default sys_group id, which owns what the client creates. */
        public int groupId() {
            return (int) sysGroupId;
        }

        /** Allows {@code client_login=true} logins with the client's panel password ({@code can_use_api='y'}). */
        public Client canUseApi() {
            synchronized (panel.database) {
                panel.database.table("client").update(id, Map.of("can_use_api", "y"));
            }
            return this;
        }

        /** A website (vhost) on server 1; answers its domain_id. */
        public int webDomain(String domain) {
            long n = panel.database.table("web_domain").size() + 1;
            return (int) insert("web_domain", sysUserId, sysGroupId, "ru", map("server_id", "1", "ip_address", "*",
                    "ipv6_address", "", "domain", domain, "type", "vhost", "parent_domain_id", "0", "vhost_type", "name",
                    "document_root", "/var/www/clients/client" + id + "/web" + n, "system_user", "web" + n,
                    "system_group", "client" + id, "hd_quota", "-1", "traffic_quota", "-1", "cgi", "n", "ssi", "n",
                    "suexec", "y", "errordocs", "1", "subdomain", "www", "ssl", "n", "ssl_letsencrypt", "n",
                    "php", "php-fpm", "active", "y", "allow_override", "All", "pm", "ondemand",
                    "pm_max_children", "10", "pm_start_servers", "2", "pm_min_spare_servers", "1",
                    "pm_max_spare_servers", "5", "pm_process_idle_timeout", "10", "pm_max_requests", "0",
                    "http_port", "80", "https_port", "443", "log_retention", "10",
                    "added_date", LocalDateTime.now(panel.clock).toLocalDate().toString(), "added_by", "admin"));
        }

        /** A MySQL database on server 1 belonging to a website; answers its database_id. */
        public int database(int webDomainId, String name) {
            return database(webDomainId, name, 0);
        }

        /** The same, used by the database user {@code databaseUserId} (from {@link #databaseUser}; 0 for none). */
        public int database(int webDomainId, String name, int databaseUserId) {
            return (int) insert("web_database", sysUserId, sysGroupId, "riud", map("server_id", "1",
                    "parent_domain_id", Integer.toString(webDomainId), "type", "mysql", "database_name", name,
                    "database_quota", "-1", "database_user_id", Integer.toString(databaseUserId),
                    "database_ro_user_id", "0",
                    "database_charset", "utf8mb4", "remote_access", "n", "remote_ips", "", "active", "y"));
        }

        /** A database user on server 1; answers its database_user_id. */
        public int databaseUser(String name) {
            return (int) insert("web_database_user", sysUserId, sysGroupId, "riud", map("server_id", "1",
                    "database_user", name, "database_password", "*" + Integer.toHexString(name.hashCode()),
                    "database_password_mongo", ""));
        }

        /** A DNS zone on server 1 (give the origin with its trailing dot, as the panel stores it). */
        public Zone dnsZone(String origin) {
            String serial = LocalDateTime.now(panel.clock).format(DateTimeFormatter.BASIC_ISO_DATE) + "01";
            long zoneId = insert("dns_soa", sysUserId, sysGroupId, "riud", map("server_id", "1", "origin", origin,
                    "ns", "ns1." + origin, "mbox", "hostmaster." + origin, "serial", serial, "refresh", "7200",
                    "retry", "540", "expire", "604800", "minimum", "3600", "ttl", "3600", "active", "Y", "xfer", "",
                    "also_notify", "", "update_acl", "", "dnssec_initialized", "N", "dnssec_wanted", "N",
                    "dnssec_algo", "ECDSAP256SHA256", "dnssec_last_signed", "0", "dnssec_info", "",
                    "rendered_zone", ""));
            return new Zone(this, zoneId);
        }

        /** A mail domain on server 1. */
        public MailDomain mailDomain(String domain) {
            long domainId = insert("mail_domain", sysUserId, sysGroupId, "riud", map("server_id", "1",
                    "domain", domain, "dkim", "n", "dkim_private", "", "dkim_public", "", "dkim_selector", "default",
                    "relay_host", "", "relay_user", "", "relay_pass", "", "active", "y"));
            return new MailDomain(this, domainId, domain);
        }
    }

    /** A seeded DNS zone and its records. */
    public final class Zone {

        private final Client owner;
        private final long id;

        Zone(Client owner, long id) {
            this.owner = owner;
            this.id = id;
        }

        /** The zone's id (dns_soa.id). */
        public int id() {
            return (int) id;
        }

        /** The owning client. */
        public Client client() {
            return owner;
        }

        /** An A record; answers its id. */
        public int aRecord(String name, String ip) {
            return record("A", name, ip);
        }

        /** A record of any type ("A", "MX", "TXT", …) with aux 0 and TTL 3600; answers its id. */
        public int record(String type, String name, String data) {
            return (int) insert("dns_rr", owner.sysUserId, owner.sysGroupId, "riud", map("server_id", "1",
                    "zone", Long.toString(id), "name", name, "type", type, "data", data, "aux", "0", "ttl", "3600",
                    "active", "Y", "stamp", LocalDateTime.now(panel.clock).format(STAMP), "serial", "1"));
        }
    }

    /** A seeded mail domain, its mailboxes and forwards. */
    public final class MailDomain {

        private final Client owner;
        private final long id;
        private final String domain;

        MailDomain(Client owner, long id, String domain) {
            this.owner = owner;
            this.id = id;
            this.domain = domain;
        }

        /** The mail domain's id. */
        public int id() {
            return (int) id;
        }

        /** The owning client. */
        public Client client() {
            return owner;
        }

        /** A mailbox {@code localPart@domain} with quota 0 (unlimited); answers its mailuser_id. */
        public int mailbox(String localPart) {
            String email = localPart + "@" + domain;
            return (int) insert("mail_user", owner.sysUserId, owner.sysGroupId, "riud", map("server_id", "1",
                    "email", email, "login", email, "password", Handlers.passwordHash(localPart), "name", localPart,
                    "uid", "5000", "gid", "5000", "maildir", "/var/vmail/" + domain + "/" + localPart,
                    "maildir_format", "maildir", "quota", "0", "cc", "", "forward_in_lda", "n", "sender_cc", "",
                    "homedir", "/var/vmail", "autoresponder", "n", "move_junk", "n", "postfix", "y",
                    "greylisting", "n", "disableimap", "n", "disablepop3", "n", "disabledeliver", "n",
                    "disablesmtp", "n", "backup_interval", "none", "backup_copies", "1"));
        }

        /** A forward from {@code localPart@domain} to an address; answers its forwarding_id. */
        public int forward(String localPart, String destination) {
            return forwarding("forward", localPart + "@" + domain, destination);
        }

        /** An alias {@code localPart@domain} of a mailbox address; answers its forwarding_id. */
        public int alias(String localPart, String destination) {
            return forwarding("alias", localPart + "@" + domain, destination);
        }

        private int forwarding(String type, String source, String destination) {
            return (int) insert("mail_forwarding", owner.sysUserId, owner.sysGroupId, "riud", map("server_id", "1",
                    "source", source, "destination", destination, "type", type, "active", "y",
                    "allow_send_as", "n", "greylisting", "n"));
        }
    }
}
