package dev.ispconfig.client.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.transport.tck.Answers;
import dev.ispconfig.transport.tck.LoopbackServer;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.junit.jupiter.api.Test;

/** The ways the README chooses this transport compile and work as written. */
class ApacheHttpTransportBuilderTest {

    @Test
    void theReadmesOneLinerChoosesThisTransport() {
        AtomicReference<String> acceptEncoding = new AtomicReference<>();
        try (LoopbackServer panel = LoopbackServer.plain(c -> c.answerEach(request -> {
                    acceptEncoding.compareAndSet(null, request.header("Accept-Encoding"));
                    return "login".equals(request.soapMethod()) ? Answers.soap("login", "s" + "0".repeat(40))
                            : Answers.soap(request.soapMethod(), "ok");
                }));
                IspConfigClient client = IspConfigClient.builder().url(panel.uri()).username("u").password("p")
                        .transport(ApacheHttpTransport::new).build()) {
            assertThat(client.call("server_get_app_version")).isEqualTo("ok");
            // HttpClient's content compression asks for deflate too; the JDK transport asks for gzip alone.
            assertThat(acceptEncoding.get()).contains("gzip", "deflate");
        }
    }

    @Test
    void aCustomizedHttpClientIsAFactoryToo() {
        HttpRequestInterceptor mark = (request, entity, context) -> request.addHeader("X-Seen-By", "mine");
        try (LoopbackServer panel = LoopbackServer.plain(c -> c.answerEach(request ->
                "login".equals(request.soapMethod()) ? Answers.soap("login", "s" + "0".repeat(40))
                        : Answers.soap(request.soapMethod(), request.header("X-Seen-By"))));
                IspConfigClient client = IspConfigClient.builder().url(panel.uri()).username("u").password("p")
                        .transport(settings -> new ApacheHttpTransport(settings,
                                builder -> builder.addRequestInterceptorLast(mark)))
                        .build()) {
            assertThat(client.call("server_get_app_version")).isEqualTo("mine");
        }
    }
}
