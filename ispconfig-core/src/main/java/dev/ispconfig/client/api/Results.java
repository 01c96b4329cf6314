package dev.ispconfig.client.api;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.exception.NotFoundException;
import dev.ispconfig.client.exception.UnexpectedResultException;
import org.jspecify.annotations.Nullable;

/**
 * The answers of adds, updates and deletes as numbers, for the generated modules and their hand-audited subclasses.
 * The panel is not consistent: ids of new records come as strings ({@code "8"}) or ints, affected rows as ints, and
 * methods that only report success answer {@code true} (or {@code false}).
 */
final class Results {

    private Results() {
    }

    /**
     * The record a get by id answered, for the hand-audited gets that turn the panel's nil into an error.
     *
     * @throws NotFoundException when the panel answered nil
     */
    static DataRecord required(String method, int id, @Nullable DataRecord record) {
        if (record == null) {
            throw NotFoundException.nilResult(method, id);
        }
        return record;
    }

    /**
     * The id an add answers: an int or a string of digits, greater than 0.
     *
     * @throws UnexpectedResultException for anything else, {@code false} and nil included; its outcome is unknown,
     *     since the panel answers {@code false} to an add it stored when it then fails to read the new id
     */
    static int newId(String method, @Nullable Object result) {
        return positiveId(method, result, "the id of a new record", "; the record may have been stored all the same");
    }

    /** A record id in an answer that reads (a list of ids): an int or a string of digits, greater than 0. */
    static int id(String method, @Nullable Object result) {
        return positiveId(method, result, "a record id", null);
    }

    /** @param written what may have happened although the answer is off, for a write; null for a read */
    private static int positiveId(String method, @Nullable Object result, String what, @Nullable String written) {
        Long value = number(result);
        if (value == null || value < 1 || value > Integer.MAX_VALUE) {
            throw new UnexpectedResultException(method + " answered " + describe(result) + " where " + what
                    + " belongs" + (written == null ? "" : written), written != null);
        }
        return value.intValue();
    }

    /**
     * The rows an update or delete affected: an int or a string of digits; {@code true} counts as 1 and
     * {@code false} as 0, since several methods answer only whether they ran.
     *
     * @throws UnexpectedResultException for anything else, nil included
     */
    static int affectedRows(String method, @Nullable Object result) {
        if (result instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        Long value = number(result);
        if (value == null || value < 0 || value > Integer.MAX_VALUE) {
            throw new UnexpectedResultException(method + " answered " + describe(result)
                    + " where a count of affected rows belongs; the change may have been made all the same", true);
        }
        return value.intValue();
    }

    /** An integer from an Integer, a Long or a string of ASCII digits (optionally signed), else null. */
    private static @Nullable Long number(@Nullable Object result) {
        if (result instanceof Integer || result instanceof Long) {
            return ((Number) result).longValue();
        }
        if (result instanceof String text && text.strip().matches("[-+]?[0-9]{1,18}")) {
            return Long.parseLong(text.strip());
        }
        return null;
    }

    private static String describe(@Nullable Object result) {
        if (result == null) {
            return "nil";
        }
        if (result instanceof String text) {
            return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        if (result instanceof Boolean || result instanceof Number) {
            return result.getClass().getSimpleName() + " " + result;
        }
        return "a " + result.getClass().getSimpleName();
    }
}
