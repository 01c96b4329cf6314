package dev.ispconfig.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The bodies the codec benchmarks name by {@code @Param}, and the request they encode. */
final class Bodies {

    static final String FAULT = "fault";
    static final String WEB_DOMAIN = "webDomain";
    static final String FUNCTION_LIST = "functionList";
    static final String MAILBOXES = "mailboxes";

    private Bodies() {
    }

    static byte[] of(String name, int records) {
        return switch (name) {
            case FAULT -> Wire.capture(Wire.FAULT);
            case WEB_DOMAIN -> Wire.capture(Wire.WEB_DOMAIN);
            case FUNCTION_LIST -> Wire.capture(Wire.FUNCTION_LIST);
            case MAILBOXES -> Wire.mailboxList(records);
            default -> throw new IllegalArgumentException("no body named " + name);
        };
    }

    /** The params of a typical {@code sites_web_domain_add}, as ISPConfig's own example script sends them. */
    static Map<String, Object> webDomainParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server_id", 1);
        p.put("ip_address", "*");
        p.put("domain", "example.com");
        p.put("type", "vhost");
        p.put("parent_domain_id", 0);
        p.put("vhost_type", "name");
        p.put("hd_quota", 1000);
        p.put("traffic_quota", -1);
        p.put("cgi", "n");
        p.put("ssi", "n");
        p.put("suexec", "y");
        p.put("errordocs", 1);
        p.put("is_subdomainwww", 1);
        p.put("subdomain", "www");
        p.put("php", "php-fpm");
        p.put("ruby", "n");
        p.put("redirect_type", "");
        p.put("redirect_path", "");
        p.put("ssl", "n");
        p.put("ssl_letsencrypt", "n");
        p.put("stats_type", "awstats");
        p.put("allow_override", "All");
        p.put("pm", "ondemand");
        p.put("pm_max_children", 10);
        p.put("pm_process_idle_timeout", 10);
        p.put("pm_max_requests", 0);
        p.put("http_port", 80);
        p.put("https_port", 443);
        p.put("backup_interval", "");
        p.put("backup_copies", 1);
        p.put("active", "y");
        p.put("traffic_quota_lock", "n");
        return p;
    }
}
