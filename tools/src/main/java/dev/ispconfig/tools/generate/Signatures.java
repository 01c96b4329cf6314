package dev.ispconfig.tools.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The typing and overload rules: which Java methods one inventory method becomes.
 *
 * <ul>
 *   <li>{@code $session_id}, always PHP's first parameter, is never a Java parameter: the client sends it.</li>
 *   <li>Types by name and default: {@code $params}, {@code $filter}, {@code $permissions}, {@code *_params} and
 *       anything defaulting to an array → {@code Map<String, ?>}; a {@code true}/{@code false} default →
 *       {@code boolean}; {@code id}, {@code *_id}, {@code *userid}, {@code *groupid}, {@code tstamp},
 *       {@code lastdays} → {@code int}; everything else → {@code String}.</li>
 *   <li>Each trailing run of defaulted parameters gives an overload that leaves them out: PHP's default applies.</li>
 *   <li>A get that reads through {@code getDataRecord} (a {@code tform_read}) takes an id or a filter: two overloads,
 *       {@code DataRecord (int)} and {@code List<DataRecord> (Map)}.</li>
 *   <li>{@link #EXCEPTIONS} overrides the type where the PHP source shows the name misleads.</li>
 *   <li>Answers: adds that insert through a form → the new id; updates and deletes → the affected rows; the rest →
 *       the decoded value as {@code Object}.</li>
 * </ul>
 */
final class Signatures {

    /** Methods the client refuses as raw calls: it runs the sessions itself. */
    static final Set<String> SESSION_METHODS = Set.of("login", "logout");

    /** {@code $permissions}: update_record_permissions walks it as key => value (admin.inc.php, v3.2.12 line 59). */
    private static final Set<String> MAP_NAMES = Set.of("params", "filter", "permissions");
    private static final Set<String> INT_NAMES = Set.of("id", "tstamp", "lastdays");
    private static final Pattern ARRAY_LITERAL = Pattern.compile("(?i)array\\s*\\(.*\\)|\\[.*]", Pattern.DOTALL);

    /**
     * Where the name rule is wrong, by {@code method.parameter}. {@code client_get_sites_by_user} splits
     * {@code $sys_groupid} at commas and reads every part as a group id (sites.inc.php, v3.2.12 lines 841-845), so
     * it takes text: one id or several.
     */
    private static final Map<String, Retyped> EXCEPTIONS = Map.of("client_get_sites_by_user.sys_groupid",
            new Retyped(JavaType.STRING, "one group id or several, comma-separated"));

    private record Retyped(JavaType type, String note) {
    }

    private Signatures() {
    }

    enum JavaType {
        INT("int"), BOOLEAN("boolean"), STRING("String"), MAP("Map<String, ?>");

        final String source;

        JavaType(String source) {
            this.source = source;
        }
    }

    /** What a Java method returns and how the decoded answer is converted. */
    enum Returns {
        RECORD("@Nullable DataRecord"), RECORDS("List<DataRecord>"), NEW_ID("int"), AFFECTED_ROWS("int"),
        OBJECT("@Nullable Object");

        final String source;

        Returns(String source) {
            this.source = source;
        }
    }

    /** A Java parameter; {@code note}, usually null, says what the name does not. */
    record JavaParam(JavaType type, String name, String phpName, String note) {
    }

    /** One Java method; {@code omitted} are the defaulted PHP parameters it does not send. */
    record Overload(Inventory.Method method, String javaName, Returns returns, List<JavaParam> params,
            List<Inventory.Param> omitted) {

        /** The parameter types, which must differ between overloads of one name. */
        String erasure() {
            StringBuilder text = new StringBuilder(javaName).append('(');
            params.forEach(param -> text.append(param.type() == JavaType.MAP ? "Map" : param.type().source)
                    .append(','));
            return text.append(')').toString();
        }
    }

    /** The Java methods of one API method; none for {@code login} and {@code logout}. */
    static List<Overload> of(Inventory.Method method) {
        if (SESSION_METHODS.contains(method.name())) {
            return List.of();
        }
        List<Inventory.Param> php = method.params();
        if (php.isEmpty() || !php.get(0).name().equals("session_id")) {
            throw new GenerationException(method.name() + " does not take $session_id first, so the client cannot "
                    + "call it");
        }
        php = php.subList(1, php.size());
        String javaName = JavaNames.methodName(method.module(), method.name());
        Set<String> names = new HashSet<>();
        List<JavaParam> params = new ArrayList<>();
        for (Inventory.Param param : php) {
            if (param.name().equals("session_id")) {
                throw new GenerationException(method.name() + " takes $session_id twice");
            }
            Retyped retyped = EXCEPTIONS.get(method.name() + "." + param.name());
            JavaParam java = new JavaParam(retyped == null ? typeOf(param) : retyped.type(),
                    JavaNames.parameterName(param.name()), param.name(), retyped == null ? null : retyped.note());
            if (!names.add(java.name())) {
                throw new GenerationException(method.name() + " has two parameters named " + java.name()
                        + " in Java");
            }
            params.add(java);
        }

        if (method.kind().equals("get") && !method.tformRead().isEmpty()) {
            if (php.size() != 1 || php.get(0).hasDefault()) {
                throw new GenerationException(method.name() + " reads through a form but does not take exactly one "
                        + "id-or-filter parameter: " + method.phpSignature());
            }
            JavaParam id = params.get(0);
            return List.of(
                    new Overload(method, javaName, Returns.RECORD,
                            List.of(new JavaParam(JavaType.INT, id.name(), id.phpName(), null)), List.of()),
                    new Overload(method, javaName, Returns.RECORDS,
                            List.of(new JavaParam(JavaType.MAP, "filter", id.phpName(), null)), List.of()));
        }

        Returns returns = switch (method.kind()) {
            case "add" -> method.tform().isEmpty() ? Returns.OBJECT : Returns.NEW_ID;
            case "update", "delete" -> Returns.AFFECTED_ROWS;
            default -> Returns.OBJECT;
        };
        int firstDefault = php.size();
        while (firstDefault > 0 && php.get(firstDefault - 1).hasDefault()) {
            firstDefault--;
        }
        List<Overload> overloads = new ArrayList<>();
        for (int count = php.size(); count >= firstDefault; count--) {
            overloads.add(new Overload(method, javaName, returns, List.copyOf(params.subList(0, count)),
                    List.copyOf(php.subList(count, php.size()))));
        }
        return overloads;
    }

    static JavaType typeOf(Inventory.Param param) {
        String name = param.name().toLowerCase(Locale.ROOT);
        String value = param.hasDefault() ? param.defaultValue().strip() : "";
        if (MAP_NAMES.contains(name) || name.endsWith("_params") || ARRAY_LITERAL.matcher(value).matches()) {
            return JavaType.MAP;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return JavaType.BOOLEAN;
        }
        if (INT_NAMES.contains(name) || name.endsWith("_id") || name.endsWith("userid") || name.endsWith("groupid")) {
            return JavaType.INT;
        }
        return JavaType.STRING;
    }
}
