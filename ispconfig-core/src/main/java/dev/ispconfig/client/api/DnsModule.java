package dev.ispconfig.client.api;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The DNS API: the generated methods, and hand-audited ones that defuse the DNS traps.
 *
 * <ul>
 *   <li>{@link #zoneGetId} takes the origin with or without its trailing dot and finds exactly that zone: the panel's
 *       own lookup is {@code LIKE 'origin%'}, which also matches {@code example.community.} for {@code example.com},
 *       and it refuses the dotted form outright (README, Footgun 16; seen on the wire of a 3.2.12 panel).</li>
 *   <li>The add methods of all 18 record types set the record's {@code type} themselves and default {@code active} to
 *       {@code Y}: the panel applies no form defaults, and a record without them is stored with an empty type and
 *       inactive (README, Footgun 15).</li>
 *   <li>The update methods with {@code updateSerial} add the record's {@code zone} to params that lack it: the panel
 *       finds the zone whose serial to bump in the params only, and without it faults after writing the record
 *       (ISPConfig 3.2.12 {@code increase_serial}).</li>
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
        Arguments.text("origin", origin);
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
        Arguments.id("zoneId", zoneId);
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
        Arguments.text("type", type);
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

    @Override
    public int aUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.aUpdate(clientId, primaryId, zoned(params, updateSerial, () -> aGet(primaryId)), updateSerial);
    }

    @Override
    public int aaaaUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.aaaaUpdate(clientId, primaryId, zoned(params, updateSerial, () -> aaaaGet(primaryId)), updateSerial);
    }

    @Override
    public int aliasUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.aliasUpdate(clientId, primaryId, zoned(params, updateSerial, () -> aliasGet(primaryId)), updateSerial);
    }

    @Override
    public int caaUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.caaUpdate(clientId, primaryId, zoned(params, updateSerial, () -> caaGet(primaryId)), updateSerial);
    }

    @Override
    public int cnameUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.cnameUpdate(clientId, primaryId, zoned(params, updateSerial, () -> cnameGet(primaryId)), updateSerial);
    }

    @Override
    public int dnameUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.dnameUpdate(clientId, primaryId, zoned(params, updateSerial, () -> dnameGet(primaryId)), updateSerial);
    }

    @Override
    public int dsUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.dsUpdate(clientId, primaryId, zoned(params, updateSerial, () -> dsGet(primaryId)), updateSerial);
    }

    @Override
    public int hinfoUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.hinfoUpdate(clientId, primaryId, zoned(params, updateSerial, () -> hinfoGet(primaryId)), updateSerial);
    }

    @Override
    public int locUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.locUpdate(clientId, primaryId, zoned(params, updateSerial, () -> locGet(primaryId)), updateSerial);
    }

    @Override
    public int mxUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.mxUpdate(clientId, primaryId, zoned(params, updateSerial, () -> mxGet(primaryId)), updateSerial);
    }

    @Override
    public int naptrUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.naptrUpdate(clientId, primaryId, zoned(params, updateSerial, () -> naptrGet(primaryId)), updateSerial);
    }

    @Override
    public int nsUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.nsUpdate(clientId, primaryId, zoned(params, updateSerial, () -> nsGet(primaryId)), updateSerial);
    }

    @Override
    public int ptrUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.ptrUpdate(clientId, primaryId, zoned(params, updateSerial, () -> ptrGet(primaryId)), updateSerial);
    }

    @Override
    public int rpUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.rpUpdate(clientId, primaryId, zoned(params, updateSerial, () -> rpGet(primaryId)), updateSerial);
    }

    @Override
    public int srvUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.srvUpdate(clientId, primaryId, zoned(params, updateSerial, () -> srvGet(primaryId)), updateSerial);
    }

    @Override
    public int sshfpUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.sshfpUpdate(clientId, primaryId, zoned(params, updateSerial, () -> sshfpGet(primaryId)), updateSerial);
    }

    @Override
    public int tlsaUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.tlsaUpdate(clientId, primaryId, zoned(params, updateSerial, () -> tlsaGet(primaryId)), updateSerial);
    }

    @Override
    public int txtUpdate(int clientId, int primaryId, Map<String, ?> params, boolean updateSerial) {
        return super.txtUpdate(clientId, primaryId, zoned(params, updateSerial, () -> txtGet(primaryId)), updateSerial);
    }

    /**
     * The params of an update, with the record's {@code zone} added when {@code updateSerial} is set and they lack it:
     * the panel looks for the zone whose serial to bump in the params only, and without one faults
     * {@code data_processing_error} after it has written the record. The record is read first, so such an update also
     * needs the type's {@code dns_<type>_get}; an id without a record is sent as it is.
     */
    static Map<String, ?> zoned(Map<String, ?> params, boolean updateSerial, Supplier<DataRecord> current) {
        Arguments.required("params", params);
        if (!updateSerial || params.containsKey("zone")) {
            return params;
        }
        DataRecord record = current.get();
        if (record == null || record.get("zone") == null) {
            return params;
        }
        Map<String, Object> zoned = new LinkedHashMap<>(params);
        zoned.put("zone", record.getInt("zone"));
        return zoned;
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
        Arguments.required("params", params);
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
