package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.soap.SoapReader;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every SOAP request captured from the live 3.2.12 panel against the simulator, seeded with the data the
 * capture needs, and compares the answer's structure (element names, namespace declarations, xsi:types, array
 * types, map keys in order, fault codes and strings) and HTTP status with the panel's.
 */
class FidelityTest {

    static final List<String> CAPTURES = List.of("soap-01-login", "soap-02-get_function_list",
            "soap-03-sites_web_domain_get", "soap-04-mail_user_get-filter-one", "soap-05-mail_user_get-filter-many",
            "soap-06-mail_user_get-unknown-id", "soap-07-logout", "soap-08-dns_txt_add", "soap-09-dns_txt_delete",
            "soap-fault-data-processing-error", "soap-fault-invalid-session", "soap-fault-permission-denied",
            "soap-fault-unknown-method");

    /** The session ids the captures carry: the admin's and the limited user's. */
    private static final String ADMIN_SESSION = "g3d0202bd9ff33a90de86f0fb763ccc3387181eb4";
    private static final String LIMITED_SESSION = "t7d0af19172b287d2122cd0fb283d73aae309ab8e";

    private IspConfigSimulator sim;

    @BeforeEach
    void seedAsTheCapturedPanel() throws Exception {
        sim = IspConfigSimulator.builder().credentials("admin", "admin-pass-1").start();
        sim.remoteUser("limited", "limited-pass-1", "mail_user_get", "dns_zone_get");
        sim.seed().client("client1"); // client_id 1 for the adds
        sim.seed().row("web_domain", onlyMap(Wire.capture("soap-03-sites_web_domain_get.response.xml")));
        for (Object row : (List<?>) decode(Wire.capture("soap-05-mail_user_get-filter-many.response.xml"))) {
            sim.seed().row("mail_user", stringMap(row));
        }
        sim.seed().row("dns_soa", Map.of("id", 1, "server_id", 1, "origin", "example.com.", "active", "Y"));
        sim.seed().row("dns_rr", Map.of("id", 8, "server_id", 1, "zone", 1, "name", "smoke-tmp", "type", "TXT",
                "data", "temporary", "active", "Y"));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    static Stream<String> captures() {
        return CAPTURES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void answersWithTheStructureOfTheLivePanel(String capture) {
        String request = Wire.capture(capture + ".request.xml");
        if (request.contains(ADMIN_SESSION)) {
            request = request.replace(ADMIN_SESSION, login("admin", "admin-pass-1"));
        } else if (request.contains(LIMITED_SESSION)) {
            request = request.replace(LIMITED_SESSION, login("limited", "limited-pass-1"));
        }
        HttpResponse<String> response = Wire.post(sim.url(), request);

        assertThat(response.statusCode()).as("HTTP status").isEqualTo(Wire.capturedStatus(capture));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml; charset=utf-8");
        assertThat(Wire.structure(response.body()))
                .isEqualTo(Wire.structure(Wire.capture(capture + ".response.xml")));
        if (capture.contains("get_function_list")) { // here the values are the point: names and their order
            assertThat(decode(response.body())).isEqualTo(decode(Wire.capture(capture + ".response.xml")));
        }
    }

    @Test
    void everyCaptureIsReplayed() throws Exception {
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(
                FidelityTest.class.getClassLoader().getResource("wire").toURI()))) {
            List<String> requests = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("soap-") && n.endsWith(".request.xml"))
                    .map(n -> n.substring(0, n.length() - ".request.xml".length())).sorted().toList();
            assertThat(CAPTURES).containsExactlyInAnyOrderElementsOf(requests);
        }
    }

    private String login(String user, String password) {
        String body = new String(dev.ispconfig.client.soap.SoapWriter.request("urn:x", "login",
                List.of(user, password)), StandardCharsets.UTF_8);
        String id = (String) decode(Wire.post(sim.url(), body).body());
        assertThat(id).hasSize(41).matches("[a-z][0-9a-f]{40}");
        return id;
    }

    private static Object decode(String response) {
        try {
            return SoapReader.readResponse(new ByteArrayInputStream(response.getBytes(StandardCharsets.UTF_8))).value();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> onlyMap(String response) {
        return stringMap(decode(response));
    }

    private static Map<String, Object> stringMap(Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> map.put(String.valueOf(k), v));
        return map;
    }
}
