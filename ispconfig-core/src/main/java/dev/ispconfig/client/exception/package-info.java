/**
 * What a call can throw: one unchecked root, {@link dev.ispconfig.client.exception.IspConfigException}, and a type per
 * thing a caller handles differently. Faults the panel raised are
 * {@link dev.ispconfig.client.exception.IspConfigFaultException}s (with subtypes for the known fault codes); failures on
 * the way there and back are {@link dev.ispconfig.client.exception.TransportException}s, whose
 * {@code outcomeUnknown()} says whether the panel may have run the call.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.client.exception;

import org.jspecify.annotations.NullMarked;
