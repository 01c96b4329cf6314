package dev.ispconfig.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.boot.autoconfigure.IspConfigConnectionDetails;
import dev.ispconfig.test.IspConfigSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A remote user without the DNS functions: the panel's permission_denied becomes a 403 problem detail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Operator.USER_PROPERTY, Operator.PASSWORD_PROPERTY})
class PermissionProblemTest {

    @LocalServerPort
    private int port;

    @Test
    void aFunctionTheRemoteUserLacksIsA403() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> site = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/sites/1")).header("Authorization", Operator.BASIC).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> zone = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/zones/example.com/records")).header("Authorization", Operator.BASIC).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(site.statusCode()).as("sites are granted").isEqualTo(200);
        assertThat(zone.statusCode()).as(zone.body()).isEqualTo(403);
        assertThat(zone.body()).contains("\"type\":\"urn:problem-type:ispconfig:permission-denied\"")
                .contains("\"faultCode\":\"permission_denied\"");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SitesOnlyUser {

        @Bean
        @Primary
        IspConfigConnectionDetails sitesOnly(IspConfigSimulator demoPanel) {
            demoPanel.remoteUser("sites-only", "sites-only-pass", "sites_web_domain_get", "get_function_list");
            return new IspConfigConnectionDetails() {
                @Override
                public URI getUrl() {
                    return demoPanel.url();
                }

                @Override
                public String getUsername() {
                    return "sites-only";
                }

                @Override
                public String getPassword() {
                    return "sites-only-pass";
                }
            };
        }
    }
}
