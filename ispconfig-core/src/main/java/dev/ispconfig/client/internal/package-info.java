/**
 * The client's machinery: sessions and their pool, the limit on requests in flight, the SOAP exchange over a transport,
 * fault mapping, redaction. <strong>Not API</strong>: public only so that {@code dev.ispconfig.client} can reach it;
 * anything here may change in any release. Use {@link dev.ispconfig.client.IspConfigClient} instead.
 */
@NullMarked
package dev.ispconfig.client.internal;

import org.jspecify.annotations.NullMarked;
