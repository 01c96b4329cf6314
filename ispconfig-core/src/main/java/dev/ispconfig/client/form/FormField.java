package dev.ispconfig.client.form;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of a panel form as the typed models use it: how it is typed, the default the panel's UI fills in, its
 * maximum length, its save filters and validators. Immutable; the generated models declare theirs as constants.
 */
public final class FormField {

    private final String name;
    private final FieldKind kind;
    private final @Nullable String defaultValue;
    private final boolean defaultToday;
    private final int maxLength;
    private final @Nullable String offValue;
    private final @Nullable String onValue;
    private final @Nullable String separator;
    private final List<String> options;
    private final List<String> filters;
    private final List<Validator> validators;
    private final @Nullable String filledOnAdd;

    private FormField(String name, FieldKind kind, @Nullable String defaultValue, boolean defaultToday,
            int maxLength, @Nullable String offValue, @Nullable String onValue, @Nullable String separator,
            List<String> options, List<String> filters, List<Validator> validators) {
        this(name, kind, defaultValue, defaultToday, maxLength, offValue, onValue, separator, options, filters,
                validators, null);
    }

    private FormField(String name, FieldKind kind, @Nullable String defaultValue, boolean defaultToday,
            int maxLength, @Nullable String offValue, @Nullable String onValue, @Nullable String separator,
            List<String> options, List<String> filters, List<Validator> validators, @Nullable String filledOnAdd) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.defaultValue = defaultValue;
        this.defaultToday = defaultToday;
        this.maxLength = maxLength;
        this.offValue = offValue;
        this.onValue = onValue;
        this.separator = separator;
        this.options = List.copyOf(options);
        this.filters = List.copyOf(filters);
        this.validators = List.copyOf(validators);
        this.filledOnAdd = filledOnAdd;
    }

    private static FormField of(String name, FieldKind kind) {
        return new FormField(name, kind, null, false, 0, null, null, null, List.of(), List.of(), List.of());
    }

    public static FormField text(String name) {
        return of(name, FieldKind.TEXT);
    }

    public static FormField password(String name) {
        return of(name, FieldKind.PASSWORD);
    }

    public static FormField integer(String name) {
        return of(name, FieldKind.INTEGER);
    }

    public static FormField longInteger(String name) {
        return of(name, FieldKind.LONG);
    }

    public static FormField decimal(String name) {
        return of(name, FieldKind.DECIMAL);
    }

    public static FormField date(String name) {
        return of(name, FieldKind.DATE);
    }

    public static FormField dateTime(String name) {
        return of(name, FieldKind.DATETIME);
    }

    /** A checkbox: {@code off} and {@code on} are the two values the panel stores, for example {@code n} and {@code y}. */
    public static FormField flag(String name, String off, String on) {
        return new FormField(name, FieldKind.FLAG, null, false, 0, Objects.requireNonNull(off, "off"),
                Objects.requireNonNull(on, "on"), null, List.of(), List.of(), List.of());
    }

    /** A select with fixed options: the values the panel stores. */
    public static FormField choice(String name, String... options) {
        return new FormField(name, FieldKind.CHOICE, null, false, 0, null, null, null, List.of(options), List.of(),
                List.of());
    }

    /** Several values joined by {@code separator}; {@code options} lists the fixed ones, if any. */
    public static FormField list(String name, String separator, String... options) {
        return new FormField(name, FieldKind.LIST, null, false, 0, null, null, separator, List.of(options), List.of(),
                List.of());
    }

    /** The same field with the default the panel's UI fills in, in the panel's spelling. */
    public FormField defaultValue(String value) {
        return new FormField(name, kind, value, false, maxLength, offValue, onValue, separator, options, filters,
                validators, filledOnAdd);
    }

    /** The same field, defaulting to the date of the day the params are built. */
    public FormField defaultToday() {
        return new FormField(name, kind, null, true, maxLength, offValue, onValue, separator, options, filters,
                validators, filledOnAdd);
    }

    public FormField maxLength(int length) {
        return new FormField(name, kind, defaultValue, defaultToday, length, offValue, onValue, separator, options,
                filters, validators, filledOnAdd);
    }

    /** The save filters the panel applies before it validates, in order ({@code TOLOWER}, {@code IDNTOASCII}, …). */
    public FormField filters(String... saveFilters) {
        return new FormField(name, kind, defaultValue, defaultToday, maxLength, offValue, onValue, separator, options,
                List.of(saveFilters), validators, filledOnAdd);
    }

    public FormField validators(Validator... checks) {
        return new FormField(name, kind, defaultValue, defaultToday, maxLength, offValue, onValue, separator, options,
                filters, List.of(checks), filledOnAdd);
    }

    /**
     * The same field, which the panel's add methods fill with {@code value} when it is left out
     * ({@code sites_web_domain_add} fills {@code document_root} with {@code -}): validated on add as that value.
     */
    public FormField filledOnAdd(String value) {
        return new FormField(name, kind, defaultValue, defaultToday, maxLength, offValue, onValue, separator, options,
                filters, validators, value);
    }

    /** What the add methods fill in when the field is left out, or {@code null}. */
    public @Nullable String filledOnAdd() {
        return filledOnAdd;
    }

    public String name() {
        return name;
    }

    public FieldKind kind() {
        return kind;
    }

    /** The UI's default in the panel's spelling, or {@code null}; the remote API itself applies none. */
    public @Nullable String defaultValue() {
        return defaultValue;
    }

    public boolean defaultsToToday() {
        return defaultToday;
    }

    /** The form's maximum length, or 0 where it states none. */
    public int maxLength() {
        return maxLength;
    }

    /** For a flag, the value stored when it is off; else {@code null}. */
    public @Nullable String offValue() {
        return offValue;
    }

    /** For a flag, the value stored when it is on; else {@code null}. */
    public @Nullable String onValue() {
        return onValue;
    }

    /** For a list, the separator the panel joins it with; else {@code null}. */
    public @Nullable String separator() {
        return separator;
    }

    /** The fixed options of a choice or list, in the form's order; empty where they come from the panel's database. */
    public List<String> options() {
        return options;
    }

    public List<String> filters() {
        return filters;
    }

    /** {@code value} after the field's save filters, as the panel's validators see it. */
    public String saveFiltered(String value) {
        return SaveFilters.apply(filters, value);
    }

    public List<Validator> validators() {
        return validators;
    }

    @Override
    public String toString() {
        return name + " (" + kind + ")";
    }
}
