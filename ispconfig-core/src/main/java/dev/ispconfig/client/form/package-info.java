/**
 * The panel's forms as data: fields, the UI's defaults and the validators, applied client-side before a call by the
 * typed models of {@code dev.ispconfig.client.model}.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.client.form;

import org.jspecify.annotations.NullMarked;
