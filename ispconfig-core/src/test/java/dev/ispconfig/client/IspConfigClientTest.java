package dev.ispconfig.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.internal.Credentials;
import dev.ispconfig.client.internal.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IspConfigClientTest {

    private final FakePanel panel = new FakePanel();

    @Test
    void interceptorsRunInOrderAroundTheCallAndNeverSeeTheSessionId() {
        List<String> trace = new ArrayList<>();
        try (IspConfigClient client = FakePanel.clientFor(panel)
                .addInterceptor((call, chain) -> {
                    trace.add("outer>" + call.method() + call.arguments());
                    Object result = chain.proceed(call);
                    trace.add("outer<" + result);
                    return result;
                })
                .addInterceptor((call, chain) -> {
                    trace.add("inner>" + call.module());
                    return chain.proceed(new Call(call.method(), List.of("changed")));
                })
                .build()) {

            assertThat(client.call("sites_web_domain_get", "original")).isEqualTo("changed");
        }
        assertThat(trace).containsExactly("outer>sites_web_domain_get[original]", "inner>sites", "outer<changed");
    }

    @Test
    void anInterceptorMayRetryTheWholeCall() {
        int[] attempts = {0};
        panel.handler = arguments -> {
            if (++attempts[0] == 1) {
                throw new FakePanel.FaultAnswer("SOAP-ENV:Server", "transient");
            }
            return "second time lucky";
        };
        try (IspConfigClient client = FakePanel.clientFor(panel).addInterceptor((call, chain) -> {
            try {
                return chain.proceed(call);
            } catch (IspConfigFaultException e) {
                return chain.proceed(call);
            }
        }).build()) {
            assertThat(client.call("x")).isEqualTo("second time lucky");
        }
    }

    @Test
    void loginAndLogoutAreNotRawCalls() {
        try (IspConfigClient client = FakePanel.clientFor(panel).build()) {
            assertThatThrownBy(() -> client.call("login", "a", "b")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.call("logout")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(panel.requests).isEmpty();
    }

    @Test
    void listFunctionsReturnsThePanelsNames() {
        panel.handler = arguments -> List.of("__construct", "login", "sites_web_domain_get");
        try (IspConfigClient client = FakePanel.clientFor(panel).build()) {
            assertThat(client.listFunctions()).containsExactly("__construct", "login", "sites_web_domain_get");
        }
    }

    @Test
    void nullArgumentsTravelAsNil() {
        panel.handler = arguments -> String.valueOf(arguments);
        try (IspConfigClient client = FakePanel.clientFor(panel).build()) {
            assertThat(client.call("x", (Object) null)).isEqualTo("[null]");
            assertThat(client.call("x", 1, null, Map.of("k", "v"))).isEqualTo("[1, null, {k=v}]");
        }
    }

    @Test
    void faultsArriveAsTypedExceptionsWithTheMethod() {
        panel.handler = arguments -> {
            throw new FakePanel.FaultAnswer("permission_denied",
                    "You do not have the permissions to access this function.");
        };
        try (IspConfigClient client = FakePanel.clientFor(panel).build()) {
            assertThatThrownBy(() -> client.call("sites_web_domain_get", 1))
                    .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                        assertThat(e.method()).isEqualTo("sites_web_domain_get");
                        assertThat(e.faultCode()).isEqualTo("permission_denied");
                    });
        }
    }

    @Test
    void noSecretInAnyToString() {
        IspConfigClient client = FakePanel.clientFor(panel).build();
        client.call("echo", 1);
        String sessionId = panel.issuedIds.get(0);
        String everything = client + " " + client.asClient("client1", FakePanel.PASSWORD)
                + " " + new Credentials(FakePanel.USER, FakePanel.PASSWORD, false)
                + " " + new Call("client_change_password", List.of(1, "new-password"))
                + " " + DataRecord.of(Map.of("password", "$6$hash", "relay_pass", "x", "email", "a@b.c"));
        client.close();

        assertThat(everything).doesNotContain(FakePanel.PASSWORD, sessionId, "new-password", "$6$hash")
                .contains("a@b.c");
    }

    @Test
    void builderExplainsWhatIsMissing() {
        assertThatThrownBy(() -> IspConfigClient.builder().username("u").password("p").build())
                .hasMessageContaining("url");
        assertThatThrownBy(() -> IspConfigClient.builder().url("https://panel:8080/remote/index.php")
                .password("p").build()).hasMessageContaining("username");
        assertThatThrownBy(() -> IspConfigClient.builder().url("https://panel:8080/remote/index.php")
                .username("u").build()).hasMessageContaining("password");
        assertThatThrownBy(() -> IspConfigClient.builder().url("https://u:p@panel:8080/remote/index.php")
                .username("u").password("p").build()).hasMessageContaining("not in the url");
        assertThatThrownBy(() -> IspConfigClient.builder().url("ftp://panel/")
                .username("u").password("p").build()).hasMessageContaining("http");
        assertThatThrownBy(() -> IspConfigClient.builder().url("https://panel:99999/remote/index.php")
                .username("u").password("p").build()).hasMessageContaining("port 99999 is out of range");
    }

    @Test
    void endpointIsCompletedLikeIspConfigUsersWriteIt() {
        assertThat(endpoint("https://panel.example.com:8080/remote/"))
                .isEqualTo("https://panel.example.com:8080/remote/index.php");
        assertThat(endpoint("https://panel.example.com:8080")).isEqualTo("https://panel.example.com:8080/remote/index.php");
        assertThat(endpoint("https://panel.example.com:8080/remote/index.php"))
                .isEqualTo("https://panel.example.com:8080/remote/index.php");
        assertThat(Endpoint.namespace(java.net.URI.create("https://panel.example.com:8080/remote/index.php")))
                .isEqualTo("https://panel.example.com:8080/remote/");
    }

    private static String endpoint(String url) {
        try (IspConfigClient client = IspConfigClient.builder().url(url).username("u").password("p").build()) {
            return client.endpoint().toString();
        }
    }
}
