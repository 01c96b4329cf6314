package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.soap.SoapFault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code update_serial} argument of the DNS record methods, as ISPConfig 3.2.12's increase_serial runs it: the
 * zone's serial counts up within a day, restarts at a new date, is found through the params' zone (or, for a delete,
 * through the record; without one the call faults after the write), and needs the remote user's dns_zone_get and
 * dns_zone_update.
 */
class DnsSerialTest {

    private final TestClock clock = new TestClock(); // 2026-01-01
    private final IspConfigSimulator sim = IspConfigSimulator.builder().clock(clock).start();
    private final Raw raw = new Raw(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void recordWritesWithUpdateSerialCountTheSerialUp() {
        int zone = sim.seed().admin().dnsZone("example.com.").id();
        String s = raw.login();
        assertThat(serial(s, zone)).isEqualTo("2026010101");

        Object id = raw.call("dns_a_add", s, 0, ARecord.params(zone, "www"), true).value();
        assertThat(serial(s, zone)).isEqualTo("2026010102");
        raw.call("dns_a_add", s, 0, ARecord.params(zone, "mail"), false);
        assertThat(serial(s, zone)).as("update_serial false").isEqualTo("2026010102");

        raw.call("dns_a_update", s, 0, id, Map.of("zone", zone, "ttl", 7200), true);
        assertThat(serial(s, zone)).isEqualTo("2026010103");
        SoapFault noZone = raw.call("dns_a_update", s, 0, id, Map.of("ttl", 600), true).fault();
        assertThat(noZone.code()).isEqualTo("data_processing_error");
        assertThat(noZone.message()).as("PHP reads the zone from the params: none, so a nil zone id")
                .startsWith("The ID must be either an integer or an array.");
        assertThat(((Map<?, ?>) raw.call("dns_a_get", s, id).value()).get("ttl")).as("yet the record was updated")
                .isEqualTo("600");
        assertThat(serial(s, zone)).isEqualTo("2026010103");

        assertThat(raw.call("dns_a_delete", s, id, true).value()).isEqualTo(1);
        assertThat(serial(s, zone)).as("a delete finds the zone through the record").isEqualTo("2026010104");
    }

    /** The SDK's DnsModule adds the record's zone, so the same update bumps the serial instead of faulting. */
    @Test
    void theSdksUpdateNamesTheZoneForThePanel() {
        int zone = sim.seed().admin().dnsZone("example.com.").id();
        try (IspConfigClient client = sim.client()) {
            int id = client.dns().aAdd(0, ARecord.params(zone, "www"), true);
            assertThat(client.dns().aUpdate(0, id, Map.of("ttl", 600), true)).isEqualTo(1);

            assertThat(client.dns().zoneGet(zone).getString("serial")).isEqualTo("2026010103");
            assertThat(client.dns().aGet(id).getInt("ttl")).isEqualTo(600);
        }
    }

    @Test
    void aNewDayStartsAtOneAndADayPast99MovesOn() {
        int zone = sim.seed().admin().dnsZone("example.com.").id();
        clock.advance(Duration.ofDays(1));
        String s = raw.login();
        raw.call("dns_a_add", s, 0, ARecord.params(zone, "a"), true);
        assertThat(serial(s, zone)).isEqualTo("2026010201");

        raw.call("dns_zone_update", s, 0, zone, Map.of("serial", "2026010299"));
        raw.call("dns_a_add", s, 0, ARecord.params(zone, "b"), true);
        assertThat(serial(s, zone)).isEqualTo("2026010300");
    }

    @Test
    void withoutTheZonePermissionsTheRecordIsWrittenAndTheCallStillFails() {
        int zone = sim.seed().admin().dnsZone("example.com.").id();
        sim.remoteUser("records", "records-pw", "dns_a_add", "dns_a_delete");
        String s = (String) raw.call("login", "records", "records-pw").value();
        String admin = raw.login();

        assertThat(raw.call("dns_a_add", s, 0, ARecord.params(zone, "www"), true).fault().code())
                .isEqualTo("permission_denied");
        List<?> records = (List<?>) raw.call("dns_rr_get_all_by_zone", admin, zone).value();
        assertThat(records).as("written before increase_serial failed").hasSize(1);

        Object id = ((Map<?, ?>) records.get(0)).get("id");
        assertThat(raw.call("dns_a_delete", s, id, true).fault().code()).isEqualTo("permission_denied");
        assertThat((List<?>) raw.call("dns_rr_get_all_by_zone", admin, zone).value())
                .as("a delete bumps first: nothing deleted").hasSize(1);
        assertThat(raw.call("dns_a_add", s, 0, ARecord.params(zone, "ftp"), false).fault()).isNull();
        assertThat(serial(admin, zone)).isEqualTo("2026010101");
    }

    private String serial(String session, int zone) {
        return (String) ((Map<?, ?>) raw.call("dns_zone_get", session, zone).value()).get("serial");
    }
}
