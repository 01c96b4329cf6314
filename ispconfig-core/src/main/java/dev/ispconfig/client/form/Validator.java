package dev.ispconfig.client.form;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One validator of a form field, as the panel's form declares it: its type ({@code NOTEMPTY}, {@code REGEX},
 * {@code ISINT}, {@code RANGE}, {@code ISEMAIL}, …), the error key the panel answers when it fails, and its argument.
 * {@link #accepts} applies it as the panel's form library does, to the value after the field's save filters;
 * {@code UNIQUE} and {@code CUSTOM} (and types this SDK does not know) need the panel's database or code and are
 * left to it ({@link #isCheckedByPanelOnly()}).
 */
public final class Validator {

    private final String type;
    private final String errorKey;
    private final @Nullable String argument;
    private final boolean allowEmpty;
    private final @Nullable String separator;
    private final @Nullable PhpRegex regex;

    private Validator(String type, String errorKey, @Nullable String argument, boolean allowEmpty,
            @Nullable String separator) {
        this.type = Objects.requireNonNull(type, "type").toUpperCase(Locale.ROOT);
        this.errorKey = Objects.requireNonNull(errorKey, "errorKey");
        this.argument = argument;
        this.allowEmpty = allowEmpty;
        this.separator = separator;
        this.regex = this.type.equals("REGEX") ? PhpRegex.compile(Objects.requireNonNull(argument, "regex"), "s") : null;
    }

    /** A validator without argument: {@code NOTEMPTY}, {@code ISINT}, {@code ISIPV4}, {@code UNIQUE}, … */
    public static Validator of(String type, String errorKey) {
        return new Validator(type, errorKey, null, false, null);
    }

    /** {@code REGEX} with the PHP pattern, {@code RANGE} with {@code min:max}, {@code CUSTOM} with its function. */
    public static Validator of(String type, String errorKey, String argument) {
        return new Validator(type, errorKey, argument, false, null);
    }

    /** The same validator, accepting an empty value ({@code allowempty => 'y'}). */
    public Validator allowingEmpty() {
        return new Validator(type, errorKey, argument, true, separator);
    }

    /** The same validator, checking each part of the value split by {@code separator} ({@code ISIP}). */
    public Validator splitBy(String separator) {
        return new Validator(type, errorKey, argument, allowEmpty, separator);
    }

    public String type() {
        return type;
    }

    /** The PHP pattern of a {@code REGEX}, the {@code min:max} of a {@code RANGE}, a {@code CUSTOM}'s function; or null. */
    public @Nullable String argument() {
        return argument;
    }

    public boolean allowsEmpty() {
        return allowEmpty;
    }

    /** The separator an {@code ISIP} splits the value by, or null. */
    public @Nullable String separator() {
        return separator;
    }

    /** The key the panel answers in its {@code data_processing_error} when this validator fails. */
    public String errorKey() {
        return errorKey;
    }

    /** Whether only the panel can apply it: {@code UNIQUE}, {@code CUSTOM}, and types this SDK does not know. */
    public boolean isCheckedByPanelOnly() {
        return switch (type) {
            case "NOTEMPTY", "REGEX", "ISASCII", "ISDOMAIN", "ISEMAIL", "ISEMAILADDRESS", "ISINT", "ISPOSITIVE",
                    "ISIPV4", "ISIPV6", "ISIP", "ISDATETIME", "RANGE" -> false;
            default -> true;
        };
    }

    /** Whether the panel would accept {@code value} ({@code ""} for a field not sent); true where only it can tell. */
    public boolean accepts(String value) {
        if (allowEmpty && value.isEmpty() && honoursAllowEmpty()) {
            return true;
        }
        return switch (type) {
            case "NOTEMPTY" -> !value.isEmpty();
            case "REGEX" -> regex != null && regex.matches(value); // never null for a REGEX: made with it
            case "ISASCII" -> value.chars().allMatch(c -> c >= 0x20 && c <= 0x7F);
            case "ISDOMAIN" -> PhpChecks.isEmail("check@" + value);
            case "ISEMAIL" -> PhpChecks.isEmail(value) && value.indexOf('+') < 0;
            case "ISEMAILADDRESS" -> PhpChecks.isEmail(value);
            case "ISINT" -> acceptsInt(value);
            case "ISPOSITIVE" -> value.isEmpty() || PhpChecks.isIntAtLeast(value, 1);
            case "ISIPV4" -> PhpChecks.isIpv4(value);
            case "ISIPV6" -> PhpChecks.isIpv6(value);
            case "ISIP" -> acceptsIps(value);
            case "ISDATETIME" -> PhpChecks.isDateTime(value);
            case "RANGE" -> acceptsRange(value);
            default -> true;
        };
    }

    /** The panel reads {@code allowempty} for these types only. */
    private boolean honoursAllowEmpty() {
        return switch (type) {
            case "ISDOMAIN", "ISEMAIL", "ISEMAILADDRESS", "ISIP", "ISDATETIME" -> true;
            default -> false;
        };
    }

    /**
     * The panel's ISINT: below PHP_INT_MAX (compared the PHP 8 way) the value must be empty or an integer; from there
     * on, {@code intval} must not be 0 unless the value is empty or "0".
     */
    private static boolean acceptsInt(String value) {
        String max = Long.toString(Long.MAX_VALUE);
        boolean belowMax = PhpChecks.isNumeric(value) ? PhpChecks.compare(value, max) < 0 : value.compareTo(max) < 0;
        if (belowMax) {
            return value.isEmpty() || PhpChecks.isInt(value);
        }
        return value.equals("0") || intval(value) != 0;
    }

    /** PHP's {@code intval} of a string: the integer its leading characters spell, 0 if none. */
    private static long intval(String value) {
        String text = value.stripLeading();
        int end = 0;
        if (end < text.length() && (text.charAt(end) == '+' || text.charAt(end) == '-')) {
            end++;
        }
        int digits = end;
        while (end < text.length() && Character.isDigit(text.charAt(end)) && text.charAt(end) < 0x80) {
            end++;
        }
        if (end == digits) {
            return 0;
        }
        try {
            return Long.parseLong(text.substring(0, end));
        } catch (NumberFormatException e) {
            return text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE; // PHP saturates
        }
    }

    private boolean acceptsIps(String value) {
        String[] parts = separator != null && !separator.isEmpty()
                ? value.split(Pattern.quote(separator), -1) : new String[] {value};
        for (String part : parts) {
            String ip = part.strip();
            if (!PhpChecks.isIp(ip, true, true)) {
                return false;
            }
        }
        return true;
    }

    /** {@code min:max}, {@code min:} or {@code :max}, compared the PHP 8 way (numerically when both are numeric). */
    private boolean acceptsRange(String value) {
        String[] bounds = argument == null ? new String[0] : argument.strip().split(":", -1);
        if (bounds.length > 0 && !bounds[0].isEmpty() && PhpChecks.compare(value, bounds[0]) < 0) {
            return false;
        }
        return bounds.length < 2 || bounds[1].isEmpty() || PhpChecks.compare(value, bounds[1]) <= 0;
    }

    @Override
    public String toString() {
        return type + (argument != null ? "(" + argument + ")" : "") + " -> " + errorKey;
    }
}
