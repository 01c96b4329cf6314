package dev.ispconfig.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.exception.AuthenticationException;
import dev.ispconfig.client.exception.ConflictException;
import dev.ispconfig.client.exception.DatabaseErrorException;
import dev.ispconfig.client.exception.IspConfigException;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.LockedOutException;
import dev.ispconfig.client.exception.MaintenanceModeException;
import dev.ispconfig.client.exception.MethodNotFoundException;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.SessionException;
import dev.ispconfig.client.exception.ValidationException;
import dev.ispconfig.client.soap.SoapFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fault code of the README's Errors table maps to the type a caller handles. */
class FaultMapperTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            maintenance_mode           | MaintenanceModeException
            login_username_empty       | AuthenticationException
            login_password_empty       | AuthenticationException
            login_failed               | AuthenticationException
            client_login_failed        | AuthenticationException
            login_failure_limit        | LockedOutException
            session_failure_limit      | LockedOutException
            session_id_empty           | SessionException
            session_id_nostring        | SessionException
            session_does_not_exist     | SessionException
            session_ip_mismatch        | SessionException
            permission_denied          | PermissionDeniedException
            permission denied          | PermissionDeniedException
            no_client_found            | NotFoundException
            no_group_found             | NotFoundException
            no_domain_found            | NotFoundException
            record_nonexist_error      | NotFoundException
            invalid_backup_id          | NotFoundException
            instance_error             | NotFoundException
            mail_domain_does_not_exist | NotFoundException
            template_id_error          | NotFoundException
            ostemplate_id_error        | NotFoundException
            invalid_client_id          | NotFoundException
            no_free_ip                 | NotFoundException
            vm_ip_error                | NotFoundException
            data_processing_error      | ValidationException
            invalid_id                 | ValidationException
            invalid_function_parameter | ValidationException
            invalid parameters         | ValidationException
            field_empty_error          | ValidationException
            record_unique_error        | ValidationException
            duplicate                  | ValidationException
            database_name_error_unique | ValidationException
            Invalid reseller           | ValidationException
            status_undefined           | ValidationException
            invalid_datalog_id         | ValidationException
            invalid_action             | ValidationException
            package_error              | ValidationException
            user_regex_error           | ValidationException
            password_length_error      | ValidationException
            dns_wizard_error           | ValidationException
            error_user_too_many_logins | ValidationException
            database_error             | DatabaseErrorException
            duplicate_action           | ConflictException
            action_pending             | ConflictException
            invalid_method             | MethodNotFoundException
            invalid_class              | MethodNotFoundException
            SOAP-ENV:Server            | IspConfigFaultException
            SOAP-ENV:Client            | IspConfigFaultException
            SOAP-ENV:VersionMismatch   | IspConfigFaultException
            some_future_code           | IspConfigFaultException
            """)
    void mapsCodeToType(String code, String type) {
        IspConfigFaultException e = FaultMapper.toException("any_method", new SoapFault(code, "text"));

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.faultCode()).isEqualTo(code);
        assertThat(e.method()).isEqualTo("any_method");
        assertThat(e).isInstanceOf(IspConfigException.class).isInstanceOf(RuntimeException.class);
    }

    @Test
    void dataProcessingErrorSplitsThePanelsKeys() {
        ValidationException e = (ValidationException) FaultMapper.toException("sites_web_domain_add",
                new SoapFault("data_processing_error",
                        "domain_error_unique<br>\r\nhd_quota_error_empty<br />\r\nhttp_port_error_regex<br />\r\n"));

        assertThat(e.errorKeys()).containsExactly("domain_error_unique", "hd_quota_error_empty",
                "http_port_error_regex");
        assertThat(e.getMessage()).isEqualTo("ISPConfig sites_web_domain_add refused the arguments "
                + "[data_processing_error]: domain_error_unique, hd_quota_error_empty, http_port_error_regex");
    }

    @Test
    void otherValidationFaultsKeepTheirTextAsTheOneKey() {
        ValidationException e = (ValidationException) FaultMapper.toException("mail_user_get",
                new SoapFault("invalid_id", "The ID has to be > 0 or -1."));

        assertThat(e.errorKeys()).containsExactly("The ID has to be > 0 or -1.");
    }

    @Test
    void databaseErrorTextIsRedactedEverywhere() {
        String sql = "Duplicate entry 'x' for key 'email' INSERT INTO mail_user (password) VALUES "
                + "('$6$rounds=5000$abcdefgh$hash')";
        IspConfigFaultException e = FaultMapper.toException("mail_user_add", new SoapFault("database_error", sql));

        assertThat(e.getMessage()).doesNotContain("$6$").doesNotContain("INSERT").contains("redacted");
        assertThat(e.faultString()).doesNotContain("$6$");
        assertThat(e.toString()).doesNotContain("$6$");
    }

    @Test
    void sessionIdsInFaultTextsAreMasked() {
        IspConfigFaultException e = FaultMapper.toException("x", new SoapFault("SOAP-ENV:Server",
                "Too few arguments: g3d0202bd9ff33a90de86f0fb763ccc3387181eb4 given"));

        assertThat(e.getMessage()).doesNotContain("g3d0202bd9ff33a90de86f0fb763ccc3387181eb4")
                .contains("[session id]");
    }
}
