package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(IspConfigSimulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {

    private static IspConfigSimulator first;
    private static IspConfigClient firstClient;

    @Test
    @Order(1)
    void resolvesASimulatorAndAReadyClientForIt(IspConfigSimulator sim, IspConfigClient client) {
        assertThat(sim.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+/remote/index\\.php");
        assertThat(client.endpoint()).isEqualTo(sim.url());
        assertThat(client.call("client_get_all")).isEqualTo(false);
        assertThat(sim.stats().liveSessions()).isEqualTo(1);
        first = sim;
        firstClient = client;
    }

    @Test
    @Order(2)
    void eachTestGetsAFreshSimulatorAndTheLastOneIsClosed(IspConfigSimulator sim) {
        assertThat(sim).isNotSameAs(first);
        assertThat(first.stats().logouts()).as("the client was closed, logging out").isEqualTo(1);
        assertThat(sim.stats().logins()).isZero();
        try (java.net.Socket socket = new java.net.Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(
                    new java.net.InetSocketAddress("127.0.0.1", first.port()), 500))
                    .isInstanceOf(java.io.IOException.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void forget() {
        first = null;
        firstClient = null;
    }
}
