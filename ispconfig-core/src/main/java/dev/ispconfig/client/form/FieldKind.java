package dev.ispconfig.client.form;

/** How a typed model reads and writes a form field; the generator picks it from the field's form and data types. */
public enum FieldKind {
    /** Text as it is. */
    TEXT,
    /** A password: sent as given, never shown by {@code toString()}. */
    PASSWORD,
    /** An integer column ({@code int}). */
    INTEGER,
    /** An integer column too wide for an {@code int} ({@code bigint}). */
    LONG,
    /** A decimal number ({@code DOUBLE}, {@code CURRENCY}). */
    DECIMAL,
    /** A checkbox with two values (off, on), whatever their spelling ({@code n}/{@code y}, {@code N}/{@code Y}, 0/1). */
    FLAG,
    /** A select with fixed options: an enum in the models. */
    CHOICE,
    /** Several values joined by a separator (checkbox arrays, multiple selects). */
    LIST,
    /** A date, {@code yyyy-MM-dd} on the wire. */
    DATE,
    /** A date and time, {@code yyyy-MM-dd HH:mm:ss} on the wire. */
    DATETIME
}
