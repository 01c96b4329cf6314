package dev.ispconfig.sample;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.api.DnsModule;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.model.dns.DnsARecordParams;
import dev.ispconfig.client.model.dns.DnsZone;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** DNS zones by origin: list the records, add an A record (bumping the zone's serial). */
@RestController
@RequestMapping("/api/zones/{origin}/records")
class DnsController {

    private final DnsModule dns;

    DnsController(DnsModule dns) {
        this.dns = dns;
    }

    @GetMapping
    List<Record> records(@PathVariable String origin) {
        return dns.rrGetAllByZone(zoneId(origin)).stream().map(Record::of).toList();
    }

    /** One record of the zone by its id. */
    @GetMapping("/{id}")
    Record record(@PathVariable String origin, @PathVariable int id) {
        int zoneId = zoneId(origin);
        DataRecord row = dns.aGet(id); // any record of dns_rr, whatever its type
        if (row == null || row.getOptionalInt("zone").orElse(0) != zoneId) {
            throw new NotFoundException("dns_a_get", NotFoundException.NIL_RESULT, "no record " + id + " in " + origin);
        }
        return Record.of(row);
    }

    /**
     * Body: {@code {"name": "www", "ip": "192.0.2.10", "ttl": 3600, "clientId": 0}}; clientId 0 is the admin. The same
     * name and address twice answers 409 with the existing record's id rather than storing a duplicate.
     */
    @PostMapping("/a")
    ResponseEntity<Map<String, Object>> addA(@PathVariable String origin, @RequestBody ARecord request) {
        if (request.name() == null || request.ip() == null) {
            throw new IllegalArgumentException("name and ip are required"); // before the write, not after it
        }
        int zoneId = zoneId(origin);
        for (DataRecord existing : dns.recordsOfType(zoneId, "A")) {
            if (request.name().equalsIgnoreCase(existing.getString("name"))
                    && request.ip().equals(existing.getString("data"))) {
                throw new PanelProblems.Conflict("an A record " + request.name() + " -> " + request.ip()
                        + " exists in " + origin, existing.getInt("id"));
            }
        }
        DnsZone zone = dns.zone(zoneId);
        DnsARecordParams.Builder params = DnsARecordParams.forAdd().serverId(zone.serverId()).zone(zoneId)
                .name(request.name()).data(request.ip());
        if (request.ttl() != null) {
            params.ttl(request.ttl());
        }
        // build() refuses what the panel would (an IP that is not IPv4, a TTL below 60) before any request.
        // update_serial: the zone's SOA serial moves, so secondaries take the change (needs dns_zone_get/_update).
        int id = dns.aAdd(request.clientId() == null ? 0 : request.clientId(), params.build(), true);
        return ResponseEntity.created(URI.create("/api/zones/" + origin + "/records/" + id))
                .body(Map.of("id", id, "zone", zoneId, "name", request.name(), "type", "A", "data", request.ip(),
                        "serial", dns.zone(zoneId).serial()));
    }

    /** The zone's id; the origin may be given with or without its final dot. */
    private int zoneId(String origin) {
        String fqdn = origin.endsWith(".") ? origin : origin + ".";
        Integer id = dns.zoneGetId(fqdn);
        if (id == null) {
            throw new NotFoundException("dns_zone_get", NotFoundException.NIL_RESULT, "no DNS zone " + fqdn);
        }
        return id;
    }

    record ARecord(String name, String ip, Integer ttl, Integer clientId) {
    }

    record Record(int id, String name, String type, String data, int ttl, boolean active) {

        static Record of(DataRecord row) {
            return new Record(row.getInt("id"), row.getString("name"), row.getString("type"), row.getString("data"),
                    row.getOptionalInt("ttl").orElse(0), row.getOptionalBoolean("active").orElse(false));
        }
    }
}
