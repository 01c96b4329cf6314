package dev.ispconfig.client.exception;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The panel refused the arguments. For {@code data_processing_error} (form validation) {@link #errorKeys()} lists the
 * panel's untranslated error keys, for example {@code [domain_error_unique, hd_quota_error_empty]}; for the other
 * validation faults ({@code invalid_id}, {@code invalid parameters}, {@code duplicate}, …) it holds the fault string.
 */
public class ValidationException extends IspConfigFaultException {

    private static final long serialVersionUID = 1L;

    /** The panel joins its keys with {@code <br />} plus CRLF, custom validators with {@code <br>}. */
    private static final Pattern SEPARATOR = Pattern.compile("<br\\s*/?>\\s*");

    private final List<String> errorKeys;

    public ValidationException(String method, String faultCode, String faultString) {
        super(method, faultCode, faultString);
        this.errorKeys = splitKeys(faultString);
    }

    /** The panel's error keys in its order, never empty. */
    public List<String> errorKeys() {
        return errorKeys;
    }

    static List<String> splitKeys(String faultString) {
        List<String> keys = Arrays.stream(SEPARATOR.split(faultString == null ? "" : faultString))
                .map(String::strip).filter(key -> !key.isEmpty()).toList();
        return keys.isEmpty() ? List.of(faultString == null ? "" : faultString.strip()) : keys;
    }

    @Override
    public String getMessage() {
        return "ISPConfig " + method() + " refused the arguments [" + faultCode() + "]: "
                + String.join(", ", errorKeys);
    }
}
