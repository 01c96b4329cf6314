package dev.ispconfig.test;

import java.util.ArrayList;
import java.util.List;

/**
 * One call the simulator received, in arrival order: the method and its arguments after the session id, decoded as
 * the panel's PHP saw them. A login's password is kept as {@code ****}.
 */
public record Request(String method, List<Object> arguments) {

    public Request {
        arguments = java.util.Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    /** The argument at {@code index} (after the session id). */
    public Object argument(int index) {
        return arguments.get(index);
    }
}
