package dev.ispconfig.client.form;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * PHP's checks that the panel's validators call, restated in Java: {@code filter_var} for integers, IP and e-mail
 * addresses, {@code date_parse_from_format}, and PHP 8's comparison of two strings. The contract tests run each against
 * PHP on tables of accepted and refused values.
 */
final class PhpChecks {

    private static final Pattern DECIMAL_INT = Pattern.compile("[+-]?(0|[1-9][0-9]*)");
    /** {@code Y-m-d H:i:s} as PHP parses it: Y up to 4 digits, m d H one or two, i s two; the space is any blanks. */
    private static final Pattern DATETIME = Pattern.compile("\\d{1,4}-\\d{1,2}-\\d{1,2}[ \\t]*\\d{1,2}:\\d{2}:\\d{2}");
    private static final Pattern NUMERIC = Pattern.compile(
            "[ \\t\\n\\r\\x0B\\f]*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?[ \\t\\n\\r\\x0B\\f]*");
    private static final String ATEXT = "!#$%&'*+-/=?^_`{|}~";

    private PhpChecks() {
    }

    /** {@code filter_var($value, FILTER_VALIDATE_INT) !== false}. */
    static boolean isInt(String value) {
        return isIntAtLeast(value, Long.MIN_VALUE);
    }

    /** {@code filter_var($value, FILTER_VALIDATE_INT, ['options' => ['min_range' => $min]]) !== false}. */
    static boolean isIntAtLeast(String value, long min) {
        String trimmed = trimWhitespace(value);
        if (!DECIMAL_INT.matcher(trimmed).matches()) {
            return false;
        }
        try {
            return Long.parseLong(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed) >= min;
        } catch (NumberFormatException e) {
            return false; // beyond a PHP int
        }
    }

    /** {@code filter_var($value, FILTER_VALIDATE_IP, $flags)} is truthy. */
    static boolean isIp(String value, boolean v4, boolean v6) {
        return (v4 && isIpv4(value)) || (v6 && isIpv6(value));
    }

    static boolean isIpv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String value) {
        String address = value;
        if (value.indexOf('.') >= 0) {
            // An IPv4 tail (::ffff:1.2.3.4) stands for the last two groups.
            int lastColon = value.lastIndexOf(':');
            if (lastColon < 0 || !isIpv4(value.substring(lastColon + 1))) {
                return false;
            }
            address = value.substring(0, lastColon + 1) + "0:0";
        }
        int compressed = address.indexOf("::");
        if (compressed >= 0 && address.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        String[] parts = compressed >= 0
                ? new String[] {address.substring(0, compressed), address.substring(compressed + 2)}
                : new String[] {address};
        int groups = 0;
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            for (String group : part.split(":", -1)) {
                if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(PhpChecks::isHex)) {
                    return false;
                }
                groups++;
            }
        }
        return compressed >= 0 ? groups < 8 : groups == 8;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * {@code filter_var($value, FILTER_VALIDATE_EMAIL) !== false}: a dot-atom or quoted local part of at most 64
     * characters, {@code @}, and a domain of at least two labels whose last starts with a letter (or is
     * {@code xn--…}), labels of letters, digits and inner hyphens below 64 characters; or an address literal. At
     * most 254 characters in all. Comments and folding white space are refused, as PHP refuses them.
     */
    static boolean isEmail(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || value.length() > 254 || !value.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        return local.length() <= 64 && (isDotAtom(local) || isQuoted(local))
                && (isHostname(domain) || isAddressLiteral(domain));
    }

    private static boolean isDotAtom(String local) {
        for (String atom : local.split("\\.", -1)) {
            if (atom.isEmpty() || !atom.chars().allMatch(c -> Character.isLetterOrDigit(c) || ATEXT.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuoted(String local) {
        if (local.length() < 2 || local.charAt(0) != '"' || local.charAt(local.length() - 1) != '"') {
            return false;
        }
        for (int i = 1; i < local.length() - 1; i++) {
            char c = local.charAt(i);
            if (c == '\\') {
                i++;
                if (i >= local.length() - 1) {
                    return false;
                }
            } else if (c == '"' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostname(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (label.isEmpty() || label.length() >= 64 || label.startsWith("-") || label.endsWith("-")
                    || !label.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '-'))) {
                return false;
            }
            if (i == labels.length - 1 && !Character.isLetter(label.charAt(0))
                    && !label.regionMatches(true, 0, "xn--", 0, 4)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAddressLiteral(String domain) {
        if (domain.length() < 3 || domain.charAt(0) != '[' || domain.charAt(domain.length() - 1) != ']') {
            return false;
        }
        String literal = domain.substring(1, domain.length() - 1);
        return literal.regionMatches(true, 0, "IPv6:", 0, 5) ? isIpv6(literal.substring(5)) : isIpv4(literal);
    }

    /** {@code date_parse_from_format('Y-m-d H:i:s', $value)['error_count'] == 0} and not 1899-12-31. */
    static boolean isDateTime(String value) {
        return DATETIME.matcher(value).matches() && !value.startsWith("1899-12-31");
    }

    /** PHP 8's {@code $a <=> $b} for two strings: numerically when both are numeric strings, else byte by byte. */
    static int compare(String a, String b) {
        if (NUMERIC.matcher(a).matches() && NUMERIC.matcher(b).matches()) {
            return new BigDecimal(a.strip()).compareTo(new BigDecimal(b.strip()));
        }
        return Integer.signum(a.compareTo(b));
    }

    /** Whether PHP 8 reads {@code value} as a numeric string. */
    static boolean isNumeric(String value) {
        return NUMERIC.matcher(value).matches();
    }

    /** PHP's {@code trim()} of the filter functions: space, tab, CR, LF, vertical tab, NUL. */
    private static String trimWhitespace(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && " \t\r\n\u000B\u0000".indexOf(value.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " \t\r\n\u000B\u0000".indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(start, end);
    }
}
