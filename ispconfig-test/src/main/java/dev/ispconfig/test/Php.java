package dev.ispconfig.test;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The few PHP conversions the panel's code applies to decoded SOAP arguments. */
final class Php {

    private static final Pattern NUMERIC = Pattern.compile("[ \\t\\n\\r\\x0B\\f]*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?[ \\t\\n\\r\\x0B\\f]*");
    private static final Pattern LEADING_INT = Pattern.compile("^[ \\t\\n\\r\\x0B\\f]*([+-]?\\d+)");

    private Php() {
    }

    /** PHP's string conversion: {@code true} → "1", {@code false} and {@code null} → "", arrays → "Array". */
    static String str(@Nullable Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return "";
        }
        if (Boolean.TRUE.equals(value)) {
            return "1";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15
                    ? Long.toString(d.longValue()) : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Map || value instanceof Collection) {
            return "Array";
        }
        return value.toString();
    }

    /** PHP's {@code intval}: leading digits of a string, 0 when there are none. */
    static long intval(@Nullable Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value == null || value instanceof Map || value instanceof Collection) {
            return 0;
        }
        String s = value.toString();
        if (NUMERIC.matcher(s).matches()) {
            try {
                return new BigDecimal(s.strip()).longValue();
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        var m = LEADING_INT.matcher(s);
        if (!m.find()) {
            return 0;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return m.group(1).startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** PHP's {@code is_numeric}. */
    static boolean isNumeric(@Nullable Object value) {
        if (value instanceof Number) {
            return true;
        }
        return value instanceof String s && NUMERIC.matcher(s).matches(); // PHP 8 allows surrounding blanks
    }

    /** PHP's {@code empty}. */
    static boolean empty(@Nullable Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return true;
        }
        if (value instanceof Number n) {
            return n.doubleValue() == 0;
        }
        if (value instanceof String s) {
            return s.isEmpty() || s.equals("0");
        }
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        return value instanceof Collection<?> c && c.isEmpty();
    }

    /** PHP 8's loose {@code ==} against '' as the panel's {@code if ($params['x'] == '')} uses it. */
    static boolean looselyEmpty(@Nullable Object value) {
        return value == null || Boolean.FALSE.equals(value) || value instanceof String s && s.isEmpty();
    }
}
