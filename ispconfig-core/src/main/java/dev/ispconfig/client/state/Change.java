package dev.ispconfig.client.state;

import java.util.List;

/**
 * What ensuring one record did, or in a dry run would do: create it, update the fields that differ, or nothing.
 *
 * @param resource what kind of record, for example {@code web domain} or {@code DNS A record}
 * @param key its natural key as text, for example {@code example.com} or {@code example.com. www A 192.0.2.10}
 * @param action create, update, none, or delete (a prune)
 * @param id the record's id; 0 for a record a dry run would create
 * @param fields the fields created or changed, secrets masked; empty when nothing changes
 * @param applied whether the change was written (false in a dry run, and for no change)
 */
public record Change(String resource, String key, Action action, int id, List<FieldChange> fields,
        boolean applied) {

    /** What ensuring a record does; {@code DELETE} only where a prune was asked for. */
    public enum Action { CREATE, UPDATE, NONE, DELETE }

    public Change {
        fields = List.copyOf(fields);
    }

    /** Whether the record differs (or is missing) from what was asked. */
    public boolean changes() {
        return action != Action.NONE;
    }

    /** Like {@code terraform plan}: {@code + web domain example.com}, {@code ~ … php: fast-cgi -> php-fpm}. */
    @Override
    public String toString() {
        String sign = switch (action) {
            case CREATE -> "+";
            case UPDATE -> "~";
            case NONE -> "=";
            case DELETE -> "-";
        };
        StringBuilder text = new StringBuilder(sign).append(' ').append(resource).append(' ').append(key);
        if (id > 0) {
            text.append(" (id ").append(id).append(')');
        }
        if (action == Action.UPDATE) {
            fields.forEach(field -> text.append("\n    ").append(field));
        }
        return text.toString();
    }
}
