package dev.ispconfig.client.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The method name is written as an element name: one that is not an XML name must be refused, not sent. */
class SoapWriterMethodNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"<", "a b", "a/b", "x><param0 xsi:type=\"xsd:int\">1</param0", "a&b", "", "1abc", "a:b"})
    void aNameThatIsNotAnXmlNameIsRefused(String method) {
        assertThatThrownBy(() -> SoapWriter.request("urn:x", method, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a remote method name");
        assertThatThrownBy(() -> SoapWriter.response(method, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sites_web_domain_get", "__construct", "get_function_list", "m\u00e9thode"})
    void phpFunctionNamesStillTravel(String method) throws Exception {
        SoapRequest read = SoapReader.readRequest(new ByteArrayInputStream(
                SoapWriter.request("urn:x", method, List.of(1))));

        assertThat(read.method()).isEqualTo(method);
    }
}
