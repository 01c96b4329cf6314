/**
 * The {@code ispconfig} command line.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.cli;

import org.jspecify.annotations.NullMarked;
