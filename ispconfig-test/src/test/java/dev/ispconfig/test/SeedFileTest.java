package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.PermissionDeniedException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standalone simulator's --seed file: what it seeds, and where in the file a mistake is. */
class SeedFileTest {

    @TempDir
    Path dir;

    @Test
    void theExampleSeedFileSeedsClientsWithTheirDataThenTheRows() throws Exception {
        try (IspConfigSimulator sim = SimulatorMain.start(new String[] {"--seed", example().toString()}, null);
                IspConfigClient client = sim.client()) {
            assertThat(client.sites().webDomains(Map.of())).extracting(site -> site.domain())
                    .containsExactly("example.com", "shop.example.com", "bravo.example.net");
            int zone = client.dns().zoneGetId("example.com.");
            assertThat(client.dns().rrGetAllByZone(zone))
                    .extracting(r -> r.getString("type"), r -> r.getString("name"), r -> r.getString("data"))
                    .containsExactly(tuple("A", "www", "192.0.2.10"), tuple("MX", "example.com.", "mail.example.com."),
                            tuple("TXT", "example.com.", "v=spf1 mx -all"), tuple("CNAME", "ftp", "www"));
            assertThat(client.mail().userGet(Map.of("email", "%@example.com"))).extracting(u -> u.getString("email"))
                    .containsExactly("info@example.com", "sales@example.com");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> forwards = (List<Map<String, Object>>) client.call("mail_forward_get", Map.of());
            assertThat(forwards).extracting(f -> f.get("source"), f -> f.get("destination"), f -> f.get("type"))
                    .containsExactly(tuple("orders@example.com", "sales@example.com", "forward"),
                            tuple("hello@example.com", "info@example.com", "alias"));
            DataRecord ftp = client.dns().rrGetAllByZone(zone).get(3);
            assertThat(ftp.getString("ttl")).as("a row's number is stored as its text").isEqualTo("600");
            assertThat(ftp.get("serial")).as("null stays NULL").isNull();
        }
        try (IspConfigSimulator sim = SimulatorMain.start(new String[] {"--seed", example().toString()}, null)) {
            Raw raw = new Raw(sim);
            assertThat(raw.call("login", "acme", "acme-secret", true).value())
                    .as("the client's password and canUseApi allow a client login").isInstanceOf(String.class);
            assertThat(raw.call("login", "bravo", "bravo-pass", true).fault().code())
                    .as("without canUseApi no client login").isEqualTo("client_login_failed");
        }
    }

    @Test
    void theReadmesExampleSeeds() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("basedir", "."), "README.md"));
        Matcher json = Pattern.compile("(?s)```json\n(.*?)```").matcher(readme);
        assertThat(json.find()).as("the README's seed file example").isTrue();
        Path file = Files.writeString(dir.resolve("readme.json"), json.group(1));

        try (IspConfigSimulator sim = SimulatorMain.start(new String[] {"--seed", file.toString()}, null);
                IspConfigClient client = sim.client()) {
            assertThat(client.sites().webDomains(Map.of())).extracting(site -> site.domain())
                    .containsExactly("example.com");
            assertThat(client.dns().rrGetAllByZone(client.dns().zoneGetId("example.com."))).hasSize(3);
            assertThat(client.mail().userGet(Map.of("email", "%@example.com"))).hasSize(2);
            DataRecord database = client.databases().get(1);
            assertThat(database.getString("database_name")).isEqualTo("c1shop");
            assertThat(database.getInt("parent_domain_id")).isEqualTo(client.sites().webDomains(Map.of()).get(0).id());
            assertThat(client.databases().userGet(database.getInt("database_user_id")).getString("database_user"))
                    .as("the database's user was made with it").isEqualTo("c1shop");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                                                      | is empty",
        "`[]`                                                    | : the top level must be an object",
        "`{\"client\": []}`                                      | : the top level has an unknown key \"client\" (known: remoteUsers, clients, rows)",
        "`{\"clients\": {}}`                                     | : clients must be a list",
        "`{\"clients\": [{}]}`                                   | : clients[0] lacks \"name\"",
        "`{\"clients\": [{\"name\": \"\"}]}`                     | : clients[0].name must be a non-empty string",
        "`{\"clients\": [{\"name\": \"a\", \"canUseApi\": \"y\"}]}` | : clients[0].canUseApi must be true or false",
        "`{\"clients\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}` | : clients[1].name names the client a a second time",
        "`{\"clients\": [{\"name\": \"a\", \"dnsZones\": [{\"origin\": \"a.\", \"records\": [{\"type\": \"A\", \"name\": \"www\"}]}]}]}` | : clients[0].dnsZones[0].records[0] lacks \"data\"",
        "`{\"clients\": [{\"name\": \"a\", \"mailDomains\": [{\"domain\": \"a\", \"mailboxes\": [1]}]}]}` | : clients[0].mailDomains[0].mailboxes[0] must be a non-empty string",
        "`{\"clients\": [{\"name\": \"a\", \"databases\": [{\"name\": \"d\", \"webDomain\": \"b.example\"}]}]}` | : clients[0].databases[0].webDomain names b.example, which is not among this client's webDomains",
        "`{\"remoteUsers\": [{\"name\": \"r\", \"password\": \"p\", \"functions\": [\"sites_web_domain_gets\"]}]}` | : remoteUsers[0].functions[0] is sites_web_domain_gets, which is no remote method of ISPConfig",
        "`{\"remoteUsers\": [{\"name\": \"r\"}]}`             | : remoteUsers[0] lacks \"password\"",
        "`{\"rows\": []}`                                        | : rows must be an object of table names",
        "`{\"rows\": {\"client\": [{\"limit\": [1]}]}}`          | : rows.client[0].limit must be a string, number, boolean or null",
        "`{\"rows\": {\"clients\": [{}]}}`                       | : rows.clients: the simulator has no table clients (it has sys_user",
        "`{\"clients\": [}`                                      | is not valid JSON at line 1, column 14: Unexpected close marker '}': expected ']'",
        "`{\"rows\": {}, \"rows\": {}}`                          | is not valid JSON at line 1, column 20: Duplicate Object property \"rows\"",
    })
    void aMistakeIsNamedWithItsPlaceInTheFile(String json, String message) throws Exception {
        Path file = Files.writeString(dir.resolve("seed.json"), json);

        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--seed", file.toString()}, null).close())
                .isInstanceOf(UsageException.class).hasMessageStartingWith("seed file " + file)
                .hasMessageContaining(message).hasMessageNotContaining("Source:");
    }

    @Test
    void aRemoteUserOfTheFileMayCallWhatItIsGrantedAndNothingElse() throws Exception {
        Path file = Files.writeString(dir.resolve("users.json"), "{\"remoteUsers\": [{\"name\": \"reader\", "
                + "\"password\": \"reader-pass\", \"functions\": [\"sites_web_domain_get\"]}], "
                + "\"clients\": [{\"name\": \"acme\", \"webDomains\": [\"example.com\"]}]}");
        try (IspConfigSimulator sim = SimulatorMain.start(new String[] {"--seed", file.toString()}, null);
                IspConfigClient reader = sim.client("reader", "reader-pass")) {
            assertThat(reader.sites().webDomainGet(1).getString("domain")).isEqualTo("example.com");
            assertThatThrownBy(() -> reader.dns().zoneGet(1)).isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void twoDatabasesOfOneUserMakeThatUserOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("shared-user.json"), "{\"clients\": [{\"name\": \"acme\", "
                + "\"webDomains\": [\"example.com\"], \"databases\": ["
                + "{\"name\": \"c1shop\", \"webDomain\": \"example.com\", \"user\": \"c1app\"}, "
                + "{\"name\": \"c1blog\", \"webDomain\": \"example.com\", \"user\": \"c1app\"}]}]}");
        try (IspConfigSimulator sim = SimulatorMain.start(new String[] {"--seed", file.toString()}, null);
                IspConfigClient client = sim.client()) {
            DataRecord shop = client.databases().get(1);
            DataRecord blog = client.databases().get(2);
            assertThat(blog.getInt("database_user_id")).isEqualTo(shop.getInt("database_user_id")).isPositive();
        }
    }

    @Test
    void theDemoAndASeedFileMakingTheSameClientAreRefusedBeforeAnythingListens() throws Exception {
        Path file = Files.writeString(dir.resolve("acme.json"), "{\"clients\": [{\"name\": \"acme\"}]}");

        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--demo", "--seed", file.toString()}, null))
                .isInstanceOf(UsageException.class).hasMessageContaining("--demo makes the client acme");
        Path other = Files.writeString(dir.resolve("bravo.json"), "{\"clients\": [{\"name\": \"bravo\"}]}");
        try (IspConfigSimulator sim = SimulatorMain.start(new String[] {"--demo", "--seed", other.toString()}, null);
                IspConfigClient client = sim.client()) {
            assertThat(client.clients().getAll()).as("acme and bravo").hasSize(2);
        }
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.json");

        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--seed", missing.toString()}, null))
                .isInstanceOf(UsageException.class).hasMessage("seed file " + missing + " does not exist");
    }

    static Path example() throws URISyntaxException {
        return Path.of(SeedFileTest.class.getClassLoader().getResource("standalone/seed.json").toURI());
    }
}
