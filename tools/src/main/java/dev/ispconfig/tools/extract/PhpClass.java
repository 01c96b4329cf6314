package dev.ispconfig.tools.extract;

import java.util.List;
import java.util.Optional;

/** A class of one PHP file: name, parent (or null), the file (relative to the source root) and its methods in order. */
record PhpClass(String name, String parent, String file, List<PhpMethod> methods) {

    PhpClass {
        methods = List.copyOf(methods);
    }

    /** PHP method names are case-insensitive. */
    Optional<PhpMethod> method(String methodName) {
        return methods.stream().filter(m -> m.name().equalsIgnoreCase(methodName)).findFirst();
    }
}
