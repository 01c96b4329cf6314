package dev.ispconfig.tools.extract;

import java.util.List;

/**
 * What a method body tells about a remote method: permission strings, written forms, read form (each distinct, in
 * source order), and the calls whose argument could not be evaluated (for warnings).
 */
record Facts(List<String> perm, List<String> tform, List<String> tformRead, List<String> unresolved) {

    Facts {
        perm = List.copyOf(perm);
        tform = List.copyOf(tform);
        tformRead = List.copyOf(tformRead);
        unresolved = List.copyOf(unresolved);
    }

    boolean isEmpty() {
        return perm.isEmpty() && tform.isEmpty() && tformRead.isEmpty();
    }
}
