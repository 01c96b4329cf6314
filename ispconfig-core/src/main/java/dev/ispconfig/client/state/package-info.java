/**
 * Desired state: {@link dev.ispconfig.client.state.Ensure} creates a record, updates what differs or leaves it
 * alone, keyed by the record's natural key, with a dry run that answers the same {@link dev.ispconfig.client.state.Change}.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.client.state;

import org.jspecify.annotations.NullMarked;
