package dev.ispconfig.client.form;

/**
 * A field a form validator refuses: the field, the validator's type and the error key the panel would answer
 * ({@code data_error_empty}), or for a value longer than the form allows, {@code maxlength}.
 */
public record Violation(String field, String type, String errorKey) {

    @Override
    public String toString() {
        return field + ": " + errorKey + " (" + type + ")";
    }
}
