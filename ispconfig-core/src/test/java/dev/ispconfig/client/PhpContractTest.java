package dev.ispconfig.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ispconfig.client.exception.AuthenticationException;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.ValidationException;
import dev.ispconfig.client.internal.Version;
import dev.ispconfig.client.soap.SoapFault;
import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapResponse;
import dev.ispconfig.client.soap.SoapWriter;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codec and the client against PHP's real non-WSDL {@code SoapServer} ({@code php/echo-server.php} under
 * {@code php -S}): what PHP received, with PHP's types ({@code describe}), and what comes back ({@code echo_value},
 * {@code make}). Skipped without PHP and ext-soap unless {@code ISPCONFIG_REQUIRE_PHP=1}; see {@link PhpServer}.
 *
 * <p>{@code describe} answers in a compact notation: {@code null}, {@code bool(true)}, {@code int(1)},
 * {@code float(<var_export>)}, {@code string(<bytes>)<json_encode>} (or {@code sha1:} past 1000 bytes) and
 * {@code array(<n>){<key>=><value>,…}}.
 */
class PhpContractTest {

    private static PhpServer server;
    private static IspConfigClient client;

    @BeforeAll
    static void startPhp() throws Exception {
        if (PhpServer.isAvailable()) {
            server = PhpServer.start(PhpServer.resource("php/echo-server.php"));
            client = newClient(SessionListener.NONE);
        }
    }

    /** Per test rather than in {@code @BeforeAll}, so that Surefire counts the skipped tests instead of hiding them. */
    @BeforeEach
    void requirePhp() {
        PhpServer.assumeAvailable();
    }

    @AfterAll
    static void stopPhp() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static IspConfigClient newClient(SessionListener listener) {
        return IspConfigClient.builder().url(server.url("index.php")).username("u").password("p")
                .sessionListener(listener).build();
    }

    private static String describe(Object value) {
        return (String) client.call("describe", value);
    }

    private static Object echo(Object value) {
        return client.call("echo_value", value);
    }

    // ---- scalars

    static Stream<Object> scalars() {
        return Stream.of(
                "hello", "", "<&>\"'", "]]>", "&amp; stays literal", "0123", "true",
                "a\r\nb", "x\r", "\rx", "line1\nline2\r\n\ttabbed\r", "  spaced out  \n",
                "😀 emoji", "日本語テキスト", "e\u0301 (combining) vs \u00e9 (precomposed)",
                "Grüße Ελληνικά עברית",
                "\u007f DEL, \u0080 C1, \ufffd replacement", "tab\there",
                0, 42, -1, Integer.MAX_VALUE, Integer.MIN_VALUE,
                3_000_000_000L, -3_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE,
                true, false);
    }

    @ParameterizedTest
    @MethodSource("scalars")
    void scalarsArriveWithTheirPhpTypeAndComeBackUnchanged(Object value) {
        assertThat(describe(value)).isEqualTo(php(value));
        Object back = echo(value);
        assertThat(back).isEqualTo(value);
        assertThat(back).isInstanceOf(value.getClass());
    }

    @Test
    void nullArrivesAsPhpNullAndComesBackAsNull() {
        assertThat(describe(null)).isEqualTo("null");
        assertThat(echo(null)).isNull();
    }

    @ParameterizedTest
    @MethodSource("blanks")
    void whitespaceOnlyStringsArriveEmpty(String blank) {
        // PHP's SOAP parser drops text nodes made only of spaces, tabs, CR and LF: PHP's own SoapClient loses them too.
        assertThat(describe(blank)).isEqualTo("string(0)\"\"");
        assertThat(echo(blank)).isEqualTo("");
        assertThat(describe(List.of(blank))).isEqualTo("array(1){int(0)=>string(0)\"\"}");
    }

    static Stream<String> blanks() {
        return Stream.of(" ", "   ", "\t", "\n", "\r", "\r\n", " \r\n\t ");
    }

    @Test
    void smallLongsComeBackAsIntegerAndShortsAndBytesAsWell() {
        assertThat(describe(5L)).isEqualTo("int(5)");
        assertThat(echo(5L)).isEqualTo(5);
        assertThat(echo((short) -7)).isEqualTo(-7);
        assertThat(echo((byte) 8)).isEqualTo(8);
        assertThat(echo('c')).isEqualTo("c");
    }

    @Test
    void oneMegabyteStringTravelsIntact() {
        String chunk = "Grüße 😀 <&>\"' \r\n\t日本 ";
        StringBuilder text = new StringBuilder();
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < 1 << 20) {
            text.append(chunk.repeat(1024));
        }
        String big = text.toString();

        assertThat(describe(big)).isEqualTo(php(big));
        assertThat(echo(big)).isEqualTo(big);
    }

    static Stream<Arguments> floats() {
        return Stream.of(
                Arguments.of(0.1, "float(0.1)", 0.1),
                Arguments.of(-2.5, "float(-2.5)", -2.5),
                Arguments.of(2.0, "float(2.0)", 2.0), // PHP answers "2"
                Arguments.of(1e300, "float(1.0E+300)", 1e300),
                Arguments.of(-1.5e-300, "float(-1.5E-300)", -1.5e-300),
                // PHP receives every bit, but answers with its "precision" ini setting: 14 significant digits.
                Arguments.of(Double.MAX_VALUE, "float(1.7976931348623157E+308)", 1.7976931348623E308),
                Arguments.of(0.1 + 0.2, "float(0.30000000000000004)", 0.3),
                Arguments.of(1 / 3.0, "float(0.3333333333333333)", 0.33333333333333),
                Arguments.of(Double.MIN_VALUE, "float(5.0E-324)", Double.MIN_VALUE), // Java prints it 4.9E-324
                Arguments.of(-0.0, "float(-0.0)", -0.0),
                Arguments.of(1.5f, "float(1.5)", 1.5),
                Arguments.of(0.1f, "float(0.1)", 0.1), // the float's shortest text, not its binary widening
                Arguments.of(Double.NaN, "float(NAN)", Double.NaN), // we send "NaN", PHP answers "NAN"
                Arguments.of(Double.POSITIVE_INFINITY, "float(INF)", Double.POSITIVE_INFINITY),
                Arguments.of(Double.NEGATIVE_INFINITY, "float(-INF)", Double.NEGATIVE_INFINITY));
    }

    @ParameterizedTest
    @MethodSource("floats")
    void floatsArriveAsPhpFloatsAndComeBackAsDouble(Object value, String php, Double back) {
        assertThat(describe(value)).isEqualTo(php);
        assertThat(echo(value)).isEqualTo(back); // Double.equals: NaN equals NaN, -0.0 differs from 0.0
    }

    // ---- lists

    @Test
    void listsArriveAsPhpListsAndComeBackAsLists() {
        List<Object> list = List.of(1, "two", 3.5, false, 3_000_000_000L);
        assertThat(describe(list)).isEqualTo(
                "array(5){int(0)=>int(1),int(1)=>string(3)\"two\",int(2)=>float(3.5),int(3)=>bool(false),"
                        + "int(4)=>int(3000000000)}");
        assertThat(echo(list)).isEqualTo(list);
    }

    @Test
    void javaArraysTravelAsLists() {
        assertThat(describe(new int[] {1, 2, 3})).isEqualTo("array(3){int(0)=>int(1),int(1)=>int(2),int(2)=>int(3)}");
        assertThat(echo(new int[] {1, 2, 3})).isEqualTo(List.of(1, 2, 3));
        assertThat(echo(new String[] {"a", "b"})).isEqualTo(List.of("a", "b"));
        assertThat(echo(new double[] {0.5})).isEqualTo(List.of(0.5));
    }

    @Test
    void nullInsideAListStaysInItsPlace() {
        List<Object> list = Arrays.asList("a", null, 3, null);
        assertThat(describe(list)).isEqualTo(
                "array(4){int(0)=>string(1)\"a\",int(1)=>null,int(2)=>int(3),int(3)=>null}");
        assertThat(echo(list)).isEqualTo(list);
    }

    @Test
    void nestedListsKeepTheirShape() {
        List<Object> list = List.of(List.of(), List.of(List.of("deep")), List.of(1, 2));
        assertThat(describe(list)).isEqualTo("array(3){int(0)=>array(0){},"
                + "int(1)=>array(1){int(0)=>array(1){int(0)=>string(4)\"deep\"}},"
                + "int(2)=>array(2){int(0)=>int(1),int(1)=>int(2)}}");
        assertThat(echo(list)).isEqualTo(list);
    }

    // ---- maps

    @Test
    void mapsArriveAsAssociativeArraysInOrderAndComeBackEqual() {
        Map<String, Object> record = map("domain", "example.com", "active", "y", "hd_quota", -1,
                "traffic", 3_000_000_000L, "ratio", 0.5, "ssl", true, "parent", null, "note", "a\r\nb <&>");
        assertThat(describe(record)).isEqualTo("array(8){string(6)\"domain\"=>string(11)\"example.com\","
                + "string(6)\"active\"=>string(1)\"y\",string(8)\"hd_quota\"=>int(-1),"
                + "string(7)\"traffic\"=>int(3000000000),string(5)\"ratio\"=>float(0.5),string(3)\"ssl\"=>bool(true),"
                + "string(6)\"parent\"=>null,string(4)\"note\"=>string(8)\"a\\r\\nb <&>\"}");
        assertInOrder(echo(record), record);
    }

    @Test
    void nestedMapsAndListsKeepTheirShape() {
        Map<String, Object> nested = map(
                "server", map("id", 1, "ips", List.of("10.0.0.1", "::1"), "config", map("web", map("php", "8.2"))),
                "tags", List.of(map("k", "v"), List.of("x", map("y", null))),
                "unicode ключ 😀", "значение");
        assertThat(describe(nested)).isEqualTo(php(nested));
        assertInOrder(echo(nested), nested);
    }

    @Test
    void intKeysArriveAsPhpIntsAndComeBackAsStrings() {
        Map<Object, Object> sparse = new LinkedHashMap<>();
        sparse.put(1, "one");
        sparse.put(5, "five");
        sparse.put(-3, "minus three");
        sparse.put(3_000_000_000L, "big");
        assertThat(describe(sparse)).isEqualTo("array(4){int(1)=>string(3)\"one\",int(5)=>string(4)\"five\","
                + "int(-3)=>string(11)\"minus three\",int(3000000000)=>string(3)\"big\"}");
        assertInOrder(echo(sparse), map("1", "one", "5", "five", "-3", "minus three", "3000000000", "big"));
    }

    @Test
    void numericStringKeysBecomePhpIntKeysButOnlyInCanonicalForm() {
        // PHP's array keys: "7" and "-7" are ints, "07", "7.0", " 7" and "+7" stay strings.
        Map<String, Object> keys = map("7", "a", "-7", "b", "07", "c", "7.0", "d", " 7", "e", "+7", "f");
        assertThat(describe(keys)).isEqualTo("array(6){int(7)=>string(1)\"a\",int(-7)=>string(1)\"b\","
                + "string(2)\"07\"=>string(1)\"c\",string(3)\"7.0\"=>string(1)\"d\",string(2)\" 7\"=>string(1)\"e\","
                + "string(2)\"+7\"=>string(1)\"f\"}");
        assertInOrder(echo(keys), keys);
    }

    @Test
    void aMapKeyedZeroToNComesBackAsAList() {
        // PHP cannot tell [0 => a, 1 => b] from a list, and encodes it as SOAP-ENC:Array.
        Map<Object, Object> byIndex = new LinkedHashMap<>();
        byIndex.put(0, "a");
        byIndex.put(1, "b");
        assertThat(describe(byIndex)).isEqualTo("array(2){int(0)=>string(1)\"a\",int(1)=>string(1)\"b\"}");
        assertThat(echo(byIndex)).isEqualTo(List.of("a", "b"));
        assertThat(echo(map("0", "a", "1", "b"))).isEqualTo(List.of("a", "b"));
        // Out of order it is not a list, and stays a map.
        assertInOrder(echo(map("1", "b", "0", "a")), map("1", "b", "0", "a"));
    }

    @Test
    void mixedKeysStayAMap() {
        Map<Object, Object> mixed = new LinkedHashMap<>();
        mixed.put("a", 1);
        mixed.put(7, 2);
        assertThat(describe(mixed)).isEqualTo("array(2){string(1)\"a\"=>int(1),int(7)=>int(2)}");
        assertInOrder(echo(mixed), map("a", 1, "7", 2));
    }

    @Test
    void nullInsideAMapKeepsItsKey() {
        Map<String, Object> withNull = map("a", null, "b", "x", "c", null);
        assertThat(describe(withNull)).isEqualTo(
                "array(3){string(1)\"a\"=>null,string(1)\"b\"=>string(1)\"x\",string(1)\"c\"=>null}");
        assertInOrder(echo(withNull), withNull);
    }

    @Test
    void emptyMapAndEmptyListBothArriveAsAnEmptyArrayAndComeBackAsAnEmptyList() {
        // PHP has one empty array; it answers it as SOAP-ENC:Array of xsd:ur-type[0].
        assertThat(describe(Map.of())).isEqualTo("array(0){}");
        assertThat(describe(List.of())).isEqualTo("array(0){}");
        assertThat(echo(Map.of())).isEqualTo(List.of());
        assertThat(echo(List.of())).isEqualTo(List.of());
        assertInOrder(echo(map("params", Map.of(), "list", List.of())), map("params", List.of(), "list", List.of()));
        assertThat(describe(List.of(Map.of(), map("a", 1)))).isEqualTo(
                "array(2){int(0)=>array(0){},int(1)=>array(1){string(1)\"a\"=>int(1)}}");
    }

    @Test
    void argumentsArePositionalIncludingNulls() {
        assertThat(client.call("describe_all", "a", null, 3, List.of()))
                .isEqualTo("array(4){int(0)=>string(1)\"a\",int(1)=>null,int(2)=>int(3),int(3)=>array(0){}}");
        assertThat(client.call("describe_all")).isEqualTo("array(0){}");
    }

    // ---- what PHP itself produces

    static Stream<Arguments> phpValues() {
        return Stream.of(
                Arguments.of("int_max", Long.MAX_VALUE),
                Arguments.of("int_min", Long.MIN_VALUE),
                Arguments.of("int_big", 3_000_000_000L),
                Arguments.of("int_small", -42),
                Arguments.of("float", 0.1),
                Arguments.of("float_whole", 2.0),
                Arguments.of("float_huge", 1e300),
                Arguments.of("float_tiny", -1.5e-300),
                Arguments.of("float_precise", 0.3), // PHP's 0.1 + 0.2, cut to 14 digits by PHP
                Arguments.of("float_pi", 3.1415926535898),
                Arguments.of("nan", Double.NaN),
                Arguments.of("inf", Double.POSITIVE_INFINITY),
                Arguments.of("minus_inf", Double.NEGATIVE_INFINITY),
                Arguments.of("true", true),
                Arguments.of("false", false),
                Arguments.of("null", null),
                Arguments.of("numeric_string", "0123"),
                Arguments.of("crlf", "a\r\nb\tc\rd"),
                Arguments.of("empty_string", ""),
                Arguments.of("blank", " \r\n\t"), // blanks survive this way: only PHP's parser drops them
                Arguments.of("empty_array", List.of()),
                Arguments.of("list", List.of("a", "b", "c")),
                Arguments.of("mixed_list", Arrays.asList(1, "two", 3.5, false, null)),
                Arguments.of("int_keys", map("1", "one", "5", "five")),
                Arguments.of("unordered_int_keys", map("1", "one", "0", "zero")),
                Arguments.of("mixed_keys", map("a", 1, "7", 2)),
                Arguments.of("nested", map("server", map("id", 1, "ips", List.of("10.0.0.1", "10.0.0.2")),
                        "tags", List.of(), "active", "y")),
                Arguments.of("object", map("name", "web1", "id", 7))); // SOAP-ENC:Struct, fields by element name
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phpValues")
    void decodesWhatPhpEncodes(String what, Object expected) {
        Object value = client.call("make", what);
        if (expected == null) {
            assertThat(value).isNull();
        } else {
            assertInOrder(value, expected);
            assertThat(value).isInstanceOf(expected instanceof Map ? Map.class
                    : expected instanceof List ? List.class : expected.getClass());
        }
    }

    // ---- faults

    @Test
    void permissionDeniedArrivesTyped() {
        PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                () -> client.call("fail_with", "permission_denied", "You do not have the permissions."));
        assertThat(e.faultCode()).isEqualTo("permission_denied");
        assertThat(e.method()).isEqualTo("fail_with");
        assertThat(e.faultString()).isEqualTo("You do not have the permissions.");
    }

    @Test
    void dataProcessingErrorArrivesWithItsErrorKeysAndTheCrIntact() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> client.call("fail_with", "data_processing_error", "a_error<br />\r\nb_error<br />\r\n"));
        assertThat(e.faultCode()).isEqualTo("data_processing_error");
        assertThat(e.errorKeys()).containsExactly("a_error", "b_error");
        assertThat(e.faultString()).isEqualTo("a_error<br />\r\nb_error<br />\r\n");
    }

    @Test
    void aFaultCodeWithASpaceArrivesAsIs() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> client.call("fail_with", "invalid parameters", "Invalid parameters."));
        assertThat(e.faultCode()).isEqualTo("invalid parameters");
        assertThat(e.errorKeys()).containsExactly("Invalid parameters.");
    }

    @Test
    void anUnknownFaultCodeArrivesAsTheBaseFaultType() {
        IspConfigFaultException e = catchThrowableOfType(IspConfigFaultException.class,
                () -> client.call("fail_with", "brand_new_code", "Ünïcödé <text> & more"));
        assertThat(e.getClass()).isEqualTo(IspConfigFaultException.class);
        assertThat(e.faultCode()).isEqualTo("brand_new_code");
        assertThat(e.faultString()).isEqualTo("Ünïcödé <text> & more");
    }

    @Test
    void phpsOwnFaultForAnUnknownMethodIsAServerFault() {
        IspConfigFaultException e = catchThrowableOfType(IspConfigFaultException.class,
                () -> client.call("no_such_method", 1));
        assertThat(e.getClass()).isEqualTo(IspConfigFaultException.class);
        assertThat(e.faultCode()).isEqualTo("SOAP-ENV:Server");
        assertThat(e.faultString()).contains("no_such_method");
    }

    @Test
    void aRefusedLoginIsAnAuthenticationFailure() {
        try (IspConfigClient wrong = IspConfigClient.builder().url(server.url("index.php"))
                .username("u").password("wrong").build()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> wrong.call("echo_value", 1));
            assertThat(e.faultCode()).isEqualTo("login_failed");
        }
    }

    @Test
    void phpAnswersFaultsWithHttp500AndAReadableFaultBody() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String session = (String) rawCall(http, "login", List.of("u", "p")).body().value();
        try {
            HttpResponse<byte[]> response = post(http, "fail_with",
                    List.of(session, "data_processing_error", "a_error<br />\r\n"));
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml; charset=utf-8");
            assertThat(new String(response.body(), StandardCharsets.UTF_8))
                    .contains("<faultcode>data_processing_error</faultcode>")
                    .contains("a_error&lt;br /&gt;&#13;\n</faultstring>"); // CR escaped, so XML cannot fold it
            SoapResponse fault = SoapReader.readResponse(new ByteArrayInputStream(response.body()));
            assertThat(fault.fault()).isEqualTo(new SoapFault("data_processing_error", "a_error<br />\r\n"));

            Reply ok = rawCall(http, "echo_value", List.of(session, "x"));
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.body().value()).isEqualTo("x");
        } finally {
            rawCall(http, "logout", List.of(session));
        }
    }

    // ---- sessions

    @Test
    void anExpiredSessionIsReplacedOnceAndTheCallRetried() {
        List<String> events = new ArrayList<>();
        Map<?, ?> before = (Map<?, ?>) client.call("stats");
        try (IspConfigClient own = newClient(new SessionListener() {
            @Override
            public void loggedIn(LoginReason reason) {
                events.add("loggedIn " + reason);
            }

            @Override
            public void sessionExpired(String method) {
                events.add("expired " + method);
            }

            @Override
            public void loggedOut() {
                events.add("loggedOut");
            }
        })) {
            assertThat(own.call("echo_value", "first")).isEqualTo("first");
            assertThat(own.call("expire_session")).isEqualTo(true);
            assertThat(own.call("echo_value", "second")).isEqualTo("second");
        }
        Map<?, ?> after = (Map<?, ?>) client.call("stats");

        assertThat(events).containsExactly("loggedIn INITIAL", "expired echo_value", "loggedIn EXPIRY", "loggedOut");
        assertThat((Integer) after.get("logins") - (Integer) before.get("logins")).isEqualTo(2);
        // The dead session is dropped, not logged out; the live one is logged out on close.
        assertThat((Integer) after.get("logouts") - (Integer) before.get("logouts")).isEqualTo(1);
        assertThat(after.get("live")).isEqualTo(before.get("live"));
    }

    // ---- helpers

    private record Reply(int status, SoapResponse body) {
    }

    private static Reply rawCall(HttpClient http, String method, List<?> arguments) throws Exception {
        HttpResponse<byte[]> response = post(http, method, arguments);
        return new Reply(response.statusCode(), SoapReader.readResponse(new ByteArrayInputStream(response.body())));
    }

    private static HttpResponse<byte[]> post(HttpClient http, String method, List<?> arguments) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("index.php")))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"urn:echo#" + method + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(SoapWriter.request("urn:echo", method, arguments)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Equal, and in the same order (maps compare equal in any order; PHP's arrays are ordered). */
    private static void assertInOrder(Object actual, Object expected) {
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).hasToString(String.valueOf(expected));
    }

    /** An insertion-ordered map that accepts null values. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /**
     * The echo server's description of a value PHP received, for values without floats and with non-numeric string
     * keys (those cases are written out literally above).
     */
    private static String php(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof Boolean bool) {
            return "bool(" + bool + ")";
        } else if (value instanceof Integer || value instanceof Long) {
            return "int(" + value + ")";
        } else if (value instanceof String text) {
            return phpString(text);
        } else if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("array(" + list.size() + "){");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",").append("int(").append(i).append(")=>").append(php(list.get(i)));
            }
            return out.append('}').toString();
        } else if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("array(" + map.size() + "){");
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(php(entry.getKey())).append("=>").append(php(entry.getValue()));
                separator = ",";
            }
            return out.append('}').toString();
        }
        throw new IllegalArgumentException("write the expected description of " + value + " literally");
    }

    /** {@code string(<UTF-8 bytes>)} and PHP's {@code json_encode(..., JSON_UNESCAPED_SLASHES)}, or a SHA-1. */
    private static String phpString(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > 1000) {
            try {
                return "string(" + utf8.length + ")sha1:"
                        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(utf8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        StringBuilder json = new StringBuilder("string(" + utf8.length + ")\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x80) {
                        json.append(String.format("\\u%04x", (int) c)); // UTF-16 units, lower-case hex, as PHP
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
