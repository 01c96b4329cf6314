package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.IspConfigClient;

/**
 * Adjusts the {@link IspConfigClient.Builder} before the auto-configured client is built. Customizers run in
 * {@link org.springframework.core.Ordered} order after the properties were applied, and after the starter's own
 * interceptors (observation, retry, concurrency limit) were added, so an interceptor a customizer adds runs inside
 * them.
 */
@FunctionalInterface
public interface IspConfigClientBuilderCustomizer {

    void customize(IspConfigClient.Builder builder);
}
