package dev.ispconfig.tools.extract;

import dev.ispconfig.client.Modules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the remote API of one ISPConfig source tree: dispatch table, signatures and body facts per method. */
final class Extractor {

    static final String CLASSES = "interface/lib/classes";
    static final String REMOTING_FILE = CLASSES + "/remoting.inc.php";
    static final String REMOTE_D = CLASSES + "/remote.d";
    /** Root of the handler's second glob, {@code web/<module>/lib/classes/remote.d/*.inc.php}. */
    static final String WEB = "interface/web";
    static final String NOT_API = "__construct";

    private Extractor() {
    }

    static ExtractedInventory extract(SourceTree tree, String tag) throws IOException {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.include(PhpScanner.scan(tree.read(REMOTING_FILE), REMOTING_FILE));
        for (String path : remoteFiles(tree)) {
            dispatcher.register(path, PhpScanner.scan(tree.read(path), path));
        }
        List<ApiMethod> methods = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Dispatcher.Dispatched entry : dispatcher.table()) {
            if (entry.name().equalsIgnoreCase(NOT_API)) {
                continue;
            }
            FactFinder finder = new FactFinder(name -> dispatcher.lookup(entry.declaring(), name)
                    .filter(member -> !member.method().isPublic())
                    .map(Dispatcher.Member::method));
            Facts facts = finder.facts(entry.method());
            for (String call : facts.unresolved()) {
                warnings.add(entry.name() + ": cannot evaluate the argument of " + call);
            }
            methods.add(new ApiMethod(entry.name(), entry.declaring().file(), entry.method().line(),
                    entry.declaring().name(), entry.dispatchClass(), entry.method().params(), facts.perm(),
                    facts.tform(), facts.tformRead(), facts.fills(), Kinds.of(entry.name()), Modules.of(entry.name())));
        }
        return new ExtractedInventory(tag, tree.commit(), methods, warnings);
    }

    /** Both globs of the handler, each sorted as glob() sorts, remote.d first. */
    static List<String> remoteFiles(SourceTree tree) throws IOException {
        List<String> files = new ArrayList<>(glob(tree, REMOTE_D));
        List<String> modules = new ArrayList<>();
        for (String module : tree.list(WEB)) {
            if (!module.startsWith(".")) {
                modules.addAll(glob(tree, WEB + "/" + module + "/lib/classes/remote.d"));
            }
        }
        files.addAll(modules.stream().sorted().toList());
        return files;
    }

    /** {@code <directory>/*.inc.php}: like glob(), {@code *} does not match a leading dot. */
    private static List<String> glob(SourceTree tree, String directory) throws IOException {
        return tree.list(directory).stream()
                .filter(name -> name.endsWith(".inc.php") && !name.startsWith("."))
                .sorted()
                .map(name -> directory + "/" + name)
                .toList();
    }
}
