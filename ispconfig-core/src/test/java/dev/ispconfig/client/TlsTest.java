package dev.ispconfig.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.ispconfig.client.exception.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.InstanceOfAssertFactory;
import org.assertj.core.api.MapAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS against a real HTTPS server (WireMock on loopback) with self-signed certificates made by {@code keytool}: the
 * panel's certificate must be trusted through the JDK defaults, an explicit trust bundle or the explicit insecure mode,
 * and the host name must match unless insecure mode is on.
 */
class TlsTest {

    private static final String PATH = "/remote/index.php";
    private static final String STORE_PASSWORD = "changeit";
    private static final String XML = "text/xml; charset=utf-8";
    private static final InstanceOfAssertFactory<Map, MapAssert<String, Object>> RECORD =
            InstanceOfAssertFactories.map(String.class, Object.class);

    @TempDir
    static Path keys;

    /** Certificate for 127.0.0.1 and localhost: right for the URL the client uses. */
    private static WireMockServer panel;
    /** Certificate for wrong.example only: trusted in the bundle, but not for the host the client connects to. */
    private static WireMockServer wrongHost;
    private static Path panelCertificate;
    private static Path wrongHostCertificate;

    // Held strongly: java.util.logging only keeps weak references, and a collected logger would lose the handler.
    private final Logger julLogger = Logger.getLogger("dev.ispconfig.client");

    @BeforeAll
    static void startPanels() {
        Path panelStore = generateKeyStore("panel", "ip:127.0.0.1,dns:localhost");
        Path wrongStore = generateKeyStore("wrong", "dns:wrong.example");
        panelCertificate = exportCertificate(panelStore, "panel");
        wrongHostCertificate = exportCertificate(wrongStore, "wrong");
        panel = httpsServer(panelStore);
        wrongHost = httpsServer(wrongStore);
    }

    @AfterAll
    static void stopPanels() {
        for (WireMockServer server : new WireMockServer[] {panel, wrongHost}) {
            if (server != null) {
                server.stop();
            }
        }
    }

    @BeforeEach
    void forgetRequests() {
        panel.resetRequests();
        wrongHost.resetRequests();
    }

    // --- default trust --------------------------------------------------------------------------------------------

    @Test
    void selfSignedPanelIsRefusedByDefault() {
        try (IspConfigClient client = clientFor(panel).build()) {
            TransportException e = catchThrowableOfType(TransportException.class,
                    () -> client.call("sites_web_domain_get", 1));

            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT);
            assertThat(e.isTransient()).isTrue();
            assertThat(e.outcomeUnknown()).isFalse();
            assertThat(e.getMessage()).contains("TLS handshake", "127.0.0.1:" + panel.httpsPort())
                    .containsIgnoringCase("certification path");
        }
        // The handshake failed before the login was sent: the password never left the client.
        assertThat(panel.getAllServeEvents()).isEmpty();
    }

    // --- trust bundle ---------------------------------------------------------------------------------------------

    @Test
    void selfSignedPanelIsAcceptedWithItsCertificateInTheTrustBundle() {
        try (IspConfigClient client = clientFor(panel).sslContext(trusting(panelCertificate)).build()) {
            Object record = client.call("sites_web_domain_get", 1);

            assertThat(record).asInstanceOf(RECORD).containsEntry("domain_id", "1")
                    .containsEntry("domain", "example.com");
        }
        panel.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("<ns1:login>")));
        panel.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(containing("<ns1:sites_web_domain_get>")));
    }

    @Test
    void aTrustBundleWithAnotherCertificateIsRefused() {
        try (IspConfigClient client = clientFor(panel).sslContext(trusting(wrongHostCertificate)).build()) {
            TransportException e = catchThrowableOfType(TransportException.class,
                    () -> client.call("sites_web_domain_get", 1));

            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT);
            assertThat(e.getMessage()).contains("TLS handshake").containsIgnoringCase("certification path");
        }
        assertThat(panel.getAllServeEvents()).isEmpty();
    }

    // --- insecure mode --------------------------------------------------------------------------------------------

    @Test
    void insecureModeAcceptsSelfSignedPanelAndLogsOneWarning() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = collectingInto(records);
        julLogger.addHandler(handler);
        try (IspConfigClient client = clientFor(panel).insecure(true).build()) {
            Object record = client.call("sites_web_domain_get", 1);

            assertThat(record).asInstanceOf(RECORD).containsEntry("domain", "example.com");
        } finally {
            julLogger.removeHandler(handler);
        }

        List<LogRecord> warnings = records.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getMessage()).contains("TLS", "OFF", "127.0.0.1:" + panel.httpsPort());
    }

    @Test
    void secureClientLogsNoWarning() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = collectingInto(records);
        julLogger.addHandler(handler);
        try (IspConfigClient client = clientFor(panel).sslContext(trusting(panelCertificate)).build()) {
            client.call("sites_web_domain_get", 1);
        } finally {
            julLogger.removeHandler(handler);
        }

        assertThat(records).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
    }

    @Test
    void sslContextTogetherWithInsecureIsRefusedByTheBuilder() {
        SSLContext context = trusting(panelCertificate);

        assertThatThrownBy(() -> clientFor(panel).sslContext(context).insecure(true).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sslContext")
                .hasMessageContaining("insecure");
    }

    // --- host name verification -----------------------------------------------------------------------------------

    @Test
    void certificateForAnotherHostIsRefusedEvenWhenTrusted() {
        try (IspConfigClient client = clientFor(wrongHost).sslContext(trusting(wrongHostCertificate)).build()) {
            TransportException e = catchThrowableOfType(TransportException.class,
                    () -> client.call("sites_web_domain_get", 1));

            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT);
            // The JDK names the mismatch: "No subject alternative names matching IP address 127.0.0.1 found".
            assertThat(e.getMessage()).contains("TLS handshake").containsIgnoringCase("subject alternative name");
        }
        assertThat(wrongHost.getAllServeEvents()).isEmpty();
    }

    @Test
    void certificateForAnotherHostIsAcceptedInInsecureMode() {
        // Documented: insecure mode skips the host name check as well as the trust check.
        try (IspConfigClient client = clientFor(wrongHost).insecure(true).build()) {
            Object record = client.call("sites_web_domain_get", 1);

            assertThat(record).asInstanceOf(RECORD).containsEntry("domain", "example.com");
        }
        wrongHost.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("<ns1:login>")));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static IspConfigClient.Builder clientFor(WireMockServer server) {
        return IspConfigClient.builder()
                .url("https://127.0.0.1:" + server.httpsPort() + PATH)
                .username("admin")
                .password("admin-pass-1");
    }

    private static WireMockServer httpsServer(Path keyStore) {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .httpDisabled(true)
                .dynamicHttpsPort()
                .keystorePath(keyStore.toString())
                .keystorePassword(STORE_PASSWORD)
                .keyManagerPassword(STORE_PASSWORD)
                .keystoreType("PKCS12"));
        server.start();
        stub(server, "login", "soap-01-login.response.xml");
        stub(server, "sites_web_domain_get", "soap-03-sites_web_domain_get.response.xml");
        stub(server, "logout", "soap-07-logout.response.xml");
        return server;
    }

    private static void stub(WireMockServer server, String method, String capture) {
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ns1:" + method + ">"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", XML).withBody(capture(capture))));
    }

    private static byte[] capture(String name) {
        try (InputStream in = TlsTest.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing capture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PKCS12 key store with one self-signed RSA key pair, made by the JDK's keytool as an admin would. */
    private static Path generateKeyStore(String alias, String subjectAlternativeNames) {
        Path store = keys.resolve(alias + ".p12");
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=" + alias, "-ext", "san=" + subjectAlternativeNames,
                "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        return store;
    }

    /** The certificate as PEM: what a user copies off the panel to build a trust bundle. */
    private static Path exportCertificate(Path store, String alias) {
        Path pem = keys.resolve(alias + ".pem");
        keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", STORE_PASSWORD, "-file", pem.toString());
        return pem;
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
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool did not finish: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed (" + process.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An SSLContext that trusts exactly the given PEM certificate, and nothing from the JDK's cacerts. */
    private static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Certificate certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trustStore = KeyStore.getInstance("PKCS12");
            trustStore.load(null, null);
            trustStore.setCertificateEntry("panel", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), new SecureRandom());
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Handler collectingInto(List<LogRecord> records) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
