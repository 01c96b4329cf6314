package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.IspConfigException;
import dev.ispconfig.client.soap.SoapFormatException;
import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.transport.tck.LoopbackServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of every capture never escape as anything but the SDK's own exceptions: from the reader only a
 * value or a {@link SoapFormatException}; through the client, over HTTP, only an {@link IspConfigException}.
 */
class CaptureMutationTest {

    private static final AtomicLong READER_BYTES = new AtomicLong();
    private static final AtomicLong READER_PARSED = new AtomicLong();
    private static final AtomicLong READER_TRIES = new AtomicLong();
    private static final AtomicLong CLIENT_BYTES = new AtomicLong();
    private static final AtomicLong CLIENT_TRIES = new AtomicLong();
    private static final AtomicLong CLIENT_SUCCEEDED = new AtomicLong();

    private static volatile byte[] answer;
    private static LoopbackServer panel;
    private static IspConfigClient client;

    /** One capture and the damage done to it. */
    record Damage(String capture, List<Mutations.Mutation> mutations) {

        static Damage draw(Random r, List<String> captures) {
            return new Damage(captures.get(r.nextInt(captures.size())), Mutations.mutations(r));
        }

        byte[] apply() {
            return Mutations.apply(Captures.get(capture), mutations);
        }

        @Override
        public String toString() {
            byte[] mutated = apply();
            String prefix = new String(mutated, 0, Math.min(mutated.length, 200), StandardCharsets.UTF_8);
            return capture + " " + mutations + " -> " + mutated.length + " B, starting " + prefix;
        }
    }

    @Test
    void aMutatedCaptureReadsOrFailsAsSoapFormatException() {
        List<String> captures = Captures.names();
        Tries.run(3000, 5_000_000, r -> Damage.draw(r, captures), Damage::toString, damage -> {
            byte[] mutated = damage.apply();
            Figures.tried(mutated.length);
            READER_BYTES.addAndGet(mutated.length);
            READER_TRIES.incrementAndGet();
            ByteArrayInputStream in = new ByteArrayInputStream(mutated);
            try {
                Object read = Captures.isRequest(damage.capture()) ? SoapReader.readRequest(in)
                        : SoapReader.readResponse(in);
                assertThat(read).isNotNull();
                READER_PARSED.incrementAndGet();
            } catch (SoapFormatException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
            // Anything else (IOException from a byte array, a RuntimeException, an Error) fails the try.
        });
    }

    @Test
    void aMutatedAnswerThroughTheClientFailsOnlyAsAnSdkException() {
        List<String> responses = Captures.responses();
        Tries.run(250, 6_000_000, r -> Damage.draw(r, responses), Damage::toString, damage -> {
            byte[] mutated = damage.apply();
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
        });
    }

    private static synchronized IspConfigClient client() throws IOException {
        if (client == null) {
            byte[] login = Captures.get("soap-01-login.response.xml");
            panel = Scripted.serve((body, out) -> {
                boolean isLogin = new String(body, StandardCharsets.UTF_8).contains("<ns1:login>");
                Scripted.respondXml(out, 200, isLogin ? login : answer);
                return true;
            });
            client = IspConfigClient.builder().url(panel.uri()).username("admin").password("mutation-pw")
                    .readTimeout(Duration.ofSeconds(5)).maxResponseSize(1024 * 1024)
                    .loginFailureCoolDown(Duration.ZERO).build();
        }
        return client;
    }

    @AfterAll
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
        Figures.total(CaptureMutationTest.class.getSimpleName());
    }
}
