package dev.ispconfig.client.exception;

/**
 * The panel's database refused a statement ({@code database_error}). The panel's text carries the MySQL error and the
 * whole SQL statement, which can hold password hashes and personal data, so it is redacted here: neither the message
 * nor {@link #faultString()} repeats it. The panel's own log has the details.
 *
 * <p>{@link #outcomeUnknown()} is true: on a write the row may be stored all the same. ISPConfig 3.2.12 keeps the
 * error of an earlier failed query (a reconnect after its database restarted) and raises it after the INSERT
 * succeeded; seen on a live panel under load.
 */
public class DatabaseErrorException extends IspConfigFaultException {

    private static final long serialVersionUID = 1L;

    static final String REDACTED = "database error (the panel's text is redacted: it carries the SQL statement)";

    public DatabaseErrorException(String method, String faultCode) {
        super(method, faultCode, REDACTED);
    }

    @Override
    public boolean outcomeUnknown() {
        return true;
    }
}
