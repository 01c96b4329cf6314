package dev.ispconfig.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.test.IspConfigSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample app as a user runs it, with no properties: demo mode on the embedded simulator, its REST endpoints,
 * the SDK's errors as problem details, and the actuator endpoints the dashboards read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Operator.USER_PROPERTY, Operator.PASSWORD_PROPERTY})
class SampleAppTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private IspConfigSimulator panel;

    @AfterEach
    void healthyPanel() {
        panel.faults().clear();
    }

    @Test
    void noEndpointAnswersWithoutALoginButTheHealthStatus() throws Exception {
        for (String path : new String[] {"/api/sites/1", "/api/zones/example.com/records",
                "/api/mail/example.com/mailboxes", "/actuator/metrics", "/actuator/prometheus", "/actuator/info",
                "/actuator/metrics/ispconfig.client.requests"}) {
            Response refused = anonymous("GET", path);
            assertThat(refused.status()).as("GET " + path).isEqualTo(401);
        }
        for (String path : new String[] {"/api/sites/1/php", "/api/sites/1/letsencrypt",
                "/api/zones/example.com/records/a", "/api/mail/example.com/mailboxes"}) {
            assertThat(anonymous("POST", path).status()).as("POST " + path).isIn(401, 403);
        }
        Response dashboard = send(HttpRequest.newBuilder(uri("/")).GET().build());
        assertThat(dashboard.status()).as("the dashboard sends a browser to the login form").isIn(302, 401);

        Response health = anonymous("GET", "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\"").doesNotContain("ispconfig").doesNotContain("functions");
        assertThat(get("/actuator/health").body()).as("with the login, the details").contains("\"ispconfig\"");
        assertThat(anonymous("GET", "/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").body()).contains("\"ispconfig\"");
        assertThat(get("/actuator/health/liveness").body()).doesNotContain("ispconfig");

        Response wrong = send(HttpRequest.newBuilder(uri("/api/sites/1")).header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString("operator:wrong".getBytes())).GET().build());
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void everyBadInputIsA4xxProblemDetailNeverA500() throws Exception {
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        Response noMode = post("/api/sites/1/php", "{}");
        assertThat(noMode.status()).isEqualTo(400);
        assertThat(noMode.body()).contains("mode is required").contains("PHP_FPM");
        Response unknownMode = post("/api/sites/1/php", "{\"mode\":\"NOPE\"}");
        assertThat(unknownMode.status()).isEqualTo(400);
        assertThat(unknownMode.body()).contains("PHP_FPM").contains("NOPE");
        Response emptyMailbox = post("/api/mail/example.com/mailboxes", "{}");
        assertThat(emptyMailbox.status()).isEqualTo(400);
        assertThat(emptyMailbox.body()).contains("localPart");
        assertThat(post("/api/sites/999/php", "{\"mode\":\"PHP_FPM\"}").status()).isEqualTo(404);
        assertThat(post("/api/sites/999/letsencrypt", "{}").status()).isEqualTo(404);
        Response negativeTtl = post("/api/zones/example.com/records/a", "{\"name\":\"t\",\"ip\":\"192.0.2.5\",\"ttl\":-5}");
        assertThat(negativeTtl.status()).isEqualTo(422);
        assertThat(negativeTtl.body()).contains("ttl_range_error");
        assertThat(get("/api/mail/nowhere.example/mailboxes").status()).as("as an unknown zone is").isEqualTo(404);
        Response huge = post("/api/zones/example.com/records/a", "{\"name\":\"" + "x".repeat(200_000) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        Response notJson = post("/api/zones/example.com/records/a", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        for (Response problem : List.of(noMode, unknownMode, emptyMailbox, negativeTtl, huge, notJson)) {
            assertThat(problem.contentType()).as(problem.body()).startsWith("application/problem+json");
        }
    }

    @Test
    void aCreateAnswersItsLocationAndTheSameRecordTwiceIsStoredOnce() throws Exception {
        Response first = post("/api/zones/example.com/records/a", "{\"name\":\"twice\",\"ip\":\"192.0.2.77\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.location()).matches("/api/zones/example\\.com/records/\\d+");
        assertThat(get(first.location()).body()).contains("\"name\":\"twice\"");
        String id = first.location().replaceAll(".*/", "");

        Response second = post("/api/zones/example.com/records/a", "{\"name\":\"twice\",\"ip\":\"192.0.2.77\"}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).contains("\"id\":" + id).contains("\"action\":\"NONE\"");
        Response retimed = post("/api/zones/example.com/records/a",
                "{\"name\":\"twice\",\"ip\":\"192.0.2.77\",\"ttl\":600}");
        assertThat(retimed.body()).contains("\"id\":" + id).contains("\"action\":\"UPDATE\"");
        assertThat(get("/api/zones/example.com/records").body().split("\"name\":\"twice\"", -1)).hasSize(2);

        Response mailbox = post("/api/mail/example.com/mailboxes",
                "{\"localPart\":\"located\",\"password\":\"Str0ng-Passw0rd!\",\"quotaMb\":10}");
        assertThat(mailbox.status()).as(mailbox.body()).isEqualTo(201);
        assertThat(mailbox.location()).matches("/api/mail/example\\.com/mailboxes/\\d+");
        assertThat(get(mailbox.location()).body()).contains("located@example.com");
    }

    @Test
    void readsASite() throws Exception {
        Response site = get("/api/sites/1");

        assertThat(site.status()).isEqualTo(200);
        assertThat(site.body()).contains("\"id\":1").contains("\"domain\":\"example.com\"");
    }

    @Test
    void enablesPhpAndLetsEncrypt() throws Exception {
        assertThat(post("/api/sites/2/php", "{\"mode\":\"PHP_FPM\",\"serverPhpId\":0}").body())
                .contains("\"php\":\"php-fpm\"").contains("\"changed\":1");
        assertThat(post("/api/sites/2/letsencrypt", "{}").body()).contains("\"changed\":1");

        assertThat(get("/api/sites/2").body()).contains("\"php\":\"php-fpm\"").contains("\"ssl\":true")
                .contains("\"letsencrypt\":true");
    }

    @Test
    void badInputIsRefusedWithA4xxProblemNeverA500() throws Exception {
        Response negative = get("/api/sites/-1");
        assertThat(negative.status()).as(negative.body()).isEqualTo(400);
        assertThat(negative.body()).contains("greater than 0");

        Response badIp = post("/api/zones/example.com/records/a", "{\"name\":\"x\",\"ip\":\"300.1.1.1\"}");
        assertThat(badIp.status()).as(badIp.body()).isEqualTo(422);
        assertThat(badIp.body()).contains("ip_error_wrong").contains("nothing was sent");
    }

    @Test
    void listsAZoneAndAddsAnARecord() throws Exception {
        assertThat(get("/api/zones/example.com/records").body()).contains("\"name\":\"www\"")
                .contains("\"data\":\"192.0.2.10\"");

        long serialBefore = serial();

        Response added = post("/api/zones/example.com./records/a", "{\"name\":\"api\",\"ip\":\"192.0.2.30\"}");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(serial()).as("update_serial bumped the zone's serial").isGreaterThan(serialBefore);
        assertThat(added.body()).contains("\"serial\":" + serial());
        assertThat(get("/api/zones/example.com/records").body()).contains("\"name\":\"api\"")
                .contains("\"data\":\"192.0.2.30\"");
    }

    private long serial() {
        try (var client = panel.client()) {
            return client.dns().zoneGet(client.dns().zoneGetId("example.com")).getLong("serial");
        }
    }

    @Test
    void createsAndListsMailboxesWithoutTheirPasswords() throws Exception {
        Response created = post("/api/mail/example.com/mailboxes",
                "{\"localPart\":\"newsletter\",\"password\":\"Very-Secret-42\",\"quotaMb\":100}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String list = get("/api/mail/example.com/mailboxes").body();
        assertThat(list).contains("newsletter@example.com").contains("info@example.com")
                .doesNotContain("Very-Secret-42").doesNotContain("password");
    }

    @Test
    void aDomainWithLikeWildcardsIsRefusedNotWidened() throws Exception {
        Response wildcard = get("/api/mail/%25/mailboxes");

        assertThat(wildcard.status()).isEqualTo(400);
        assertThat(wildcard.body()).doesNotContain("info@example.com");
    }

    @Test
    void aRecordWithoutANameIsRefusedBeforeAnythingIsWritten() throws Exception {
        int before = panel.stats().calls("dns_a_add");

        assertThat(post("/api/zones/example.com/records/a", "{\"ip\":\"192.0.2.99\"}").status()).isEqualTo(400);

        assertThat(panel.stats().calls("dns_a_add")).isEqualTo(before);
    }

    @Test
    void aMissingSiteIsA404ProblemDetail() throws Exception {
        Response missing = get("/api/sites/4711");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body()).contains("\"type\":\"urn:problem-type:ispconfig:not-found\"")
                .contains("\"status\":404").contains("\"exception\":\"NotFoundException\"");
    }

    @Test
    void aMissingZoneIsA404() throws Exception {
        assertThat(get("/api/zones/nowhere.example/records").status()).isEqualTo(404);
    }

    @Test
    void thePanelsValidationErrorsAreA422WithTheirKeys() throws Exception {
        Response invalid = post("/api/zones/example.com/records/a", "{\"name\":\"bad\",\"ip\":\"\"}");

        assertThat(invalid.status()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"type\":\"urn:problem-type:ispconfig:validation\"")
                .contains("\"errors\":[").contains("\"faultCode\":\"data_processing_error\"");
    }

    @Test
    void aDisabledApiIsA503() throws Exception {
        panel.faults().next(10).apiDisabled();

        Response unavailable = get("/api/sites/1");

        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.body()).contains("\"reason\":\"NOT_SOAP\"")
                .doesNotContain(panel.url().toString()).doesNotContain("127.0.0.1");
    }

    @Test
    void theActuatorShowsThePanelUpAndTheCalls() throws Exception {
        get("/api/sites/1");

        assertThat(get("/actuator/health").body()).contains("\"ispconfig\"").contains("\"functions\":");
        assertThat(get("/actuator/metrics/ispconfig.client.requests").body()).contains("sites_web_domain_get");
        assertThat(get("/").body()).contains("dashboard.js");
    }

    @Test
    void everyMetricTheGrafanaDashboardChartsIsScraped() throws Exception {
        get("/api/sites/1");
        get("/api/sites/4711");
        panel.faults().next(1).dropConnection(); // a read the retry policy repeats: the retries counter appears
        assertThat(get("/api/sites/1").status()).isEqualTo(200);
        String scrape = get("/actuator/prometheus").body();
        String dashboard = Files.readString(Path.of("dashboards", "grafana-dashboard.json"));
        Matcher names = Pattern.compile("\\b(ispconfig_[a-z_]+?)(?:_bucket|_count|_sum|_total)?\\{").matcher(dashboard);
        Set<String> charted = new LinkedHashSet<>();
        while (names.find()) {
            charted.add(names.group(1));
        }

        assertThat(charted).contains("ispconfig_client_requests_seconds", "ispconfig_client_sessions_live",
                "ispconfig_client_logins", "ispconfig_panel_up");
        // The login-failure counter appears with the first refused login, which this healthy demo never has.
        charted.remove("ispconfig_client_login_failures");
        for (String name : charted) {
            assertThat(scrape).as(name + " in /actuator/prometheus").contains(name);
        }
        assertThat(scrape).contains("ispconfig_client_requests_seconds_bucket");
    }

    private Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", Operator.BASIC).GET().build());
    }

    private Response post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", Operator.BASIC)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private Response anonymous(String method, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody()).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().firstValue("Location").orElse(""));
    }

    private record Response(int status, String contentType, String body, String location) {
    }
}
