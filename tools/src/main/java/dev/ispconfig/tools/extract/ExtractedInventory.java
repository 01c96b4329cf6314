package dev.ispconfig.tools.extract;

import java.util.List;

/** The extractor's result: the inventory's content plus warnings about arguments it could not evaluate. */
record ExtractedInventory(String tag, String commit, List<ApiMethod> methods, List<String> warnings) {

    ExtractedInventory {
        methods = List.copyOf(methods);
        warnings = List.copyOf(warnings);
    }
}
