/**
 * The conformance kit of the transport SPI: {@link dev.ispconfig.transport.tck.TransportConformanceTest} and the
 * loopback servers, proxy and certificates it runs against.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.transport.tck;

import org.jspecify.annotations.NullMarked;
