package dev.ispconfig.client.api;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sites API: the generated methods, and hand-audited ones that defuse the web domain traps.
 *
 * <ul>
 *   <li>{@link #webDomainGet(int)} raises {@link NotFoundException} instead of answering {@code null}.</li>
 *   <li>{@link #webDomainUpdate} keeps the PHP-FPM pool sizes and the log retention the panel would otherwise reset
 *       to 1 and 30 days, and {@link #webDomainUpdateKeepingOwner} leaves the owner alone (README, Footguns 13
 *       and 14).</li>
 *   <li>{@link #enablePhp} sets {@code server_php_id}, which 3.2 reads (never the dropped
 *       {@code fastcgi_php_version}); {@link #enableLetsencrypt} switches on SSL with Let's Encrypt.</li>
 * </ul>
 */
public class SitesModule extends GeneratedSitesModule {

    /**
     * The fields {@code sites_web_domain_update} sets to 1 (the pool sizes) or 30 (days of logs) whenever
     * {@code params} lacks them, before it merges the stored record: a partial update would shrink a tuned pool.
     */
    static final List<String> RESET_WHEN_ABSENT = List.of("pm_max_children", "pm_start_servers",
            "pm_min_spare_servers", "pm_max_spare_servers", "log_retention");

    public SitesModule(IspConfigClient client) {
        super(client);
    }

    /**
     * The web domain with this id.
     *
     * @throws NotFoundException when the panel has none (it answers nil, not a fault)
     */
    @Override
    public DataRecord webDomainGet(int primaryId) {
        Arguments.id("primaryId", primaryId);
        return Results.required("sites_web_domain_get", primaryId, super.webDomainGet(primaryId));
    }

    /**
     * Updates a web domain; only the keys in {@code params} change. Unlike the bare remote method, this keeps the
     * stored PHP-FPM pool sizes and log retention when {@code params} does not name them (one extra read).
     *
     * @param clientId 0 keeps the owner; a client id greater than 0 makes that client the owner (client 1 is a
     *     client, not the admin) — see {@link #webDomainUpdateKeepingOwner}
     * @return the number of rows changed (0 when nothing changed)
     */
    @Override
    public int webDomainUpdate(int clientId, int primaryId, Map<String, ?> params) {
        Arguments.id("primaryId", primaryId);
        Arguments.required("params", params);
        return super.webDomainUpdate(clientId, primaryId, keepResetFields(primaryId, params));
    }

    /** {@link #webDomainUpdate} with {@code client_id} 0, which leaves the record's owner as it is. */
    public int webDomainUpdateKeepingOwner(int primaryId, Map<String, ?> params) {
        return webDomainUpdate(0, primaryId, params);
    }

    /**
     * Switches PHP on for a web domain with the default pool settings of the panel's server.
     *
     * @throws NotFoundException when the panel has no web domain {@code domainId}
     * @param serverPhpId the additional PHP version ({@code server_php_id}); 0 for the server's default PHP
     */
    public int enablePhp(int domainId, PhpMode mode, int serverPhpId) {
        Arguments.required("mode", mode);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("php", mode.wireValue());
        params.put("server_php_id", serverPhpId);
        return webDomainUpdateKeepingOwner(domainId, params);
    }

    /** Switches PHP on with an explicit PHP-FPM pool ({@code pm} and its sizes). */
    public int enablePhp(int domainId, PhpMode mode, int serverPhpId, PhpFpmPool pool) {
        Arguments.required("mode", mode);
        Arguments.required("pool", pool);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("php", mode.wireValue());
        params.put("server_php_id", serverPhpId);
        params.putAll(pool.toParams());
        return webDomainUpdateKeepingOwner(domainId, params);
    }

    /**
     * Switches on SSL with a Let's Encrypt certificate ({@code ssl} and {@code ssl_letsencrypt} to {@code y}). The
     * panel's server requests the certificate afterwards; the domain must resolve to it.
     *
     * @throws NotFoundException when the panel has no web domain {@code domainId}
     */
    public int enableLetsencrypt(int domainId) {
        return webDomainUpdateKeepingOwner(domainId, Map.of("ssl", "y", "ssl_letsencrypt", "y"));
    }

    private Map<String, ?> keepResetFields(int primaryId, Map<String, ?> params) {
        if (params.keySet().containsAll(RESET_WHEN_ABSENT)) {
            return params;
        }
        // Without the stored record the panel would validate the update against nothing and refuse it with a
        // dozen keys; a missing site is a NotFoundException.
        DataRecord stored = Results.required("sites_web_domain_get", primaryId, super.webDomainGet(primaryId));
        Map<String, Object> complete = new LinkedHashMap<>(params);
        for (String field : RESET_WHEN_ABSENT) {
            if (!complete.containsKey(field) && stored.get(field) != null) {
                complete.put(field, stored.get(field));
            }
        }
        return complete;
    }
}
