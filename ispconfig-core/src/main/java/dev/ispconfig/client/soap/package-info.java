/**
 * The SOAP 1.1 RPC/encoded codec as ISPConfig's PHP {@code SoapServer} speaks it: a streaming reader and a writer.
 * Public for the simulator and the benchmarks; applications use {@link dev.ispconfig.client.IspConfigClient}.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.client.soap;

import org.jspecify.annotations.NullMarked;
