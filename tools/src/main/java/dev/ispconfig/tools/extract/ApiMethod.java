package dev.ispconfig.tools.extract;

import java.util.List;
import java.util.Map;

/** One remote API method as the inventory lists it (inventory/README.md). */
record ApiMethod(String name, String phpFile, int line, String declaringClass, String dispatchClass,
        List<PhpParam> params, List<String> perm, List<String> tform, List<String> tformRead, Map<String, String> fills,
        String kind, String module) {

    ApiMethod {
        params = List.copyOf(params);
        perm = List.copyOf(perm);
        tform = List.copyOf(tform);
        tformRead = List.copyOf(tformRead);
        fills = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fills));
    }
}
