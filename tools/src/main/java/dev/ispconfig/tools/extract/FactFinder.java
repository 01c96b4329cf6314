package dev.ispconfig.tools.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@link Facts} from a method body. Walks the body's tokens in order, keeping the values of variables assigned
 * string expressions, so that a helper like {@code checkPerm($s, 'dns_' . $rr_type . '_get')} resolves once
 * {@code $rr_type} is bound. A wrapper with no facts of its own (it neither checks a permission nor touches a form)
 * is followed into the non-public helper it calls, with the helper's parameters bound to the wrapper's arguments.
 */
final class FactFinder {

    /** The remoting helpers that write through a form; the form file is their first argument. */
    static final Set<String> WRITE_HELPERS = Set.of("insertquery", "insertqueryprepare", "updatequery",
            "updatequeryprepare", "deletequery", "klientadd");

    private static final int MAX_DELEGATION = 4;

    private final Function<String, Optional<PhpMethod>> helpers;

    /** {@code helpers} finds a non-public method of the class by name (PHP names are case-insensitive). */
    FactFinder(Function<String, Optional<PhpMethod>> helpers) {
        this.helpers = helpers;
    }

    Facts facts(PhpMethod method) {
        return facts(method, Map.of(), 0);
    }

    private Facts facts(PhpMethod method, Map<String, List<String>> bound, int depth) {
        List<PhpToken> body = method.bodyTokens();
        Map<String, List<String>> variables = new HashMap<>(bound);
        Set<String> perm = new LinkedHashSet<>();
        Set<String> tform = new LinkedHashSet<>();
        Set<String> loaded = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        boolean readsRecord = false;
        List<Call> helperCalls = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            PhpToken t = body.get(i);
            if (t.type() == PhpToken.Type.VARIABLE && i + 1 < body.size() && body.get(i + 1).is("=")) {
                assign(body, i, variables);
                continue;
            }
            if (t.type() != PhpToken.Type.IDENT || i == 0 || i + 1 >= body.size() || !body.get(i + 1).is("(")
                    || !(body.get(i - 1).is("->") || body.get(i - 1).is("::"))) {
                continue;
            }
            String name = t.text().toLowerCase();
            List<List<PhpToken>> args = Tokens.arguments(body, i + 1);
            if (name.equals("checkperm")) {
                collect(args, 1, variables, perm, unresolved, t);
            } else if (WRITE_HELPERS.contains(name)) {
                collect(args, 0, variables, tform, unresolved, t);
            } else if (name.equals("loadformdef")) {
                collect(args, 0, variables, loaded, unresolved, t);
            } else if (name.equals("getdatarecord")) {
                readsRecord |= !loaded.isEmpty();
            } else if (i >= 2 && body.get(i - 2).text().equals("$this")) {
                Optional<PhpMethod> helper = helpers.apply(t.text());
                if (helper.isPresent()) {
                    helperCalls.add(new Call(helper.get(), bind(helper.get(), args, variables)));
                }
            }
        }
        List<String> tformRead = tform.isEmpty() && readsRecord ? List.copyOf(loaded) : List.of();
        Map<String, String> fills = ParamFills.find(body);
        Facts own = new Facts(List.copyOf(perm), List.copyOf(tform), tformRead, fills, unresolved);
        if (perm.isEmpty() && tform.isEmpty() && loaded.isEmpty() && depth < MAX_DELEGATION) {
            for (Call call : helperCalls) {
                Facts delegated = facts(call.helper(), call.bound(), depth + 1);
                if (!delegated.isEmpty()) {
                    Map<String, String> allFills = new java.util.LinkedHashMap<>(fills);
                    allFills.putAll(delegated.fills());
                    return new Facts(delegated.perm(), delegated.tform(), delegated.tformRead(), allFills,
                            delegated.unresolved());
                }
            }
        }
        return own;
    }

    /** {@code $x = <expr>;}: binds $x to the expression's values, or forgets it when they are unknown. */
    private static void assign(List<PhpToken> body, int at, Map<String, List<String>> variables) {
        int end = at + 2;
        int depth = 0;
        while (end < body.size()) {
            PhpToken t = body.get(end);
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                if (--depth < 0) {
                    break;
                }
            } else if (depth == 0 && (t.is(";") || t.is(","))) {
                break;
            }
            end++;
        }
        String name = body.get(at).text().substring(1);
        List<String> values = Expressions.values(body.subList(at + 2, end), variables);
        if (values == null) {
            variables.remove(name);
        } else {
            variables.put(name, values);
        }
    }

    private static void collect(List<List<PhpToken>> args, int index, Map<String, List<String>> variables,
            Set<String> into, List<String> unresolved, PhpToken call) {
        List<String> values = args.size() > index ? Expressions.values(args.get(index), variables) : null;
        if (values == null) {
            unresolved.add(call.text() + " at line " + call.line());
        } else {
            into.addAll(values);
        }
    }

    /** The helper's parameters bound to the caller's evaluated arguments, or to their defaults when omitted. */
    private static Map<String, List<String>> bind(PhpMethod helper, List<List<PhpToken>> args,
            Map<String, List<String>> variables) {
        Map<String, List<String>> bound = new HashMap<>();
        for (int k = 0; k < helper.params().size(); k++) {
            PhpParam param = helper.params().get(k);
            List<String> values = k < args.size() ? Expressions.values(args.get(k), variables)
                    : Expressions.values(param.defaultTokens(), Map.of());
            if (values != null) {
                bound.put(param.name(), values);
            }
        }
        return bound;
    }

    private record Call(PhpMethod helper, Map<String, List<String>> bound) {
    }
}
