package dev.ispconfig.client.api;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The DNS API: the generated methods, and hand-audited ones that defuse the DNS traps.
 *
 * <ul>
 *   <li>{@link #zoneGetId} takes the origin with or without its trailing dot and finds exactly that zone: the panel's
 *       own lookup is {@code LIKE 'origin%'}, which also matches {@code example.community.} for {@code example.com},
 *       and it refuses the dotted form outright (API-NOTES §5(d), wire capture).</li>
 *   <li>The add methods of all 18 record types set the record's {@code type} themselves and default {@code active} to
 *       {@code Y}: the panel applies no form defaults, and a record without them is stored with an empty type and
 *       inactive (API-NOTES §5(g)).</li>
 *   <li>{@link #rrGetAllByZone} and {@link #zoneGetByUser} answer records, and an empty list where the panel says
 *       {@code false}.</li>
 * </ul>
 */
public class DnsModule extends GeneratedDnsModule {

    public DnsModule(IspConfigClient client) {
        super(client);
    }

    /**
     * The id of the zone whose origin is exactly {@code origin} ({@code example.com} or {@code example.com.}). Reads
     * through {@code dns_zone_get} with an exact filter, so it needs that grant rather than {@code dns_zone_get_id}.
     *
     * @throws NotFoundException when no zone has that origin
     */
    @Override
    public Integer zoneGetId(String origin) {
        String stored = absolute(origin);
        List<DataRecord> zones = zoneGet(Map.of("origin", stored));
        for (DataRecord zone : zones) {
            if (stored.equalsIgnoreCase(zone.getString("origin"))) {
                return zone.getInt("id");
            }
        }
        throw new NotFoundException("dns_zone_get_id", "no_domain_found", "no zone with origin " + stored);
    }

    /** Every resource record of a zone (all types), as the panel stores them. */
    @Override
    public List<DataRecord> rrGetAllByZone(int zoneId) {
        return DataRecord.listFromResult("dns_rr_get_all_by_zone", super.rrGetAllByZone(zoneId));
    }

    /** The zones ({@code id} and {@code origin}) a client owns on a server; empty for none. */
    @Override
    public List<DataRecord> zoneGetByUser(int clientId, int serverId) {
        return DataRecord.listFromResult("dns_zone_get_by_user", super.zoneGetByUser(clientId, serverId));
    }

    /** Every zone the caller may read. */
    public List<DataRecord> zones() {
        return zoneGet(Map.of());
    }

    /** The records of one type in a zone, for example {@code recordsOfType(zoneId, "MX")}. */
    public List<DataRecord> recordsOfType(int zoneId, String type) {
        String wanted = type.toUpperCase(Locale.ROOT);
        return rrGetAllByZone(zoneId).stream().filter(record -> wanted.equals(record.getString("type"))).toList();
    }

    @Override
    public int aAdd(int clientId, Map<String, ?> params) {
        return super.aAdd(clientId, record("A", params));
    }

    @Override
    public int aAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.aAdd(clientId, record("A", params), updateSerial);
    }

    @Override
    public int aaaaAdd(int clientId, Map<String, ?> params) {
        return super.aaaaAdd(clientId, record("AAAA", params));
    }

    @Override
    public int aaaaAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.aaaaAdd(clientId, record("AAAA", params), updateSerial);
    }

    @Override
    public int aliasAdd(int clientId, Map<String, ?> params) {
        return super.aliasAdd(clientId, record("ALIAS", params));
    }

    @Override
    public int aliasAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.aliasAdd(clientId, record("ALIAS", params), updateSerial);
    }

    @Override
    public int caaAdd(int clientId, Map<String, ?> params) {
        return super.caaAdd(clientId, record("CAA", params));
    }

    @Override
    public int caaAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.caaAdd(clientId, record("CAA", params), updateSerial);
    }

    @Override
    public int cnameAdd(int clientId, Map<String, ?> params) {
        return super.cnameAdd(clientId, record("CNAME", params));
    }

    @Override
    public int cnameAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.cnameAdd(clientId, record("CNAME", params), updateSerial);
    }

    @Override
    public int dnameAdd(int clientId, Map<String, ?> params) {
        return super.dnameAdd(clientId, record("DNAME", params));
    }

    @Override
    public int dnameAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.dnameAdd(clientId, record("DNAME", params), updateSerial);
    }

    @Override
    public int dsAdd(int clientId, Map<String, ?> params) {
        return super.dsAdd(clientId, record("DS", params));
    }

    @Override
    public int dsAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.dsAdd(clientId, record("DS", params), updateSerial);
    }

    @Override
    public int hinfoAdd(int clientId, Map<String, ?> params) {
        return super.hinfoAdd(clientId, record("HINFO", params));
    }

    @Override
    public int hinfoAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.hinfoAdd(clientId, record("HINFO", params), updateSerial);
    }

    @Override
    public int locAdd(int clientId, Map<String, ?> params) {
        return super.locAdd(clientId, record("LOC", params));
    }

    @Override
    public int locAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.locAdd(clientId, record("LOC", params), updateSerial);
    }

    @Override
    public int mxAdd(int clientId, Map<String, ?> params) {
        return super.mxAdd(clientId, record("MX", params));
    }

    @Override
    public int mxAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.mxAdd(clientId, record("MX", params), updateSerial);
    }

    @Override
    public int naptrAdd(int clientId, Map<String, ?> params) {
        return super.naptrAdd(clientId, record("NAPTR", params));
    }

    @Override
    public int naptrAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.naptrAdd(clientId, record("NAPTR", params), updateSerial);
    }

    @Override
    public int nsAdd(int clientId, Map<String, ?> params) {
        return super.nsAdd(clientId, record("NS", params));
    }

    @Override
    public int nsAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.nsAdd(clientId, record("NS", params), updateSerial);
    }

    @Override
    public int ptrAdd(int clientId, Map<String, ?> params) {
        return super.ptrAdd(clientId, record("PTR", params));
    }

    @Override
    public int ptrAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.ptrAdd(clientId, record("PTR", params), updateSerial);
    }

    @Override
    public int rpAdd(int clientId, Map<String, ?> params) {
        return super.rpAdd(clientId, record("RP", params));
    }

    @Override
    public int rpAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.rpAdd(clientId, record("RP", params), updateSerial);
    }

    @Override
    public int srvAdd(int clientId, Map<String, ?> params) {
        return super.srvAdd(clientId, record("SRV", params));
    }

    @Override
    public int srvAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.srvAdd(clientId, record("SRV", params), updateSerial);
    }

    @Override
    public int sshfpAdd(int clientId, Map<String, ?> params) {
        return super.sshfpAdd(clientId, record("SSHFP", params));
    }

    @Override
    public int sshfpAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.sshfpAdd(clientId, record("SSHFP", params), updateSerial);
    }

    @Override
    public int tlsaAdd(int clientId, Map<String, ?> params) {
        return super.tlsaAdd(clientId, record("TLSA", params));
    }

    @Override
    public int tlsaAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.tlsaAdd(clientId, record("TLSA", params), updateSerial);
    }

    @Override
    public int txtAdd(int clientId, Map<String, ?> params) {
        return super.txtAdd(clientId, record("TXT", params));
    }

    @Override
    public int txtAdd(int clientId, Map<String, ?> params, boolean updateSerial) {
        return super.txtAdd(clientId, record("TXT", params), updateSerial);
    }

    /** An origin as the panel stores it: lower case, with the trailing dot. */
    static String absolute(String origin) {
        String name = origin.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.equals(".")) {
            throw new IllegalArgumentException("a zone origin must not be empty");
        }
        return name.endsWith(".") ? name : name + ".";
    }

    /** The record's params with its {@code type} set and {@code active} defaulted to {@code Y}. */
    static Map<String, Object> record(String type, Map<String, ?> params) {
        Object given = params.get("type");
        if (given != null && !type.equalsIgnoreCase(given.toString())) {
            throw new IllegalArgumentException("a " + type + " record cannot have type " + given);
        }
        Map<String, Object> record = new LinkedHashMap<>(params);
        record.put("type", type);
        record.putIfAbsent("active", "Y");
        return record;
    }
}
