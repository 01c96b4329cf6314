package dev.ispconfig.client.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every answer captured from the live panel decodes to what PHP's SoapClient saw (wire/php-soapclient-view.txt). */
class SoapReaderGoldenTest {

    private static SoapResponse read(String capture) throws Exception {
        return SoapReader.readResponse(new ByteArrayInputStream(Captures.bytes(capture + ".response.xml")));
    }

    /** The map keys in document order, read with a regex: independent of the decoder under test. */
    private static List<String> keysInOrder(String capture) {
        Matcher keys = Pattern.compile("<key xsi:type=\"xsd:string\">([^<]*)</key>")
                .matcher(Captures.text(capture + ".response.xml"));
        List<String> names = new ArrayList<>();
        while (keys.find()) {
            names.add(keys.group(1));
        }
        return names;
    }

    @Test
    void loginAnswersTheSessionIdAsString() throws Exception {
        assertThat(read("soap-01-login").value()).isEqualTo(Captures.SESSION);
    }

    @Test
    void functionListIsAListOf313NamesIncludingConstruct() throws Exception {
        Object value = read("soap-02-get_function_list").value();

        assertThat(value).asList().hasSize(313)
                .startsWith("update_record_permissions", "system_config_set", "system_config_get",
                        "config_value_get", "config_value_add")
                .contains("__construct", "login", "logout", "sites_web_domain_get")
                .allMatch(String.class::isInstance);
    }

    @Test
    void webDomainIsAnOrderedMapOfStringsWithNilColumns() throws Exception {
        Object value = read("soap-03-sites_web_domain_get").value();

        assertThat(value).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> site = (Map<String, Object>) value;
        assertThat(site).hasSize(91);
        assertThat(new ArrayList<>(site.keySet())).isEqualTo(keysInOrder("soap-03-sites_web_domain_get"));
        assertThat(site).contains(entry("domain_id", "1"), entry("server_id", "1"), entry("domain", "example.com"),
                entry("document_root", "/var/www/clients/client1/web1"), entry("system_user", "web1"),
                entry("hd_quota", "1000"), entry("php", "php-fpm"), entry("ssl", "n"), entry("active", "y"),
                entry("directive_snippets_id", "0"), entry("server_php_id", "0"));
        assertThat(site).containsEntry("stats_password", null).containsEntry("added_date", null);
        assertThat(site.values()).allMatch(v -> v == null || v instanceof String);
    }

    @Test
    void filterWithOneMatchIsStillAListOfOneRecord() throws Exception {
        Object value = read("soap-04-mail_user_get-filter-one").value();

        assertThat(value).asList().hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) ((List<?>) value).get(0);
        assertThat(user).hasSize(48).containsEntry("mailuser_id", "1").containsEntry("email", "alice@example.com");
        assertThat(new ArrayList<>(user.keySet())).isEqualTo(keysInOrder("soap-04-mail_user_get-filter-one"));
    }

    @Test
    void filterWithManyMatchesIsAListOfRecords() throws Exception {
        Object value = read("soap-05-mail_user_get-filter-many").value();

        assertThat(value).asList().hasSize(2).allMatch(Map.class::isInstance);
        List<?> users = (List<?>) value;
        assertThat(((Map<?, ?>) users.get(0)).get("email")).isEqualTo("alice@example.com");
        assertThat(((Map<?, ?>) users.get(1)).get("email")).asString().endsWith("@example.com");
    }

    @Test
    void unknownIdIsNilNotAFault() throws Exception {
        SoapResponse response = read("soap-06-mail_user_get-unknown-id");

        assertThat(response.isFault()).isFalse();
        assertThat(response.value()).isNull();
    }

    @Test
    void logoutAnswersBooleanTrue() throws Exception {
        assertThat(read("soap-07-logout").value()).isEqualTo(Boolean.TRUE);
    }

    @Test
    void addAnswersTheNewIdAsStringAndDeleteTheRowCountAsInt() throws Exception {
        assertThat(read("soap-08-dns_txt_add").value()).isEqualTo("8");
        assertThat(read("soap-09-dns_txt_delete").value()).isEqualTo(1);
    }

    @Test
    void faultsKeepTheirUnprefixedCodesAndText() throws Exception {
        assertThat(read("soap-fault-invalid-session").fault())
                .isEqualTo(new SoapFault("session_does_not_exist", "The Session is expired or does not exist."));
        assertThat(read("soap-fault-permission-denied").fault()).isEqualTo(new SoapFault("permission_denied",
                "You do not have the permissions to access this function."));
        assertThat(read("soap-fault-unknown-method").fault())
                .isEqualTo(new SoapFault("invalid_method", "Method no_such_method does not exist"));
    }

    @Test
    void dataProcessingFaultKeepsItsCarriageReturns() throws Exception {
        SoapFault fault = read("soap-fault-data-processing-error").fault();

        assertThat(fault.code()).isEqualTo("data_processing_error");
        assertThat(fault.message()).startsWith("domain_error_unique<br>\r\nhd_quota_error_empty<br />\r\n")
                .endsWith("https_port_error_regex<br />\r\n");
    }
}
