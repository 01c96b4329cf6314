package dev.ispconfig.client;

import static dev.ispconfig.client.LoopbackHttpServer.readRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SocketTransport through an HTTP proxy: absolute-form requests, CONNECT tunnels, refusals, and going direct. */
class SocketTransportProxyTest {

    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";

    @TempDir
    static Path keys;
    static SelfSignedTls tls;

    private final List<AutoCloseable> closing = new CopyOnWriteArrayList<>();
    private final List<URI> asked = new CopyOnWriteArrayList<>();
    private SocketTransport transport;

    @BeforeAll
    static void keys() throws Exception {
        tls = SelfSignedTls.create(keys);
    }

    @AfterEach
    void stop() throws Exception {
        if (transport != null) {
            transport.close();
        }
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    @Test
    void aPlainPanelIsReachedWithAbsoluteFormRequestsOnOneReusedProxyConnection() throws IOException {
        LoopbackHttpServer panel = started(LoopbackHttpServer.answering(OK));
        LoopbackProxy proxy = started(new LoopbackProxy());
        String url = "http://127.0.0.1:" + panel.port() + "/remote/index.php";
        // by name, so the transport's resolver must find the proxy
        transport = transport(url, null, selector(new Proxy(Proxy.Type.HTTP,
                InetSocketAddress.createUnresolved("proxy.test", proxy.port()))));

        assertThat(call()).isEqualTo("hello");
        assertThat(call()).isEqualTo("hello");

        assertThat(proxy.requestLines()).containsExactly(
                "POST " + url + " HTTP/1.1", "POST " + url + " HTTP/1.1");
        assertThat(proxy.heads.get(0)).contains("\r\nHost: 127.0.0.1:" + panel.port() + "\r\n");
        assertThat(proxy.connections()).isEqualTo(1);
        assertThat(panel.connections()).isEqualTo(1);
        assertThat(asked).containsExactly(URI.create(url)); // once per new connection
    }

    @Test
    void aTlsPanelIsReachedThroughAConnectTunnelAndItsOwnNameIsVerified() throws IOException {
        int port = tlsPanel();
        LoopbackProxy proxy = started(new LoopbackProxy());
        // the proxy's name is not in the panel's certificate: only the panel's name may be checked
        transport = transport("https://127.0.0.1:" + port + "/remote/index.php", tls.clientContext(),
                selector(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.test", proxy.port()))));

        assertThat(call()).isEqualTo("hello");
        assertThat(call()).isEqualTo("hello");

        assertThat(proxy.requestLines()).containsExactly("CONNECT 127.0.0.1:" + port + " HTTP/1.1");
        assertThat(proxy.heads.get(0)).contains("\r\nHost: 127.0.0.1:" + port + "\r\n");
    }

    @Test
    void aPanelNameNotInTheCertificateFailsTheHandshakeInsideTheTunnel() throws IOException {
        int port = tlsPanel();
        LoopbackProxy proxy = started(new LoopbackProxy());
        transport = transport("https://panel.test:" + port + "/remote/index.php", tls.clientContext(),
                selector(proxy.proxy()));

        assertThatThrownBy(this::call).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT);
            assertThat(e.getMessage()).contains("TLS handshake", "through the proxy 127.0.0.1:" + proxy.port());
        });
        assertThat(proxy.requestLines()).containsExactly("CONNECT panel.test:" + port + " HTTP/1.1");
    }

    @Test
    void aRefusedConnectNamesTheProxyAndAuthenticationButNoneOfItsAnswer() throws IOException {
        int port = tlsPanel();
        LoopbackProxy proxy = started(new LoopbackProxy());
        proxy.refuse(407);
        transport = transport("https://127.0.0.1:" + port + "/remote/index.php", tls.clientContext(),
                selector(proxy.proxy()));

        assertThatThrownBy(this::call).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT);
            assertThat(e.statusCode()).isEqualTo(407);
            assertThat(e.getMessage()).contains("127.0.0.1:" + proxy.port(), "407", "credentials")
                    .doesNotContain("corp-secret-realm", "Proxy-Authenticate", "Proxy Authentication Required");
        });
    }

    @Test
    void aPlainRequestRefusedWith407NamesTheProxyAndNoneOfItsAnswer() {
        LoopbackProxy proxy = started(new LoopbackProxy());
        proxy.refuse(407);
        transport = transport("http://127.0.0.1:1/remote/index.php", null, selector(proxy.proxy()));

        assertThatThrownBy(this::call).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(TransportException.Reason.HTTP_STATUS);
            assertThat(e.statusCode()).isEqualTo(407);
            assertThat(e.outcomeUnknown()).isFalse();
            assertThat(e.getMessage()).contains("127.0.0.1:" + proxy.port(), "credentials")
                    .doesNotContain("corp-secret", "Proxy-Authenticate", "Proxy Authentication Required");
        });
    }

    /** Basic credentials on every request to the proxy: the CONNECT of a TLS panel, each plain request. */
    @Test
    void credentialsGoToTheProxyOnConnectAndOnPlainRequests() throws IOException {
        String header = "Proxy-Authorization: Basic dXNlcjpzM2NyM3QtcHc="; // user:s3cr3t-pw
        assertThat(HttpProxy.authorization("user", "s3cr3t-pw")).isEqualTo(header + "\r\n");
        int port = tlsPanel();
        LoopbackProxy proxy = started(new LoopbackProxy());
        proxy.requireCredentials(header);
        transport = transport("https://127.0.0.1:" + port + "/remote/index.php", tls.clientContext(),
                selector(proxy.proxy()), HttpProxy.authorization("user", "s3cr3t-pw"));
        assertThat(call()).isEqualTo("hello");

        LoopbackHttpServer panel = started(LoopbackHttpServer.answering(OK));
        transport.close();
        transport = transport("http://127.0.0.1:" + panel.port() + "/remote/index.php", null,
                selector(proxy.proxy()), HttpProxy.authorization("user", "s3cr3t-pw"));
        assertThat(call()).isEqualTo("hello");
        assertThat(proxy.heads).hasSize(2).allSatisfy(head -> assertThat(head).contains(header));
    }

    @Test
    void wrongCredentialsFailWithoutRepeatingThem() {
        LoopbackProxy proxy = started(new LoopbackProxy());
        proxy.requireCredentials("Proxy-Authorization: Basic dXNlcjpzM2NyM3QtcHc=");
        String wrong = HttpProxy.authorization("user", "wrong-pw");
        transport = transport("https://127.0.0.1:1/remote/index.php", tls.clientContext(), selector(proxy.proxy()),
                wrong);

        assertThatThrownBy(this::call).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(407);
            assertThat(e.getMessage()).doesNotContain("wrong-pw", wrong.substring(27, 40), "user");
        });
    }

    @Test
    void aProxySilentOnConnectFailsWithinTheConnectTimeout() {
        LoopbackProxy proxy = started(new LoopbackProxy());
        proxy.silentOnConnect();
        transport = new SocketTransport(URI.create("https://127.0.0.1:1/remote/index.php"), tls.clientContext(),
                Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ZERO, 1024 * 1024,
                InetAddress::getAllByName, selector(proxy.proxy()), "");

        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(5), this::call))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT);
                    assertThat(e.getMessage()).contains("within the connect timeout");
                });
    }

    @Test
    void aSelectorAnsweringDirectMeansNoProxy() throws IOException {
        LoopbackHttpServer panel = started(LoopbackHttpServer.answering(OK));
        LoopbackProxy proxy = started(new LoopbackProxy());
        transport = transport("http://127.0.0.1:" + panel.port() + "/remote/index.php", null,
                selector(Proxy.NO_PROXY, proxy.proxy()));

        assertThat(call()).isEqualTo("hello");

        assertThat(panel.connections()).isEqualTo(1);
        assertThat(proxy.connections()).isZero();
    }

    @Test
    void aSelectorOfferingOnlySocksFailsTheConnection() {
        transport = transport("http://127.0.0.1:1/remote/index.php", null,
                selector(new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("127.0.0.1", 1080))));

        assertThatThrownBy(this::call).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(TransportException.Reason.CONNECT);
            assertThat(e.getMessage()).contains("SOCKS");
        });
    }

    @Test
    void theBuilderTakesAFixedProxyOrNoProxyAndRefusesSocks() {
        LoopbackHttpServer panel = started(unavailable());
        LoopbackProxy proxy = started(new LoopbackProxy());
        String url = "http://127.0.0.1:" + panel.port() + "/remote/index.php";

        assertUnavailable(IspConfigClient.builder().url(url).proxy(proxy.proxy()));
        assertThat(proxy.requestLines()).containsExactly("POST " + url + " HTTP/1.1");

        assertUnavailable(IspConfigClient.builder().url(url).proxy(Proxy.NO_PROXY));
        assertThat(proxy.requestLines()).hasSize(1);
        assertThat(panel.connections()).isEqualTo(2);

        assertThatThrownBy(() -> IspConfigClient.builder()
                .proxy(new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("127.0.0.1", 1080))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SOCKS");
        assertThatThrownBy(() -> IspConfigClient.builder().proxyCredentials("us:er", "pw"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("us:er");
    }

    /** The JDK's default selector, the builder's default, leaves loopback alone even with a proxy configured. */
    @Test
    void theDefaultSelectorGoesDirectToLoopback() {
        assertThat(ProxySelector.getDefault().select(URI.create("http://127.0.0.1:8080/remote/index.php")))
                .containsExactly(Proxy.NO_PROXY);
    }

    private void assertUnavailable(IspConfigClient.Builder builder) {
        try (IspConfigClient client = builder.username("u").password("p").build()) {
            assertThatThrownBy(client::listFunctions).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.statusCode()).isEqualTo(503));
        }
    }

    /** A panel that answers every request 503: enough to show a request reached it. */
    private static LoopbackHttpServer unavailable() {
        return LoopbackHttpServer.answering("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");
    }

    private String call() throws IOException {
        try (Transport.Reply reply = transport.post("urn:x#m", "<x/>".getBytes(StandardCharsets.UTF_8))) {
            return new String(reply.body().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** Resolves every name to 127.0.0.1, so "proxy.test" and "panel.test" are reachable. */
    private static SocketTransport transport(String url, javax.net.ssl.SSLContext context, ProxySelector selector) {
        return transport(url, context, selector, "");
    }

    private static SocketTransport transport(String url, javax.net.ssl.SSLContext context, ProxySelector selector,
            String proxyAuthorization) {
        return new SocketTransport(URI.create(url), context, Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ZERO, 1024 * 1024, host -> new InetAddress[] {InetAddress.getLoopbackAddress()}, selector,
                proxyAuthorization);
    }

    /** Answers {@code choices} and records the URIs it was asked about. */
    private ProxySelector selector(Proxy... choices) {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(choices);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        };
    }

    /** A TLS panel on 127.0.0.1 answering every request with {@link #OK}. */
    private int tlsPanel() throws IOException {
        SSLServerSocket listener = (SSLServerSocket) tls.serverContext().getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        started(new LoopbackHttpServer(listener, socket -> {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (readRequest(in) != null) {
                out.write(OK.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }));
        return listener.getLocalPort();
    }

    private <T extends AutoCloseable> T started(T server) {
        closing.add(server);
        return server;
    }
}
