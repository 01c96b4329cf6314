package dev.ispconfig.client.exception;

import dev.ispconfig.client.form.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Typed params the panel would refuse, caught before any request: {@link #errorKeys()} are the keys the panel would
 * answer in its {@code data_processing_error} (plus {@code maxlength} for a value longer than the form allows), and
 * {@link #violations()} names the field of each. Nothing was sent.
 */
public class FormValidationException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public FormValidationException(String form, List<Violation> violations) {
        super(form, "data_processing_error",
                violations.stream().map(Violation::errorKey).collect(Collectors.joining("<br />")));
        this.violations = List.copyOf(violations);
    }

    /** The refused fields, in the form's order. */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return "the panel's form " + method() + " would refuse these params (nothing was sent): "
                + violations.stream().map(Violation::toString).collect(Collectors.joining(", "));
    }
}
