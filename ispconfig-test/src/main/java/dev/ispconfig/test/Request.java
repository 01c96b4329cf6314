package dev.ispconfig.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One call the simulated panel answered, in the order of the answers: the method, its arguments after the session id
 * as the panel's PHP decoded them (a login's password kept as {@code ****}), the remote user who made it and the
 * fault it was answered with.
 *
 * @param method the method called
 * @param arguments the arguments after the session id (all of a login's, its password masked)
 * @param user the login name of the call's session, or of a login that succeeded (a client login's panel user name);
 *     null where no session was found: a failed login, a dead or missing session id, an unknown method
 * @param faultCode the SOAP fault code the call was answered with ({@code login_failed}, {@code permission_denied},
 *     {@code data_processing_error}, one of {@code sim.answerFault(…)}, …); null when it succeeded
 * @param faultString the fault's message; null when the call succeeded
 */
public record Request(String method, List<@Nullable Object> arguments, @Nullable String user,
        @Nullable String faultCode, @Nullable String faultString) {

    public Request {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    /** The argument at {@code index} (after the session id). */
    public @Nullable Object argument(int index) {
        return arguments.get(index);
    }

    /** True when the call was answered with its result rather than a fault. */
    public boolean succeeded() {
        return faultCode == null;
    }
}
