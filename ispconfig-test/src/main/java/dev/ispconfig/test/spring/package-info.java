/**
 * The simulator in Spring Boot tests: {@link dev.ispconfig.test.spring.AutoConfigureIspConfigSimulator}.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.test.spring;

import org.jspecify.annotations.NullMarked;
