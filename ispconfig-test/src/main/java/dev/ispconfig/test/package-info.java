/**
 * The panel simulator: {@link dev.ispconfig.test.IspConfigSimulator}, an ISPConfig 3.2.12 on loopback for tests,
 * with seed data, fault injection, a request log, the JUnit 5 extension and a settable clock.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.test;

import org.jspecify.annotations.NullMarked;
