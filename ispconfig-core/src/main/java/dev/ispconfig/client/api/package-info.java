/**
 * The API modules, one per area of the panel's remote API: the generated {@code Generated*Module} classes, one
 * method per remote method, and the hand-audited helpers on top of them.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.client.api;

import org.jspecify.annotations.NullMarked;
