package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract that matters to PHP users: PHP's own SoapClient, as hosting scripts use it, against the standalone
 * simulator started as a process with a seed file. Skipped without php + ext-soap unless
 * {@code ISPCONFIG_REQUIRE_PHP=1}.
 */
class PhpStandaloneSimulatorIT {

    private static final String PASSWORD = "php-contract-pass";

    @Test
    void phpsSoapClientReadsTheSeededDataWritesAndLogsOut() throws Exception {
        PhpSoap.assumeAvailable();
        try (SimulatorProcess simulator = SimulatorProcess.start(Map.of(SimulatorMain.PASSWORD_VARIABLE, PASSWORD),
                "--port", "0", "--seed", SeedFileTest.example().toString(), "--username", "hosting")) {
            // The output goes to a file, so that the wait below bounds a php that hangs (a read of its pipe would not).
            Path output = Files.createTempFile("php-standalone", ".out");
            ProcessBuilder builder = new ProcessBuilder("php", PhpSoap.script("standalone.php").toString(),
                    simulator.url().toString(), "hosting").redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("SIMULATOR_PASSWORD", PASSWORD);
            Process php = builder.start();
            String out;
            try {
                assertThat(php.waitFor(60, TimeUnit.SECONDS)).as("php ended").isTrue();
                out = Files.readString(output, StandardCharsets.UTF_8);
            } finally {
                php.destroyForcibly();
                Files.deleteIfExists(output);
            }
            assertThat(php.exitValue()).as(out).isZero();

            JsonNode seen = JsonMapper.builder().build().readTree(out);
            assertThat(seen.get("sessionLength").asInt()).as("a panel's session id").isEqualTo(41);
            assertThat(seen.get("site").get("domain").asString()).isEqualTo("example.com");
            assertThat(seen.get("site").get("active").asString()).isEqualTo("y");
            assertThat(seen.get("site").get("type").asString()).isEqualTo("vhost");
            assertThat(seen.get("records").values()).extracting(r -> r.values().stream().map(JsonNode::asString)
                    .toList()).containsExactly(List.of("A", "www", "192.0.2.10"),
                            List.of("MX", "example.com.", "mail.example.com."),
                            List.of("TXT", "example.com.", "v=spf1 mx -all"), List.of("CNAME", "ftp", "www"));
            assertThat(seen.get("addedType").asString()).as("an add answers the id as a string").isEqualTo("string");
            assertThat(seen.get("added").asString()).isEqualTo("192.0.2.99");
            assertThat(seen.get("mailboxes").values()).extracting(JsonNode::asString)
                    .containsExactly("info@example.com", "sales@example.com");
            assertThat(seen.get("fault").asString()).isEqualTo("data_processing_error");
            assertThat(seen.get("logout").asBoolean()).isTrue();
            assertThat(seen.get("afterLogout").asString()).isEqualTo("session_does_not_exist");
        }
    }
}
