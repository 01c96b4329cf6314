package dev.ispconfig.client.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.client.model.FormModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every validator the SDK applies gives PHP's answer: each form's REGEX against {@code preg_match} of the original
 * pattern on generated inputs, the other types against PHP's {@code filter_var}, {@code date_parse_from_format} and
 * comparisons on tables of accepted and refused values ({@code php/form-validators.php}). Needs {@code php}; skipped
 * without it unless {@code ISPCONFIG_REQUIRE_PHP=1}.
 */
class PhpValidatorContractTest {

    /** Values that trip PHP's matching: empty, newlines, non-ASCII, case, separators, lengths. */
    private static final List<String> COMMON = List.of("", " ", "a", "A", "z9", "example.com", "www.example.com",
            "sub.example.co.uk", "EXAMPLE.COM", "exa_mple.com", "-example.com", "example-.com", "*.example.com", "*",
            "user@example.com", "user+tag@example.com", "a.b@c.de", "@example.com", "/var/www/site", "/tmp",
            "../etc/passwd", "/var/../etc", "https://example.com/path?x=1", "http://example.com", "ftp://x.y/z",
            "[scheme]://x", "#anchor", "0", "1", "-1", "12345", "123456", "99999999999", "007", "1,2,3", "80,443",
            "a b", "a\tb", "abc\n", "abc\r\n", "\nabc", "ä", "Ärger", "straße", "日本", "a/b", "a..b", "a.b.",
            ".a", "x".repeat(64), "x".repeat(65), "x".repeat(256), "Y", "n", "y", "-", "_", "10 20 30",
            "1 2 3 host.example.com.", "_25._tcp.example.com", "_sip._udp.example.com", "@example.com",
            "100 \"u\" \"E2U+sip\" \"!^.*$!sip:info@example.com!\" .", "0 0 0 abc", "'quoted'", "a&b",
            "Müller & Söhne", "x\u0000y", "1.2.3.4", "::1", "tab\there");

    private static final List<String> INTS = List.of("", "0", "-0", "1", "+1", "-1", " 5", "5 ", "5\n", "007",
            "1e3", "1.5", "0x1A", "abc", "1abc", "9223372036854775806", "9223372036854775807",
            "9223372036854775808", "99999999999999999999", "-9223372036854775808", "-", " ", "١٢");
    private static final List<String> IPS = List.of("", "1.2.3.4", "0.0.0.0", "255.255.255.255", "256.1.1.1",
            "01.2.3.4", "1.2.3", "1.2.3.4.5", " 1.2.3.4", "1.2.3.4 ", "::", "::1", "1::", "fe80::1", "fe80::1%eth0",
            "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8::", "1::2::3",
            "::ffff:1.2.3.4", "1::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "12345::1", "g::1",
            "1.2.3.4,5.6.7.8", "1.2.3.4, ::1", "1.2.3.4,,5.6.7.8", "1.2.3.4;5.6.7.8");
    private static final List<String> EMAILS = List.of("", "user@example.com", "user+tag@example.com",
            "first.last@sub.example.co.uk", "user@localhost", "user@example", "user@example.c0m", "user@ex-ample.com",
            "user@-example.com", "user@example-.com", "user@xn--mller-kva.de", "user@123.com", "user@example.123",
            "user@[1.2.3.4]", "user@[IPv6:::1]", "\"quoted user\"@example.com", "\"q\\\"x\"@example.com",
            "a..b@example.com", ".a@example.com", "a.@example.com", "us er@example.com", "user@@example.com",
            "müller@example.com", "user@müller.de", "x".repeat(64) + "@example.com", "x".repeat(65) + "@example.com",
            "u@" + "a".repeat(63) + ".com", "u@" + "a".repeat(64) + ".com", "!#$%&'*+-/=?^_`{|}~@example.com",
            "user@example.com.", "user@.example.com", "example.com", "ex_ample.com", "sub.example.com",
            "-example.com", "localhost");
    private static final List<String> DATES = List.of("", "2026-12-05 10:00:00", "2026-1-5 1:00:00",
            "26-12-05 10:00:00", "12026-12-05 10:00:00", "2026-13-45 10:00:00", "2026-12-05  10:00:00",
            "2026-12-0510:00:00", "2026-12-05 10:0:00", "2026-12-05 10:00:00 ", "2026-12-05T10:00:00",
            "1899-12-31 00:00:00", "2026-12-05 24:61:61", "2026-12-05 100:00:00", "2026-12-05\t10:00:00",
            "2026-12-05", "now");
    private static final List<String> RANGES = List.of("60:", ":10", "1:10", "0:100", "-1:", "1", "a:z");
    private static final List<String> RANGE_VALUES = List.of("", "0", "1", "5", "10", "11", "59", "60", "61",
            "-1", "-2", "1.5", " 5", "5 ", "abc", "1e1", "z", "a", "100", "0x10");

    private record Case(String type, String argument, boolean allowEmpty, String separator, String value) {

        Validator validator() {
            Validator validator = argument == null ? Validator.of(type, "key") : Validator.of(type, "key", argument);
            validator = allowEmpty ? validator.allowingEmpty() : validator;
            return separator != null ? validator.splitBy(separator) : validator;
        }
    }

    @Test
    void everyValidatorAnswersAsPhpDoes() throws Exception {
        assumePhp();
        List<Case> cases = new ArrayList<>();
        Set<String> patterns = new LinkedHashSet<>();
        FormModels.BY_FORM.values().forEach(schema -> schema.fields().forEach(field -> field.validators().stream()
                .filter(v -> v.type().equals("REGEX")).forEach(v -> patterns.add(v.argument()))));
        assertThat(patterns).as("the distinct patterns of 3.2.12's forms").hasSize(55);
        Random random = new Random(20261205);
        for (String pattern : patterns) {
            for (String value : inputsFor(pattern, random)) {
                cases.add(new Case("REGEX", pattern, false, null, value));
            }
        }
        for (String type : List.of("ISINT", "ISPOSITIVE", "NOTEMPTY", "ISASCII")) {
            INTS.forEach(value -> cases.add(new Case(type, null, false, null, value)));
            COMMON.forEach(value -> cases.add(new Case(type, null, false, null, value)));
        }
        for (String type : List.of("ISIPV4", "ISIPV6", "ISIP")) {
            IPS.forEach(value -> cases.add(new Case(type, null, false, null, value)));
        }
        IPS.forEach(value -> cases.add(new Case("ISIP", null, true, ",", value)));
        for (String type : List.of("ISEMAIL", "ISEMAILADDRESS", "ISDOMAIN")) {
            for (boolean allowEmpty : List.of(false, true)) {
                EMAILS.forEach(value -> cases.add(new Case(type, null, allowEmpty, null, value)));
            }
        }
        for (boolean allowEmpty : List.of(false, true)) {
            DATES.forEach(value -> cases.add(new Case("ISDATETIME", null, allowEmpty, null, value)));
        }
        for (String range : RANGES) {
            RANGE_VALUES.forEach(value -> cases.add(new Case("RANGE", range, false, null, value)));
        }

        List<Boolean> php = askPhp(cases);
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            boolean java = c.validator().accepts(c.value());
            accepted += php.get(i) ? 1 : 0;
            if (java != php.get(i)) {
                disagreements.add(c.type() + (c.argument() != null ? " " + c.argument() : "")
                        + (c.allowEmpty() ? " allowempty" : "") + " on " + json(c.value())
                        + ": PHP " + php.get(i) + ", Java " + java);
            }
        }
        assertThat(disagreements).as("%d cases", cases.size()).isEmpty();
        System.out.println("PhpValidatorContractTest: " + cases.size() + " cases, " + accepted + " accepted by PHP");
        assertThat(accepted).as("both accepted and refused values are covered").isBetween(cases.size() / 10,
                cases.size() * 9 / 10);
    }

    /** The common values, the pattern's own characters in random strings, and case and newline variants. */
    private static List<String> inputsFor(String pattern, Random random) {
        List<String> inputs = new ArrayList<>(COMMON);
        String alphabet = pattern.replaceAll("[\\\\^$()\\[\\]{}|?+]", "") + "aZ09.-_ @/ä\n";
        for (int i = 0; i < 40; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(14);
            for (int k = 0; k < length; k++) {
                value.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            inputs.add(value.toString());
            inputs.add(value.toString().toUpperCase(java.util.Locale.ROOT));
            inputs.add(value + "\n");
        }
        return inputs;
    }

    private static List<Boolean> askPhp(List<Case> cases) throws IOException, InterruptedException {
        StringBuilder input = new StringBuilder("[");
        for (Case c : cases) {
            input.append(input.length() > 1 ? "," : "").append("{\"type\":").append(json(c.type()))
                    .append(",\"arg\":").append(json(c.argument())).append(",\"allowempty\":").append(c.allowEmpty())
                    .append(",\"separator\":").append(json(c.separator())).append(",\"value\":")
                    .append(json(c.value())).append('}');
        }
        input.append(']');
        Path script = Files.createTempFile("form-validators", ".php");
        try (InputStream in = PhpValidatorContractTest.class.getResourceAsStream("/php/form-validators.php")) {
            Files.write(script, in.readAllBytes());
            Process process = new ProcessBuilder("php", "-n", script.toString()).redirectErrorStream(false).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.toString().getBytes(StandardCharsets.UTF_8));
            }
            byte[] output = process.getInputStream().readAllBytes();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("php: %s", errors).isZero();
            String answers = new String(output, StandardCharsets.UTF_8).strip();
            List<Boolean> result = new ArrayList<>();
            for (String answer : answers.substring(1, answers.length() - 1).split(",")) {
                result.add(Boolean.parseBoolean(answer));
            }
            assertThat(result).hasSameSizeAs(cases);
            return result;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** A JSON string (or null) that PHP's json_decode reads back exactly. */
    private static String json(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static void assumePhp() {
        boolean available;
        try {
            Process probe = new ProcessBuilder("php", "-n", "-r", "echo 1;").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            available = probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            available = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            available = false;
        }
        if (!available && "1".equals(System.getenv("ISPCONFIG_REQUIRE_PHP"))) {
            throw new AssertionError("ISPCONFIG_REQUIRE_PHP=1 but 'php' does not run");
        }
        Assumptions.assumeTrue(available, "no 'php' on the PATH");
    }
}
