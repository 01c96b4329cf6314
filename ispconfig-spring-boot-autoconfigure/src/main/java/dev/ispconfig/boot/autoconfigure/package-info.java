/**
 * Spring Boot auto-configuration of the ISPConfig client: {@code ispconfig.*} properties, a bean per API module,
 * health, observations and retries, one panel or several.
 *
 * <p>Nothing here is null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.ispconfig.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
