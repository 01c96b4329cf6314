package dev.ispconfig.client.soap;

import static dev.ispconfig.client.soap.Captures.PHP_URI;
import static dev.ispconfig.client.soap.Captures.SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What we write must be what PHP wrote for the same call: byte for byte, checked against every capture. */
class SoapWriterGoldenTest {

    static Stream<Arguments> requests() {
        Map<String, Object> txt = new LinkedHashMap<>();
        txt.put("server_id", 1);
        txt.put("zone", 1);
        txt.put("name", "smoke-tmp");
        txt.put("type", "TXT");
        txt.put("data", "temporary");
        txt.put("aux", 0);
        txt.put("ttl", "3600");
        txt.put("active", "y");
        txt.put("stamp", "2026-11-28 04:13:00");
        txt.put("serial", 1);
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("server_id", 1);
        site.put("domain", "example.com");
        site.put("type", "vhost");
        site.put("ip_address", "*");
        site.put("active", "y");
        return Stream.of(
                Arguments.of("soap-01-login", "login", List.of("admin", "admin-pass-1")),
                Arguments.of("soap-02-get_function_list", "get_function_list", List.of(SESSION)),
                Arguments.of("soap-03-sites_web_domain_get", "sites_web_domain_get", List.of(SESSION, 1)),
                Arguments.of("soap-04-mail_user_get-filter-one", "mail_user_get",
                        List.of(SESSION, Map.of("email", "alice@example.com"))),
                Arguments.of("soap-05-mail_user_get-filter-many", "mail_user_get",
                        List.of(SESSION, Map.of("email", "%@example.com"))),
                Arguments.of("soap-06-mail_user_get-unknown-id", "mail_user_get", List.of(SESSION, 99999)),
                Arguments.of("soap-07-logout", "logout", List.of(SESSION)),
                Arguments.of("soap-08-dns_txt_add", "dns_txt_add", List.of(SESSION, 1, txt)),
                Arguments.of("soap-09-dns_txt_delete", "dns_txt_delete", List.of(SESSION, "8")),
                Arguments.of("soap-fault-data-processing-error", "sites_web_domain_add", List.of(SESSION, 1, site)),
                Arguments.of("soap-fault-invalid-session", "client_get",
                        List.of("xinvalidsessionid0000000000000000000000000", 1)),
                Arguments.of("soap-fault-permission-denied", "sites_web_domain_get",
                        List.of("t7d0af19172b287d2122cd0fb283d73aae309ab8e", 1)),
                Arguments.of("soap-fault-unknown-method", "no_such_method", List.of(SESSION)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void requestIsByteForByteWhatPhpSent(String capture, String method, List<Object> arguments) {
        byte[] ours = SoapWriter.request(PHP_URI, method, arguments);

        assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(Captures.text(capture + ".request.xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void requestReadsBackToTheSameCall(String capture, String method, List<Object> arguments) throws Exception {
        SoapRequest request = SoapReader.readRequest(
                new ByteArrayInputStream(Captures.bytes(capture + ".request.xml")));

        assertThat(request.method()).isEqualTo(method);
        assertThat(request.arguments()).isEqualTo(arguments);
    }

    static Stream<String> responses() {
        return Stream.of("soap-01-login", "soap-02-get_function_list", "soap-03-sites_web_domain_get",
                "soap-04-mail_user_get-filter-one", "soap-05-mail_user_get-filter-many",
                "soap-06-mail_user_get-unknown-id", "soap-07-logout", "soap-08-dns_txt_add", "soap-09-dns_txt_delete");
    }

    /**
     * Re-encoding the decoded answer gives PHP's Body byte for byte. (PHP declares the envelope's namespaces in the
     * order it first uses them, which differs per answer; the panel's own ordering is not ours to mimic.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void responseBodyIsByteForByteWhatThePanelSent(String capture) throws Exception {
        String php = Captures.text(capture + ".response.xml");
        String method = php.substring(php.indexOf("<ns1:") + 5, php.indexOf("Response>"));
        Object value = SoapReader.readResponse(new ByteArrayInputStream(php.getBytes(StandardCharsets.UTF_8)))
                .value();

        String ours = new String(SoapWriter.response(method, value), StandardCharsets.UTF_8);

        assertThat(Captures.body(ours)).isEqualTo(Captures.body(php));
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("soap-fault-invalid-session", "session_does_not_exist",
                        "The Session is expired or does not exist."),
                Arguments.of("soap-fault-permission-denied", "permission_denied",
                        "You do not have the permissions to access this function."),
                Arguments.of("soap-fault-unknown-method", "invalid_method", "Method no_such_method does not exist"),
                Arguments.of("soap-fault-data-processing-error", "data_processing_error",
                        "domain_error_unique<br>\r\nhd_quota_error_empty<br />\r\nhd_quota_error_regex<br />\r\n"
                                + "traffic_quota_error_empty<br />\r\ntraffic_quota_error_regex<br />\r\n"
                                + "allow_override_error_empty<br />\r\npm_process_idle_timeout_error_regex<br />\r\n"
                                + "pm_max_requests_error_regex<br />\r\nhttp_port_error_regex<br />\r\n"
                                + "https_port_error_regex<br />\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void faultIsByteForByteWhatThePanelSent(String capture, String code, String message) {
        byte[] ours = SoapWriter.fault(new SoapFault(code, message));

        assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(Captures.text(capture + ".response.xml"));
    }
}
