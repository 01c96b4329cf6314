package dev.ispconfig.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindsTest {

    @ParameterizedTest
    @CsvSource({
        "sites_web_domain_get, get", "client_get_by_username, get", "server_get_all, get", "get_function_list, get",
        "sites_aps_available_packages_list, get", "mail_user_backup_list, get", "monitor_jobqueue_count, get",
        "ftptrafficquota_data, get", "sites_aps_instance_settings_get, get",
        "dns_a_add, add", "openvz_vm_add_from_template, add", "sites_aps_install_package, add",
        "mail_user_update, update", "update_record_permissions, update", "dns_zone_set_status, update",
        "system_config_set, update", "client_change_password, update", "sites_aps_change_package_status, update",
        "client_delete_everything, delete", "config_value_delete, delete",
        "login, other", "logout, other", "config_value_replace, other", "sites_aps_update_package_list, other",
        "client_login_get, other", "mail_user_backup, other", "sites_web_domain_backup, other",
        "openvz_vm_start, other", "openvz_vm_stop, other", "openvz_vm_restart, other", "something_odd, other",
    })
    void kindFollowsTheFirstVerbOfTheNameWithTheDocumentedOverrides(String method, String kind) {
        assertThat(Kinds.of(method)).isEqualTo(kind);
    }
}
