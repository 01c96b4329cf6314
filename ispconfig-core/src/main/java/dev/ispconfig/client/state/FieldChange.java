package dev.ispconfig.client.state;

import org.jspecify.annotations.Nullable;

/**
 * One field of a change: its stored value ({@code null} for a record to create) and the wanted one, as the panel
 * spells them; a secret (a password) reads {@code ****} on both sides.
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

    @Override
    public String toString() {
        return field + ": " + (before == null ? "(none)" : before) + " -> " + after;
    }
}
