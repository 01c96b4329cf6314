package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.IspConfigException;
import dev.ispconfig.client.soap.SoapFormatException;
import dev.ispconfig.client.soap.SoapReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random mutations of every capture never escape as anything but the SDK's own exceptions: from the reader only a
 * value or a {@link SoapFormatException}; through the client, over HTTP, only an {@link IspConfigException}.
 */
class CaptureMutationProperties {

    private static final AtomicLong READER_BYTES = new AtomicLong();
    private static final AtomicLong READER_PARSED = new AtomicLong();
    private static final AtomicLong READER_TRIES = new AtomicLong();
    private static final AtomicLong CLIENT_BYTES = new AtomicLong();
    private static final AtomicLong CLIENT_TRIES = new AtomicLong();
    private static final AtomicLong CLIENT_SUCCEEDED = new AtomicLong();

    private static volatile byte[] answer;
    private static LoopbackServer panel;
    private static IspConfigClient client;

    @Provide
    Arbitrary<String> captures() {
        return Arbitraries.of(Captures.names());
    }

    @Provide
    Arbitrary<String> responses() {
        return Arbitraries.of(Captures.responses());
    }

    @Provide
    Arbitrary<List<Mutations.Mutation>> mutations() {
        return Mutations.mutations();
    }

    @Property(tries = 3000)
    void aMutatedCaptureReadsOrFailsAsSoapFormatException(@ForAll("captures") String capture,
            @ForAll("mutations") List<Mutations.Mutation> mutations) throws IOException {
        byte[] mutated = Mutations.apply(Captures.get(capture), mutations);
        Figures.tried(mutated.length);
        READER_BYTES.addAndGet(mutated.length);
        READER_TRIES.incrementAndGet();
        ByteArrayInputStream in = new ByteArrayInputStream(mutated);
        try {
            Object read = Captures.isRequest(capture) ? SoapReader.readRequest(in) : SoapReader.readResponse(in);
            assertThat(read).isNotNull();
            READER_PARSED.incrementAndGet();
        } catch (SoapFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        // Anything else (IOException from a byte array, a RuntimeException, an Error) fails the property.
    }

    @Property(tries = 250)
    void aMutatedAnswerThroughTheClientFailsOnlyAsAnSdkException(@ForAll("responses") String capture,
            @ForAll("mutations") List<Mutations.Mutation> mutations) throws IOException {
        byte[] mutated = Mutations.apply(Captures.get(capture), mutations);
        Figures.tried(mutated.length);
        CLIENT_BYTES.addAndGet(mutated.length);
        CLIENT_TRIES.incrementAndGet();
        answer = mutated;
        try {
            client().call("sites_web_domain_get", 1);
            CLIENT_SUCCEEDED.incrementAndGet();
        } catch (IspConfigException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    private static synchronized IspConfigClient client() throws IOException {
        if (client == null) {
            byte[] login = Captures.get("soap-01-login.response.xml");
            panel = new LoopbackServer((body, out) -> {
                boolean isLogin = new String(body, StandardCharsets.UTF_8).contains("<ns1:login>");
                LoopbackServer.respondXml(out, 200, isLogin ? login : answer);
                return true;
            });
            client = IspConfigClient.builder().url(panel.uri()).username("admin").password("mutation-pw")
                    .readTimeout(Duration.ofSeconds(5)).maxResponseSize(1024 * 1024)
                    .loginFailureCoolDown(Duration.ZERO).build();
        }
        return client;
    }

    @AfterContainer
    static void summary() throws IOException {
        if (client != null) {
            answer = Captures.get("soap-07-logout.response.xml");
            client.close();
            panel.close();
        }
        Figures.line(String.format(Locale.ROOT, "mutations into the reader: %,d tries, %,d bytes, %,d still read "
                + "(harmless damage), rest SoapFormatException", READER_TRIES.get(), READER_BYTES.get(),
                READER_PARSED.get()));
        Figures.line(String.format(Locale.ROOT, "mutations through the client: %,d tries, %,d bytes, %,d answered, "
                + "rest IspConfigException subtypes", CLIENT_TRIES.get(), CLIENT_BYTES.get(), CLIENT_SUCCEEDED.get()));
        Figures.total(CaptureMutationProperties.class.getSimpleName());
    }
}
