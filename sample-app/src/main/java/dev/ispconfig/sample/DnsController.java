package dev.ispconfig.sample;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.api.DnsModule;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.model.dns.DnsARecordParams;
import dev.ispconfig.client.model.dns.DnsZone;
import dev.ispconfig.client.state.Change;
import dev.ispconfig.client.state.Ensure;
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
    private final Ensure ensure;

    DnsController(DnsModule dns, IspConfigClient client) {
        this.dns = dns;
        this.ensure = new Ensure(client);
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
     * Body: {@code {"name": "www", "ip": "192.0.2.10", "ttl": 3600, "clientId": 0}}; clientId 0 is the admin. Desired
     * state: the record is created (201), or, when the zone holds it already, left alone (200) or its TTL updated
     * (200); posting twice stores one record.
     */
    @PostMapping("/a")
    ResponseEntity<Map<String, Object>> addA(@PathVariable String origin, @RequestBody ARecord request) {
        if (request.name() == null || request.ip() == null) {
            throw new IllegalArgumentException("name and ip are required"); // before the write, not after it
        }
        int zoneId = zoneId(origin);
        DnsZone zone = dns.zone(zoneId);
        DnsARecordParams.Builder params = DnsARecordParams.forAdd().serverId(zone.serverId()).zone(zoneId)
                .name(request.name()).data(request.ip());
        if (request.ttl() != null) {
            params.ttl(request.ttl());
        }
        // build() refuses what the panel would (an IP that is not IPv4, a TTL below 60) before any request; Ensure
        // adds and updates with update_serial, so the zone's SOA serial moves and secondaries take the change.
        Change change = ensure.dnsRecord(request.clientId() == null ? 0 : request.clientId(), params.build());
        Map<String, Object> body = Map.of("id", change.id(), "zone", zoneId, "name", request.name(), "type", "A",
                "data", request.ip(), "serial", dns.zone(zoneId).serial(), "action", change.action().name());
        return change.action() == Change.Action.CREATE
                ? ResponseEntity.created(URI.create("/api/zones/" + origin + "/records/" + change.id())).body(body)
                : ResponseEntity.ok(body);
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
