package dev.ispconfig.client.form;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The filters the panel applies to a value before it validates it ({@code event => 'SAVE'}), so that a value the
 * panel would accept after lower-casing or IDN-encoding it is accepted here too. The value sent is left as given: the
 * panel filters it again.
 */
final class SaveFilters {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*?>.*?</script>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SaveFilters() {
    }

    static String apply(List<String> filters, String value) {
        String result = value;
        for (String filter : filters) {
            result = switch (filter) {
                case "TOLOWER" -> asciiCase(result, false);
                case "TOUPPER" -> asciiCase(result, true);
                case "TRIM" -> result.strip();
                case "NOWHITESPACE" -> WHITESPACE.matcher(result).replaceAll("");
                case "STRIPNL" -> result.replace("\n", "").replace("\r", "");
                case "STRIPTAGS" -> TAG.matcher(SCRIPT.matcher(result).replaceAll("")).replaceAll("");
                case "IDNTOASCII" -> idnToAscii(result);
                default -> result; // NORMALIZEPATH, TOLATIN1: no effect on what the validators check here
            };
        }
        return result;
    }

    /** PHP 8.2's strtolower/strtoupper change ASCII letters only. */
    private static String asciiCase(String value, boolean upper) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            out.append(c < 0x80 ? (upper ? Character.toUpperCase(c) : Character.toLowerCase(c)) : c);
        }
        return out.toString();
    }

    /** A domain, or the domain of an address, in its ASCII (punycode) form; unchanged where it cannot be encoded. */
    private static String idnToAscii(String value) {
        if (value.chars().allMatch(c -> c < 0x80)) {
            return value;
        }
        int at = value.lastIndexOf('@');
        try {
            String domain = IDN.toASCII(value.substring(at + 1), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return value.substring(0, at + 1) + domain;
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
