package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapRequest;
import dev.ispconfig.client.soap.SoapResponse;
import dev.ispconfig.client.soap.SoapWriter;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Any Java value the API accepts goes through our {@link SoapWriter} and comes back from our {@link SoapReader}
 * unchanged, up to the normalisations the codec documents ({@link Values#expected}); and what XML cannot carry is
 * refused by the writer, never sent as broken XML.
 */
class CodecRoundTripTest {

    private static final String METHOD_CHARS = "abcdefghijklmnopqrstuvwxyz_";
    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz_<>&\"' /:=-.\u00e9";

    /** 1 to {@code maxLength} characters of {@code chars}. */
    private static String name(Random r, String chars, int maxLength) {
        StringBuilder out = new StringBuilder();
        for (int n = Values.between(r, 1, maxLength); n > 0; n--) {
            out.append(chars.charAt(r.nextInt(chars.length())));
        }
        return out.toString();
    }

    @Test
    void aResponseValueReadsBackAsItWasWritten() {
        Tries.run(2000, 1_000_000, r -> Values.value(r, 3), Values::render, value -> {
            byte[] wire = SoapWriter.response("sites_web_domain_get", value);

            SoapResponse read = SoapReader.readResponse(new ByteArrayInputStream(wire));

            assertThat(read.isFault()).isFalse();
            assertThat(Values.render(read.value())).isEqualTo(Values.render(Values.expected(value)));
        });
    }

    record Call(String method, List<Object> arguments) {
    }

    @Test
    void aRequestReadsBackAsTheSameCall() {
        Tries.run(1000, 2_000_000,
                r -> new Call(name(r, METHOD_CHARS, 40), Values.list(r, 4, inner -> Values.value(inner, 2))),
                call -> call.method() + " " + Values.render(call.arguments()), call -> {
                    byte[] wire = SoapWriter.request("https://panel.example.com/remote/", call.method(),
                            call.arguments());

                    SoapRequest read = SoapReader.readRequest(new ByteArrayInputStream(wire));

                    assertThat(read.method()).isEqualTo(call.method());
                    assertThat(Values.render(read.arguments()))
                            .isEqualTo(Values.render(Values.expected(call.arguments())));
                });
    }

    record Insertion(String valid, char bad, double where) {
    }

    @Test
    void aCharacterXmlCannotCarryIsRefusedByTheWriter() {
        Tries.run(500, 3_000_000,
                r -> new Insertion(Values.xmlString(r), Values.nonXmlChar(r), Values.anyDouble(r)),
                in -> Values.render(in.valid()) + " + char:" + Integer.toHexString(in.bad()) + " at " + in.where(),
                in -> {
                    String valid = in.valid();
                    int at = (int) (Math.abs(in.where()) % 1.0 * (valid.length() + 1));
                    // never split a surrogate pair of the valid text, which would itself be a lone surrogate
                    if (at > 0 && at < valid.length() && Character.isLowSurrogate(valid.charAt(at))) {
                        at--;
                    }
                    String text = valid.substring(0, at) + in.bad() + valid.substring(at);
                    if (Character.isSurrogate(in.bad())
                            && text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)) {
                        return; // the inserted surrogate completed a pair: legal text after all
                    }

                    assertThatThrownBy(() -> SoapWriter.response("m", text))
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("cannot be sent in XML 1.0");
                    assertThatThrownBy(() -> SoapWriter.request("urn:x", "m", List.of(java.util.Map.of("k", text))))
                            .isInstanceOf(IllegalArgumentException.class);
                });
    }

    @Test
    void aMethodNameIsEitherRefusedOrReadBackUnchanged() {
        Tries.run(500, 4_000_000, r -> name(r, NAME_CHARS, 20), Values::render, method -> {
            byte[] wire;
            try {
                wire = SoapWriter.request("urn:x", method, List.of(1));
            } catch (IllegalArgumentException refused) {
                return;
            }
            SoapRequest read = SoapReader.readRequest(new ByteArrayInputStream(wire));
            assertThat(read.method()).isEqualTo(method);
            assertThat(read.arguments()).containsExactly(1);
        });
    }
}
