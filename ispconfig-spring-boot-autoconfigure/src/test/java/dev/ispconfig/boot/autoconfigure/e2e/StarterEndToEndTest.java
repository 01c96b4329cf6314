package dev.ispconfig.boot.autoconfigure.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.api.DnsModule;
import dev.ispconfig.client.api.SitesModule;
import dev.ispconfig.client.soap.SoapFault;
import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapRequest;
import dev.ispconfig.client.soap.SoapWriter;
import com.sun.net.httpserver.HttpServer;
import dev.ispconfig.client.api.ApiInventory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter in a real Boot web application with actuator, set up as the README's quick start says: its three
 * properties (the URL and password of a panel stub on loopback instead of the example's) and the README's own block of
 * actuator properties, read from the README; injected module beans, and the health and metrics endpoints over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarterEndToEndTest {

    private static final String PASSWORD = "e2e-Secret-42";
    private static final AtomicInteger logins = new AtomicInteger();
    private static final List<String> sessionIds = new ArrayList<>();
    private static final HttpServer panel = startPanel();

    @Autowired
    private SitesModule sites;

    @Autowired
    private DnsModule dns;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void panelProperties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("ispconfig.url", () -> "http://127.0.0.1:" + panel.getAddress().getPort() + "/remote/");
        registry.add("ispconfig.username", () -> "api");
        registry.add("ispconfig.password", () -> PASSWORD);
        readmeActuatorProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The README's block that opens the actuator's health details and metrics, as a new app would paste it. */
    static Map<String, String> readmeActuatorProperties() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "README.md"));
        Matcher block = Pattern.compile("(?m)^```properties\\n(.*?)^```", Pattern.DOTALL).matcher(readme);
        while (block.find()) {
            if (block.group(1).contains("management.endpoint.health.show-details")) {
                Properties properties = new Properties();
                properties.load(new StringReader(block.group(1)));
                Map<String, String> map = new LinkedHashMap<>();
                properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
                return map;
            }
        }
        throw new AssertionError("the README has no block of actuator properties");
    }

    @AfterAll
    static void stopPanel() {
        panel.stop(0);
    }

    @Test
    void injectedModulesCallThePanelAndTheActuatorShowsHealthAndMetrics() throws Exception {
        assertThat(sites.webDomainGet(156).getString("domain")).isEqualTo("example.com");
        assertThat(sites.webDomainGet(157).getInt("domain_id")).isEqualTo(157);
        assertThat(dns).isNotNull();

        String health = get("/actuator/health");
        assertThat(health).containsPattern("\"ispconfig\":\\{\"details\":\\{[^}]*\\},\"status\":\"UP\"\\}")
                .contains("\"functions\":" + ApiInventory.METHODS.size())
                .contains("\"inventory\":\"" + ApiInventory.TAG + "\"")
                .contains("\"missingCount\":0").contains("\"extraCount\":0");

        String requests = get("/actuator/metrics/ispconfig.client.requests?tag=method:sites_web_domain_get");
        assertThat(requests).contains("\"name\":\"ispconfig.client.requests\"")
                .contains("{\"statistic\":\"COUNT\",\"value\":2.0}")
                .contains("\"tag\":\"outcome\"").contains("\"SUCCESS\"");
        String all = get("/actuator/metrics/ispconfig.client.requests");
        assertThat(all).contains("\"get_function_list\"").contains("\"module\"");

        String logins = get("/actuator/metrics/ispconfig.client.logins?tag=reason:initial");
        assertThat(logins).contains("{\"statistic\":\"COUNT\",\"value\":1.0}");
        String live = get("/actuator/metrics/ispconfig.client.sessions.live");
        assertThat(live).contains("{\"statistic\":\"VALUE\",\"value\":1.0}");

        for (String text : List.of(health, requests, all, logins, live)) {
            assertThat(text).doesNotContain(PASSWORD);
            sessionIds.forEach(id -> assertThat(text).doesNotContain(id));
        }
        assertThat(StarterEndToEndTest.logins).hasValue(1);
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** Login, get_function_list and sites_web_domain_get, as a 3.2.12 panel answers them. */
    private static HttpServer startPanel() {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/remote/index.php", exchange -> {
                SoapRequest request;
                try (InputStream body = exchange.getRequestBody()) {
                    request = SoapReader.readRequest(body);
                } catch (Exception e) {
                    throw new IOException(e);
                }
                byte[] answer;
                int status = 200;
                switch (request.method()) {
                    case "login" -> {
                        logins.incrementAndGet();
                        String id = "e2e" + "0123456789abcdef0123456789abcdef01234567".substring(0, 38);
                        sessionIds.add(id);
                        answer = SoapWriter.response("login", id);
                    }
                    case "logout" -> answer = SoapWriter.response("logout", Boolean.TRUE);
                    case "get_function_list" -> {
                        List<String> names = new ArrayList<>(ApiInventory.METHODS);
                        names.add(names.indexOf("login"), "__construct");
                        answer = SoapWriter.response("get_function_list", names);
                    }
                    case "sites_web_domain_get" -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("domain_id", String.valueOf(request.arguments().get(1)));
                        row.put("domain", "example.com");
                        answer = SoapWriter.response("sites_web_domain_get", row);
                    }
                    default -> {
                        status = 500;
                        answer = SoapWriter.fault(new SoapFault("invalid_method",
                                "Method " + request.method() + " does not exist"));
                    }
                }
                exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
                exchange.sendResponseHeaders(status, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
