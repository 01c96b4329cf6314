package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapRequest;
import dev.ispconfig.client.soap.SoapResponse;
import dev.ispconfig.client.soap.SoapWriter;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any Java value the API accepts goes through our {@link SoapWriter} and comes back from our {@link SoapReader}
 * unchanged, up to the normalisations the codec documents ({@link Values#expected}); and what XML cannot carry is
 * refused by the writer, never sent as broken XML.
 */
class CodecRoundTripProperties {

    @Provide
    Arbitrary<Object> values() {
        return Values.values(3);
    }

    @Provide
    Arbitrary<List<Object>> argumentLists() {
        return Values.values(2).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1).ofMaxLength(40);
    }

    @Property(tries = 2000)
    void aResponseValueReadsBackAsItWasWritten(@ForAll("values") Object value) throws Exception {
        byte[] wire = SoapWriter.response("sites_web_domain_get", value);

        SoapResponse read = SoapReader.readResponse(new ByteArrayInputStream(wire));

        assertThat(read.isFault()).isFalse();
        assertThat(Values.render(read.value())).isEqualTo(Values.render(Values.expected(value)));
    }

    @Property(tries = 1000)
    void aRequestReadsBackAsTheSameCall(@ForAll("methods") String method,
            @ForAll("argumentLists") List<Object> arguments) throws Exception {
        byte[] wire = SoapWriter.request("https://panel.example.com/remote/", method, arguments);

        SoapRequest read = SoapReader.readRequest(new ByteArrayInputStream(wire));

        assertThat(read.method()).isEqualTo(method);
        assertThat(Values.render(read.arguments())).isEqualTo(Values.render(Values.expected(arguments)));
    }

    @Property(tries = 500)
    void aCharacterXmlCannotCarryIsRefusedByTheWriter(@ForAll("strings") String valid,
            @ForAll("nonXml") char bad, @ForAll double where) {
        int at = (int) (Math.abs(where) % 1.0 * (valid.length() + 1));
        // never split a surrogate pair of the valid text, which would itself be a lone surrogate
        if (at > 0 && at < valid.length() && Character.isLowSurrogate(valid.charAt(at))) {
            at--;
        }
        String text = valid.substring(0, at) + bad + valid.substring(at);
        if (Character.isSurrogate(bad) && text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)) {
            return; // the inserted surrogate completed a pair: legal text after all
        }

        assertThatThrownBy(() -> SoapWriter.response("m", text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be sent in XML 1.0");
        assertThatThrownBy(() -> SoapWriter.request("urn:x", "m", List.of(java.util.Map.of("k", text))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void aMethodNameIsEitherRefusedOrReadBackUnchanged(@ForAll("anyNames") String method) throws Exception {
        byte[] wire;
        try {
            wire = SoapWriter.request("urn:x", method, List.of(1));
        } catch (IllegalArgumentException refused) {
            return;
        }
        SoapRequest read = SoapReader.readRequest(new ByteArrayInputStream(wire));
        assertThat(read.method()).isEqualTo(method);
        assertThat(read.arguments()).containsExactly(1);
    }

    @Provide
    Arbitrary<String> strings() {
        return Values.xmlStrings();
    }

    @Provide
    Arbitrary<Character> nonXml() {
        return Values.nonXmlChars();
    }

    @Provide
    Arbitrary<String> anyNames() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("_<>&\"' /:=-.\u00e9")
                .ofMinLength(1).ofMaxLength(20);
    }
}
