package dev.ispconfig.client.exception;

/**
 * The record does not exist: the {@code no_*_found} family and its kin ({@code no_domain_found},
 * {@code record_nonexist_error}, {@code mail_domain_does_not_exist}, …), or a hand-audited get whose panel answered
 * nil (then {@link #faultCode()} is {@link #NIL_RESULT}).
 */
public class NotFoundException extends IspConfigFaultException {

    private static final long serialVersionUID = 1L;

    /** The pseudo fault code of a get that answered nil: ISPConfig reports a missing row as nil, not as a fault. */
    public static final String NIL_RESULT = "nil_result";

    public NotFoundException(String method, String faultCode, String faultString) {
        super(method, faultCode, faultString);
    }

    /** A get by id that answered nil. */
    public static NotFoundException nilResult(String method, Object id) {
        return new NotFoundException(method, NIL_RESULT, "no record with id " + id);
    }
}
