package dev.ispconfig.test;

import java.util.LinkedHashMap;
import java.util.Map;

/** The params of a complete A record, as a raw dns_a_add takes them (the panel applies no form defaults). */
final class ARecord {

    private ARecord() {
    }

    /** Record {@code name} → 192.0.2.10 in {@code zone}, TTL 3600, active; a fresh map a test may extend. */
    static Map<String, Object> params(int zone, String name) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("server_id", 1);
        params.put("zone", zone);
        params.put("name", name);
        params.put("type", "A");
        params.put("data", "192.0.2.10");
        params.put("ttl", 3600);
        params.put("active", "Y");
        return params;
    }
}
