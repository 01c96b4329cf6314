package dev.ispconfig.client.internal;

import dev.ispconfig.client.exception.AuthenticationException;
import dev.ispconfig.client.exception.ConflictException;
import dev.ispconfig.client.exception.DatabaseErrorException;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.LockedOutException;
import dev.ispconfig.client.exception.MaintenanceModeException;
import dev.ispconfig.client.exception.MethodNotFoundException;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.SessionException;
import dev.ispconfig.client.exception.ValidationException;
import dev.ispconfig.client.soap.SoapFault;
import java.util.Map;

/** Turns the panel's fault codes (the README's error table) into the exception a caller handles. */
public final class FaultMapper {

    @FunctionalInterface
    private interface Factory {
        IspConfigFaultException create(String method, String code, String message);
    }

    private static final Map<String, Factory> BY_CODE = Map.ofEntries(
            // authentication
            Map.entry("login_failed", AuthenticationException::new),
            Map.entry("client_login_failed", AuthenticationException::new),
            Map.entry("login_username_empty", AuthenticationException::new),
            Map.entry("login_password_empty", AuthenticationException::new),
            Map.entry("maintenance_mode", MaintenanceModeException::new),
            // lockout
            Map.entry("login_failure_limit", LockedOutException::new),
            Map.entry("session_failure_limit", LockedOutException::new),
            // session
            Map.entry("session_does_not_exist", SessionException::new),
            Map.entry("session_id_empty", SessionException::new),
            Map.entry("session_id_nostring", SessionException::new),
            Map.entry("session_ip_mismatch", SessionException::new),
            // permission
            Map.entry("permission_denied", PermissionDeniedException::new),
            Map.entry("permission denied", PermissionDeniedException::new),
            // not found
            Map.entry("no_client_found", NotFoundException::new),
            Map.entry("no_group_found", NotFoundException::new),
            Map.entry("no_domain_found", NotFoundException::new),
            Map.entry("record_nonexist_error", NotFoundException::new),
            Map.entry("invalid_backup_id", NotFoundException::new),
            Map.entry("instance_error", NotFoundException::new),
            Map.entry("mail_domain_does_not_exist", NotFoundException::new),
            Map.entry("template_id_error", NotFoundException::new),
            Map.entry("ostemplate_id_error", NotFoundException::new),
            Map.entry("invalid_client_id", NotFoundException::new),
            Map.entry("no_free_ip", NotFoundException::new),
            Map.entry("vm_ip_error", NotFoundException::new),
            // validation
            Map.entry("data_processing_error", ValidationException::new),
            Map.entry("invalid_id", ValidationException::new),
            Map.entry("invalid_function_parameter", ValidationException::new),
            Map.entry("invalid parameters", ValidationException::new),
            Map.entry("field_empty_error", ValidationException::new),
            Map.entry("record_unique_error", ValidationException::new),
            Map.entry("duplicate", ValidationException::new),
            Map.entry("database_name_error_unique", ValidationException::new),
            Map.entry("Invalid reseller", ValidationException::new),
            Map.entry("status_undefined", ValidationException::new),
            Map.entry("invalid_datalog_id", ValidationException::new),
            Map.entry("invalid_action", ValidationException::new),
            Map.entry("package_error", ValidationException::new),
            Map.entry("user_regex_error", ValidationException::new),
            Map.entry("password_length_error", ValidationException::new),
            Map.entry("dns_wizard_error", ValidationException::new),
            Map.entry("error_user_too_many_logins", ValidationException::new),
            // state
            Map.entry("duplicate_action", ConflictException::new),
            Map.entry("action_pending", ConflictException::new),
            // dispatch
            Map.entry("invalid_method", MethodNotFoundException::new),
            Map.entry("invalid_class", MethodNotFoundException::new),
            // secrets inside: the text is dropped
            Map.entry("database_error", (method, code, message) -> new DatabaseErrorException(method, code)));

    private FaultMapper() {
    }

    public static boolean knows(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    public static IspConfigFaultException toException(String method, SoapFault fault) {
        Factory factory = BY_CODE.getOrDefault(fault.code(), IspConfigFaultException::new);
        return factory.create(method, fault.code(), Redaction.faultText(fault.message()));
    }
}
