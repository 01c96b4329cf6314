package dev.ispconfig.client.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PHP-FPM pool of a web domain: the process manager and its sizes ({@code pm}, {@code pm_max_children}, …).
 *
 * @param processManager how PHP-FPM spawns children
 * @param maxChildren {@code pm_max_children}
 * @param startServers {@code pm_start_servers} (dynamic only)
 * @param minSpareServers {@code pm_min_spare_servers} (dynamic only)
 * @param maxSpareServers {@code pm_max_spare_servers} (dynamic only)
 * @param processIdleTimeout {@code pm_process_idle_timeout} in seconds (ondemand only)
 * @param maxRequests {@code pm_max_requests}; 0 for unlimited
 */
public record PhpFpmPool(ProcessManager processManager, int maxChildren, int startServers, int minSpareServers,
        int maxSpareServers, int processIdleTimeout, int maxRequests) {

    /** PHP-FPM's process managers. */
    public enum ProcessManager {
        STATIC, DYNAMIC, ONDEMAND;

        String wireValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PhpFpmPool {
        if (maxChildren < 1) {
            throw new IllegalArgumentException("maxChildren must be at least 1");
        }
        if (startServers < 0 || minSpareServers < 0 || maxSpareServers < 0 || processIdleTimeout < 0
                || maxRequests < 0) {
            throw new IllegalArgumentException("pool sizes and timeouts must not be negative");
        }
    }

    Map<String, Object> toParams() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pm", processManager.wireValue());
        params.put("pm_max_children", maxChildren);
        params.put("pm_start_servers", startServers);
        params.put("pm_min_spare_servers", minSpareServers);
        params.put("pm_max_spare_servers", maxSpareServers);
        params.put("pm_process_idle_timeout", processIdleTimeout);
        params.put("pm_max_requests", maxRequests);
        return params;
    }
}
