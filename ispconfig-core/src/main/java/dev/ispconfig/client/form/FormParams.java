package dev.ispconfig.client.form;

import dev.ispconfig.client.exception.FormValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The base of the typed params: the values of one add or update in the panel's spelling, validated by the form's
 * validators when built. Params for an add start from the defaults the panel's UI would fill in (the remote API
 * applies none); params for an update hold only what was set, since the panel merges them into the stored record.
 */
public abstract class FormParams {

    private final FormSchema schema;
    private final boolean forAdd;
    private final Map<String, Object> values;
    private final Set<String> set;

    protected FormParams(Builder<?, ?> builder) {
        this.schema = builder.schema;
        this.forAdd = builder.forAdd;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(builder.values));
        this.set = Collections.unmodifiableSet(new LinkedHashSet<>(builder.set));
    }

    /**
     * The columns set by hand (a setter or {@link Builder#with}), in order; the others of an add are the UI's
     * defaults. What desired state compares with a stored record: a default is no wish.
     */
    public final Set<String> setColumns() {
        return set;
    }

    /** The values as the remote API takes them: the {@code params} argument of the add or update. */
    public final Map<String, Object> toMap() {
        return values;
    }

    /** Whether these params were built for an add (defaults applied, every field validated). */
    public final boolean isForAdd() {
        return forAdd;
    }

    public final FormSchema schema() {
        return schema;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof FormParams params && getClass() == params.getClass() && forAdd == params.forAdd
                && values.equals(params.values);
    }

    @Override
    public final int hashCode() {
        return values.hashCode() * 31 + Boolean.hashCode(forAdd);
    }

    /** The values with passwords masked. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(getClass().getSimpleName()).append(forAdd ? "(add)" : "(update)")
                .append('{');
        values.forEach((column, value) -> {
            if (text.charAt(text.length() - 1) != '{') {
                text.append(", ");
            }
            text.append(column).append('=').append(schema.isSecret(column) && value != null ? "****" : value);
        });
        return text.append('}').toString();
    }

    /**
     * Collects the values of one add or update. The typed setters write the panel's spelling ({@code y}/{@code Y},
     * {@code 2026-12-05}, {@code a,b}); {@link #with} sets any column as it is, also one no form describes.
     *
     * @param <B> the concrete builder
     * @param <P> the params it builds
     */
    public abstract static class Builder<B extends Builder<B, P>, P extends FormParams> {

        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        private final FormSchema schema;
        private final boolean forAdd;
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Set<String> set = new LinkedHashSet<>();

        protected Builder(FormSchema schema, boolean forAdd, Clock clock) {
            this.schema = Objects.requireNonNull(schema, "schema");
            this.forAdd = forAdd;
            if (forAdd) {
                values.putAll(schema.defaults(LocalDate.now(clock)));
            }
        }

        /** The form these params are for. */
        public final FormSchema schema() {
            return schema;
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /** Sets {@code column} to {@code value} as it is, typed or not; the escape hatch for what the forms omit. */
        public final B with(String column, Object value) {
            values.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(value, column));
            set.add(column);
            return self();
        }

        /** Sends nothing for {@code column}, not even its default. */
        public final B without(String column) {
            values.remove(column);
            set.remove(column);
            return self();
        }

        protected final B text(String column, String value) {
            return with(column, value);
        }

        /** An integer, sent as {@code xsd:int} as PHP's SoapClient sends one. */
        protected final B number(String column, long value) {
            if (value == (int) value) {
                return with(column, Integer.valueOf((int) value));
            }
            return with(column, Long.valueOf(value));
        }

        protected final B number(String column, double value) {
            return with(column, value);
        }

        protected final B flag(String column, boolean on) {
            FormField field = field(column);
            String value = on ? field.onValue() : field.offValue();
            if (value == null) {
                throw new IllegalStateException(schema.name() + "." + column + " is not a flag");
            }
            return with(column, value);
        }

        protected final B choice(String column, FormOption option) {
            Objects.requireNonNull(option, column);
            String value = option.wireValue();
            if (value == null) {
                throw new IllegalArgumentException(column + ": " + option
                        + " stands for a value this SDK does not know; set it with with(\"" + column + "\", value)");
            }
            return with(column, value);
        }

        protected final B list(String column, Collection<String> items) {
            String separator = field(column).separator();
            return with(column, String.join(separator != null ? separator : ",", List.copyOf(items)));
        }

        private FormField field(String column) {
            FormField field = schema.field(column);
            if (field == null) {
                throw new IllegalStateException(schema.name() + " has no field " + column);
            }
            return field;
        }

        protected final B date(String column, LocalDate value) {
            return with(column, value.toString());
        }

        protected final B dateTime(String column, LocalDateTime value) {
            return with(column, value.withNano(0).format(DATE_TIME));
        }

        /**
         * The params, after the form's validators: those the panel applies without its database, with the error keys
         * the panel would answer.
         *
         * @throws FormValidationException naming each refused field; nothing is sent
         */
        public final P build() {
            List<Violation> violations = schema.validate(values, forAdd);
            if (!violations.isEmpty()) {
                throw new FormValidationException(schema.name(), violations);
            }
            return create();
        }

        /** The params of this builder's values; called by {@link #build()} once they validated. */
        protected abstract P create();
    }
}
