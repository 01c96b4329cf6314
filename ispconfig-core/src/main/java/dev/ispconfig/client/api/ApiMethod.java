package dev.ispconfig.client.api;

import java.util.List;
import java.util.Objects;

/**
 * One remote method of the inventory the SDK was generated from.
 *
 * @param name the ISPConfig method name, for example {@code sites_web_domain_get}
 * @param kind what it does, from its verb
 * @param module the SDK module it belongs to ({@code sites}, {@code dns}, …)
 * @param permissions the function names the panel checks for a remote user before running it (empty for
 *     {@code login} and {@code logout}; two for {@code client_delete_everything})
 */
public record ApiMethod(String name, MethodKind kind, String module, List<String> permissions) {

    public ApiMethod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(module, "module");
        permissions = List.copyOf(permissions);
    }
}
