package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PHP's own SoapClient against the simulator, with keep-alive and with {@code Connection: close} (which the JDK's
 * httpserver breaks). Skipped without php + ext-soap unless {@code ISPCONFIG_REQUIRE_PHP=1}.
 */
class PhpSoapClientTest {

    private static String unavailable;

    @BeforeEach
    void requirePhp() throws Exception {
        if (unavailable == null) {
            unavailable = probe();
        }
        if (!unavailable.isEmpty()) {
            if ("1".equals(System.getenv("ISPCONFIG_REQUIRE_PHP"))) {
                fail("ISPCONFIG_REQUIRE_PHP=1 but " + unavailable);
            }
            Assumptions.abort(unavailable + "; skipping (set ISPCONFIG_REQUIRE_PHP=1 to fail instead)");
        }
    }

    @ParameterizedTest(name = "keep_alive={0}")
    @ValueSource(strings = {"1", "0"})
    void phpSoapClientWorks(String keepAlive) throws Exception {
        try (IspConfigSimulator sim = IspConfigSimulator.start()) {
            Seed.Client acme = sim.seed().client("acme");
            acme.webDomain("example.com");
            Seed.MailDomain mail = acme.mailDomain("example.com");
            mail.mailbox("alice");
            mail.mailbox("bob");
            acme.dnsZone("example.com.");
            Process php = new ProcessBuilder("php", script().toString(), sim.url().toString(), sim.username(),
                    sim.password(), keepAlive).redirectErrorStream(true).start();
            assertThat(php.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(php.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(out).as(out).contains("session 41", "functions 313", "site example.com", "missing NULL",
                    "mailboxes 2", "added string", "deleted 1",
                    "fault invalid_method Method no_such_method does not exist", "logout true",
                    "connection " + (keepAlive.equals("1") ? "keep-alive" : "close"));
            assertThat(php.exitValue()).isZero();
        }
    }

    private static Path script() throws URISyntaxException {
        return Path.of(PhpSoapClientTest.class.getClassLoader().getResource("php/soapclient.php").toURI());
    }

    private static String probe() {
        try {
            Process php = new ProcessBuilder("php", "-m").redirectErrorStream(true).start();
            String modules = new String(php.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            php.waitFor(30, TimeUnit.SECONDS);
            return modules.lines().anyMatch(l -> l.trim().equalsIgnoreCase("soap")) ? ""
                    : "'php' lacks the soap extension";
        } catch (IOException e) {
            return "no 'php' on the PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while probing php";
        }
    }
}
