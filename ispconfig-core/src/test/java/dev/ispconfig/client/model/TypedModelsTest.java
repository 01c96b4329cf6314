package dev.ispconfig.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.exception.FormValidationException;
import dev.ispconfig.client.exception.ValidationException;
import dev.ispconfig.client.form.FieldKind;
import dev.ispconfig.client.form.FormSchema;
import dev.ispconfig.client.form.Violation;
import dev.ispconfig.client.model.dns.DnsARecord;
import dev.ispconfig.client.model.dns.DnsARecordParams;
import dev.ispconfig.client.model.dns.DnsTxtRecordParams;
import dev.ispconfig.client.model.mail.MailUser;
import dev.ispconfig.client.model.mail.MailUserParams;
import dev.ispconfig.client.model.sites.WebDomain;
import dev.ispconfig.client.model.sites.WebDomainParams;
import dev.ispconfig.client.soap.SoapReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated models on the captures of a live ISPConfig 3.2.12 panel and on the forms' own facts. */
class TypedModelsTest {

    private static byte[] capture(String name) throws IOException {
        try (InputStream in = TypedModelsTest.class.getResourceAsStream("/wire/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Object answer(String name) throws Exception {
        return SoapReader.readResponse(new ByteArrayInputStream(capture(name))).value();
    }

    @Test
    void everyFormOfTheInventoryHasItsSchemaAndEveryRegexCompiles() {
        assertThat(FormModels.BY_FORM).hasSize(57);
        int fields = FormModels.BY_FORM.values().stream().mapToInt(schema -> schema.fields().size()).sum();
        assertThat(fields).isEqualTo(831);
        assertThat(FormModels.forMethod("dns_a_add")).contains(DnsARecord.SCHEMA);
        assertThat(FormModels.forMethod("sites_web_domain_get")).contains(WebDomain.SCHEMA);
        assertThat(FormModels.forMethod("login")).isEmpty();
    }

    @Test
    void theWebDomainCaptureReadsThroughItsModel() throws Exception {
        WebDomain site = WebDomain.of(DataRecord.fromResult("sites_web_domain_get",
                answer("soap-03-sites_web_domain_get.response.xml")));

        assertThat(site.id()).isEqualTo(site.raw().getInt("domain_id")).isPositive();
        assertThat(site.domain()).isEqualTo(site.raw().getString("domain"));
        assertThat(site.php()).isNotEqualTo(WebDomain.Php.UNKNOWN_TO_SDK_VERSION);
        assertThat(site.php().wireValue()).isEqualTo(site.phpAsString());
        assertThat(site.active()).isEqualTo(site.raw().getString("active").equals("y"));
        assertThat(site.hdQuota()).isEqualTo(site.raw().getLong("hd_quota"));
        assertThat(site.sysUserid()).as("a column no form describes").isEqualTo(site.raw().getInt("sys_userid"));
        assertThat(site.toString()).contains("ssl_key=" + (site.raw().get("ssl_key") == null ? "null" : "****"));
    }

    @Test
    void theMailUserCapturesReadThroughTheirModel() throws Exception {
        List<MailUser> users = MailUser.listOf(DataRecord.listFromResult("mail_user_get",
                answer("soap-05-mail_user_get-filter-many.response.xml")));

        assertThat(users).hasSizeGreaterThan(1);
        for (MailUser user : users) {
            assertThat(user.email()).contains("@");
            assertThat(user.quota()).isEqualTo(user.raw().getLong("quota"));
            assertThat(user.postfix()).isEqualTo(user.raw().getString("postfix").equals("y"));
            assertThat(user.toString()).contains("password=****").doesNotContain(user.raw().getString("password"));
        }
    }

    @Test
    void typedParamsForAnAddStartFromTheFormsDefaultsAndSendThePanelsSpelling() {
        DnsARecordParams params = DnsARecordParams.forAdd().serverId(1).zone(7).name("www").data("192.0.2.10")
                .active(false).build();

        assertThat(params.toMap()).containsEntry("server_id", 1).containsEntry("zone", 7)
                .containsEntry("name", "www").containsEntry("type", "A").containsEntry("ttl", "3600")
                .containsEntry("active", "N").containsEntry("data", "192.0.2.10");
        assertThat(params.isForAdd()).isTrue();
    }

    @Test
    void typedParamsForAnUpdateHoldOnlyWhatWasSet() {
        DnsARecordParams params = DnsARecordParams.forUpdate().ttl(600).build();

        assertThat(params.toMap()).containsExactly(Map.entry("ttl", 600));
    }

    @Test
    void theCapturedTxtAddIsWhatTheTypedParamsSend() {
        Map<String, Object> sent = DnsTxtRecordParams.forAdd().serverId(1).zone(1).name("smoke-tmp")
                .data("temporary").build().toMap();

        assertThat(sent).containsEntry("server_id", 1).containsEntry("zone", 1).containsEntry("name", "smoke-tmp")
                .containsEntry("type", "TXT").containsEntry("data", "temporary").containsEntry("ttl", "3600");
    }

    @Test
    void anInvalidFieldIsRefusedBeforeTheCallWithThePanelsErrorKey() {
        assertThatThrownBy(() -> DnsARecordParams.forAdd().serverId(1).zone(7).name("www").data("not-an-ip")
                .ttl(30).build())
                .isInstanceOfSatisfying(FormValidationException.class, e -> {
                    assertThat(e.errorKeys()).containsExactly("ip_error_wrong", "ttl_range_error");
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("data", "ttl");
                    assertThat(e.getMessage()).contains("dns_a", "data: ip_error_wrong (ISIPV4)",
                            "nothing was sent");
                })
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aWebDomainNeedsOnlyItsDomainAndServerWhatTheAddMethodsFillInIsNotSent() {
        // As a raw map the panel refuses these two alone with nine keys (its UI's defaults are not applied); typed
        // params start from the defaults, and sites_web_domain_add fills document_root and the system user itself.
        WebDomainParams params = WebDomainParams.forAdd().serverId(1).domain("example.com").build();

        assertThat(params.toMap()).containsEntry("hd_quota", "-1").containsEntry("traffic_quota", "-1")
                .containsEntry("php", "fast-cgi").containsEntry("active", "y").doesNotContainKey("document_root")
                .doesNotContainKey("type");
        assertThat(WebDomain.SCHEMA.field("document_root").filledOnAdd()).isEqualTo("-");
        assertThatThrownBy(() -> WebDomainParams.forAdd().serverId(1).domain("example.com").httpPort(0)
                .hdQuota(-1).with("traffic_quota", "").build())
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errorKeys())
                        .contains("traffic_quota_error_empty").doesNotContain("domain_error_unique"));
    }

    @Test
    void enumsWriteTheirWireValueAndAnUnknownValueStaysReadable() {
        WebDomain odd = WebDomain.of(DataRecord.of(Map.of("domain_id", "3", "php", "php-fpm-next", "pm", "static")));

        assertThat(odd.php()).isEqualTo(WebDomain.Php.UNKNOWN_TO_SDK_VERSION);
        assertThat(odd.phpAsString()).isEqualTo("php-fpm-next");
        assertThat(odd.pm()).isEqualTo(WebDomain.Pm.STATIC);
        assertThat(odd.hdQuota()).as("missing reads as the panel reads it").isZero();
        assertThat(odd.addedDate()).isEmpty();
        assertThat(WebDomainParams.forUpdate().php(WebDomain.Php.PHP_FPM).build().toMap())
                .containsExactly(Map.entry("php", "php-fpm"));
        assertThatThrownBy(() -> WebDomainParams.forUpdate().php(WebDomain.Php.UNKNOWN_TO_SDK_VERSION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("with(\"php\"");
    }

    @Test
    void passwordsNeverShowAndDatesUseThePanelsFormat() {
        MailUserParams params = MailUserParams.forUpdate().password("s3cret-Passw0rd")
                .autoresponderStartDate(LocalDate.of(2026, 12, 24).atTime(8, 30)).build();

        assertThat(params.toMap()).containsEntry("autoresponder_start_date", "2026-12-24 08:30:00");
        assertThat(params.toString()).contains("password=****").doesNotContain("s3cret");
        assertThat(MailUser.SCHEMA.field("password").kind()).isEqualTo(FieldKind.PASSWORD);
    }

    @Test
    void theSchemaStatesWhatOnlyThePanelChecks() {
        FormSchema schema = WebDomain.SCHEMA;
        assertThat(schema.field("domain").validators()).anyMatch(v -> v.isCheckedByPanelOnly()
                && v.type().equals("CUSTOM"));
        assertThat(schema.validate(Map.of("domain", "example.com"), false)).isEmpty();
    }
}
