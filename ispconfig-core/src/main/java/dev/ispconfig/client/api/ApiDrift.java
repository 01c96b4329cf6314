package dev.ispconfig.client.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a panel's remote API differs from the one this SDK was generated for: the methods of the inventory the panel
 * does not offer ({@code missing}: an older panel, or a method a plugin removed) and the methods it offers that the
 * inventory lacks ({@code extra}: a newer panel; reach them with {@code call}).
 *
 * @param inventoryTag the ISPConfig release of the SDK's inventory, for example {@code v3.2.12}
 * @param functions how many methods the panel offers ({@code __construct} not counted)
 * @param missing the inventory's methods the panel lacks, in inventory order
 * @param extra the panel's methods the inventory lacks, in the panel's order
 */
public record ApiDrift(String inventoryTag, int functions, List<String> missing, List<String> extra) {

    /** The dispatcher's own constructor, which {@code get_function_list} lists but nobody can call. */
    private static final String CONSTRUCTOR = "__construct";

    public ApiDrift {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    /** The drift of a panel whose {@code get_function_list} answered {@code panelFunctions}. */
    public static ApiDrift of(List<String> panelFunctions) {
        Set<String> offered = new LinkedHashSet<>(panelFunctions);
        offered.remove(CONSTRUCTOR);
        Set<String> known = new HashSet<>(ApiInventory.METHODS);
        List<String> missing = new ArrayList<>();
        for (String method : ApiInventory.METHODS) {
            if (!offered.contains(method)) {
                missing.add(method);
            }
        }
        List<String> extra = offered.stream().filter(method -> !known.contains(method)).toList();
        return new ApiDrift(ApiInventory.TAG, offered.size(), missing, extra);
    }

    /** Whether the panel offers exactly the inventory's methods. */
    public boolean isNone() {
        return missing.isEmpty() && extra.isEmpty();
    }
}
