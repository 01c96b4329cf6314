/**
 * The transport SPI: the HTTP client under the SDK. {@link dev.ispconfig.client.transport.Transport} is the extension
 * point and its contract; {@link dev.ispconfig.client.transport.JdkHttpTransport} is the core's default, and
 * {@code ApacheHttpTransport} (module {@code ispconfig-transport-apache5}) the Spring Boot starter's.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.client.transport;

import org.jspecify.annotations.NullMarked;
