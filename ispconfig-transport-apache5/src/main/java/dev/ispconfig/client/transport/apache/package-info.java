/**
 * The transport on Apache HttpClient 5: {@link dev.ispconfig.client.transport.apache.ApacheHttpTransport}, the
 * Spring Boot starter's default.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.client.transport.apache;

import org.jspecify.annotations.NullMarked;
