package dev.ispconfig.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One remote call as interceptors see it: the ISPConfig method and its arguments without the session id (the client
 * adds that last). {@link #toString()} shows the method only: arguments carry passwords and personal data.
 *
 * @param method the remote method, for example {@code sites_web_domain_get}
 * @param arguments the positional arguments, unmodifiable; may contain nulls
 */
public record Call(String method, List<@Nullable Object> arguments) {

    public Call {
        Objects.requireNonNull(method, "method");
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    /** The module this call belongs to, by ISPConfig's naming rule (see {@link Modules}). */
    public String module() {
        return Modules.of(method);
    }

    @Override
    public String toString() {
        return "Call[" + method + ", " + arguments.size() + " arguments]";
    }
}
