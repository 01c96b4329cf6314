package dev.ispconfig.tools.extract;

import java.util.List;
import java.util.Map;

/**
 * What a method body tells about a remote method: permission strings, written forms, read form (each distinct, in
 * source order), the params it fills in when the caller left them out ({@link ParamFills}), and the calls whose
 * argument could not be evaluated (for warnings).
 */
record Facts(List<String> perm, List<String> tform, List<String> tformRead, Map<String, String> fills,
        List<String> unresolved) {

    Facts {
        fills = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fills));
        perm = List.copyOf(perm);
        tform = List.copyOf(tform);
        tformRead = List.copyOf(tformRead);
        unresolved = List.copyOf(unresolved);
    }

    boolean isEmpty() {
        return perm.isEmpty() && tform.isEmpty() && tformRead.isEmpty();
    }
}
