package dev.ispconfig.tools.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds ISPConfig's dispatch table (remoting_handler_base): for every remote.d file in glob order, the names
 * {@code get_class_methods()} returns from outside class {@code remoting_<basename>}, later files replacing an
 * earlier entry's class in place (PHP array semantics); then login, logout and get_function_list go to
 * {@code remoting} itself.
 */
final class Dispatcher {

    static final String BASE_CLASS = "remoting";
    static final List<String> BASE_METHODS = List.of("login", "logout", "get_function_list");

    /** A dispatched name: the method body that runs, its declaring class, and the class it is registered under. */
    record Dispatched(String name, PhpClass declaring, PhpMethod method, String dispatchClass) {
    }

    /** A method in a class's method table together with the class declaring it. */
    record Member(PhpClass declaring, PhpMethod method) {
    }

    private final Map<String, PhpClass> classes = new LinkedHashMap<>();
    private final Map<String, Dispatched> table = new LinkedHashMap<>();

    /** Makes the classes of an included file known (PHP class names are case-insensitive). */
    void include(List<PhpClass> declared) {
        for (PhpClass c : declared) {
            classes.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c);
        }
    }

    /** Includes a remote.d file (path relative to the root) and registers its class's public methods. */
    void register(String path, List<PhpClass> declared) {
        include(declared);
        String base = path.substring(path.lastIndexOf('/') + 1).replace(".inc.php", "");
        Optional<PhpClass> remote = find("remoting_" + base);
        if (remote.isEmpty()) {
            return; // class_exists() is false: the handler skips the file
        }
        for (Member member : methodTable(remote.get())) {
            if (member.method().isPublic()) {
                String name = member.method().name();
                table.put(name, new Dispatched(name, member.declaring(), member.method(), remote.get().name()));
            }
        }
    }

    /** The final table, after login, logout and get_function_list are re-pointed to the base class. */
    List<Dispatched> table() {
        Map<String, Dispatched> result = new LinkedHashMap<>(table);
        PhpClass base = find(BASE_CLASS).orElseThrow(() -> new IllegalStateException("no class " + BASE_CLASS));
        for (String name : BASE_METHODS) {
            Member member = lookup(base, name)
                    .orElseThrow(() -> new IllegalStateException(BASE_CLASS + " declares no " + name));
            result.put(name, new Dispatched(name, member.declaring(), member.method(), base.name()));
        }
        return List.copyOf(result.values());
    }

    Optional<PhpClass> find(String className) {
        return Optional.ofNullable(classes.get(className.toLowerCase(Locale.ROOT)));
    }

    /** A method as {@code $this->name()} inside {@code c} would find it. */
    Optional<Member> lookup(PhpClass c, String name) {
        return methodTable(c).stream().filter(m -> m.method().name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * PHP's method table of a class: its own methods in declaration order, then its parent's table without the
     * methods it overrides (which is the order {@code get_class_methods()} reports).
     */
    List<Member> methodTable(PhpClass c) {
        return methodTable(c, 0);
    }

    private List<Member> methodTable(PhpClass c, int depth) {
        if (depth > 32) {
            throw new IllegalStateException("inheritance cycle at class " + c.name());
        }
        List<Member> members = new ArrayList<>();
        for (PhpMethod method : c.methods()) {
            members.add(new Member(c, method));
        }
        if (c.parent() != null) {
            PhpClass parent = find(c.parent())
                    .orElseThrow(() -> new IllegalStateException(c.name() + " extends unknown " + c.parent()));
            for (Member inherited : methodTable(parent, depth + 1)) {
                if (c.method(inherited.method().name()).isEmpty()) {
                    members.add(inherited);
                }
            }
        }
        return members;
    }
}
