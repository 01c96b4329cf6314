package dev.ispconfig.boot.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.client.soap.SoapWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code ispconfig.ssl.bundle} and {@code ispconfig.ssl.insecure} against a self-signed HTTPS panel on loopback. */
class SslBundleTest {

    private static final String STORE_PASSWORD = "changeit";

    @TempDir
    static Path keys;

    private static WireMockServer panel;
    private static Path certificate;

    @BeforeAll
    static void startPanel() {
        Path store = keys.resolve("panel.p12");
        keytool("-genkeypair", "-alias", "panel", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=panel", "-ext", "san=ip:127.0.0.1,dns:localhost", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        certificate = keys.resolve("panel.pem");
        keytool("-exportcert", "-rfc", "-alias", "panel", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", STORE_PASSWORD, "-file", certificate.toString());
        panel = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").httpDisabled(true)
                .dynamicHttpsPort().keystorePath(store.toString()).keystorePassword(STORE_PASSWORD)
                .keyManagerPassword(STORE_PASSWORD).keystoreType("PKCS12"));
        panel.start();
        answer("login", "s0123456789abcdef0123456789abcdef01234567");
        answer("sites_web_domain_get", Map.of("domain_id", "1", "domain", "example.com"));
        answer("logout", Boolean.TRUE);
    }

    @AfterAll
    static void stopPanel() {
        if (panel != null) {
            panel.stop();
        }
    }

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class,
                        IspConfigAutoConfiguration.class))
                .withPropertyValues("ispconfig.url=https://127.0.0.1:" + panel.httpsPort() + "/remote/index.php",
                        "ispconfig.username=api", "ispconfig.password=secret", "ispconfig.retry.enabled=false");
    }

    @Test
    void aSelfSignedPanelIsRefusedByDefault() {
        runner().run(context -> assertThatThrownBy(() -> context.getBean(IspConfigClient.class).call(
                "sites_web_domain_get", 1)).isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT)));
    }

    @Test
    void aTrustBundleNamedInThePropertiesIsUsed() {
        runner().withPropertyValues("spring.ssl.bundle.pem.panel.truststore.certificate=file:" + certificate,
                "ispconfig.ssl.bundle=panel").run(context -> assertThat(context.getBean(IspConfigClient.class)
                        .sites().webDomainGet(1).getString("domain")).isEqualTo("example.com"));
    }

    @Test
    void theBundlesProtocolsAreTheOnesOffered() {
        // TLSv1.1 is disabled in every current JDK: a bundle that offers only it cannot reach the panel.
        runner().withPropertyValues("spring.ssl.bundle.pem.panel.truststore.certificate=file:" + certificate,
                "spring.ssl.bundle.pem.panel.options.enabled-protocols=TLSv1.1", "ispconfig.ssl.bundle=panel")
                .run(context -> assertThatThrownBy(() -> context.getBean(IspConfigClient.class).call(
                        "sites_web_domain_get", 1)).isInstanceOfSatisfying(TransportException.class,
                                e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT)));
    }

    @Test
    void bootsGlobalHttpClientBundleIsUsedWhenIspconfigNamesNone() {
        runner().withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class))
                .withPropertyValues("spring.ssl.bundle.pem.panel.truststore.certificate=file:" + certificate,
                        "spring.http.clients.ssl.bundle=panel")
                .run(context -> assertThat(context.getBean(IspConfigClient.class).sites().webDomainGet(1)
                        .getString("domain")).isEqualTo("example.com"));
    }

    @Test
    void theInsecureSwitchAcceptsAnyCertificate() {
        runner().withPropertyValues("ispconfig.ssl.insecure=true").run(context -> assertThat(context
                .getBean(IspConfigClient.class).sites().webDomainGet(1).getString("domain"))
                .isEqualTo("example.com"));
    }

    @Test
    void aBundleAndTheInsecureSwitchTogetherAreRefused() {
        runner().withPropertyValues("spring.ssl.bundle.pem.panel.truststore.certificate=file:" + certificate,
                "ispconfig.ssl.bundle=panel", "ispconfig.ssl.insecure=true").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("not both");
                });
    }

    private static void answer(String method, Object value) {
        panel.stubFor(post(urlEqualTo("/remote/index.php")).withRequestBody(containing("<ns1:" + method + ">"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody(SoapWriter.response(method, value))));
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.add("-noprompt");
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
