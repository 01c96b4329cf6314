package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PHP's own SoapClient against the simulator, with keep-alive and with {@code Connection: close} (which the JDK's
 * httpserver breaks). Skipped without php + ext-soap unless {@code ISPCONFIG_REQUIRE_PHP=1}.
 */
class PhpSoapClientTest {

    @BeforeEach
    void requirePhp() {
        PhpSoap.assumeAvailable();
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
            Process php = new ProcessBuilder("php", PhpSoap.script("soapclient.php").toString(), sim.url().toString(), sim.username(),
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
}
