/**
 * The client: {@link dev.ispconfig.client.IspConfigClient}, its builder, the modules it opens, the raw-call escape
 * hatch and the hooks around a call (interceptors, session listeners).
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.client;

import org.jspecify.annotations.NullMarked;
