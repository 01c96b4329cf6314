package dev.ispconfig.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

    @ParameterizedTest
    @CsvSource({
        "sites, sites_web_domain_get, webDomainGet",
        "dns, dns_a_add, aAdd",
        "dns, dns_aaaa_get, aaaaGet",
        "databases, sites_database_user_add, userAdd",
        "databases, sites_database_add, add",
        "clients, client_get_sites_by_user, getSitesByUser",
        "server, server_ip_add, ipAdd",
        "server, server_get, get",
        "cron, sites_cron_get, get",
        "ftp, sites_ftp_user_server_get, serverGet",
        "aps, sites_aps_get_package_details, getPackageDetails",
        "backups, sites_web_domain_backup_list, webDomainBackupList",
        "backups, mail_user_backup, userBackup",
        "admin, system_config_set, systemConfigSet",
        "admin, update_record_permissions, updateRecordPermissions",
        "misc, get_function_list, getFunctionList",
        "misc, mailquota_get_by_user, mailquotaGetByUser",
    })
    void stripsTheModulePrefixAndCamelCasesTheRest(String module, String php, String java) {
        assertThat(JavaNames.methodName(module, php)).isEqualTo(java);
    }

    @Test
    void refusesKeywordsObjectMethodsAndEmptyNames() {
        assertThatThrownBy(() -> JavaNames.methodName("mail", "mail_default"))
                .isInstanceOf(GenerationException.class).hasMessageContaining("default");
        assertThatThrownBy(() -> JavaNames.methodName("mail", "mail_to_string"))
                .isInstanceOf(GenerationException.class).hasMessageContaining("toString");
        assertThatThrownBy(() -> JavaNames.methodName("misc", "get_class"))
                .isInstanceOf(GenerationException.class).hasMessageContaining("getClass");
        assertThatThrownBy(() -> JavaNames.methodName("server", "server_"))
                .isInstanceOf(GenerationException.class).hasMessageContaining("no Java method name");
    }

    @Test
    void refusesNamesThatDoNotStartWithTheirModulesPrefix() {
        assertThatThrownBy(() -> JavaNames.methodName("dns", "mail_user_get"))
                .isInstanceOf(GenerationException.class).hasMessageContaining("dns_");
        assertThatThrownBy(() -> JavaNames.methodName("weather", "weather_get"))
                .isInstanceOf(GenerationException.class).hasMessageContaining("unknown module");
    }

    @Test
    void parameterNamesAreCamelCasedAndKeywordsOrBodyNamesGetASuffix() {
        assertThat(JavaNames.parameterName("primary_id")).isEqualTo("primaryId");
        assertThat(JavaNames.parameterName("sys_groupid")).isEqualTo("sysGroupid");
        assertThat(JavaNames.parameterName("ns1")).isEqualTo("ns1");
        assertThat(JavaNames.parameterName("new")).isEqualTo("newValue");
        assertThat(JavaNames.parameterName("class")).isEqualTo("classValue");
        assertThat(JavaNames.parameterName("client")).isEqualTo("clientValue");
        assertThat(JavaNames.parameterName("result")).isEqualTo("resultValue");
    }

    @Test
    void everyModuleHasAClassName() {
        assertThat(JavaNames.MODULES).hasSize(17);
        assertThat(Generator.generatedClass("openvz")).isEqualTo("GeneratedOpenvzModule");
        assertThat(Generator.handClass("clients")).isEqualTo("ClientsModule");
    }
}
