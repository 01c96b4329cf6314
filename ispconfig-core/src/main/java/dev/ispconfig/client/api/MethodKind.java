package dev.ispconfig.client.api;

/**
 * What a remote method does, from its name's verb as the inventory records it. Only {@link #GET} is safe to repeat:
 * a repeated add may create a second record, and a write whose answer was lost may already have run.
 */
public enum MethodKind {
    /** Reads: {@code *_get}, {@code *_get_*}, {@code *_list} and the like. */
    GET,
    /** Creates a record and answers its id. */
    ADD,
    /** Changes a record ({@code *_update}, {@code *_set_*}, {@code client_change_password}). */
    UPDATE,
    /** Deletes a record. */
    DELETE,
    /** Anything else: {@code login}, {@code logout}, backups, openvz start/stop, … */
    OTHER;

    /** True for reads, which may be retried without changing the panel's state. */
    public boolean isIdempotent() {
        return this == GET;
    }
}
