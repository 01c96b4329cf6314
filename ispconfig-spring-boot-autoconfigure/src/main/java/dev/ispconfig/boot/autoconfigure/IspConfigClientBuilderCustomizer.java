package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.IspConfigClient;

/**
 * Adjusts the {@link IspConfigClient.Builder} before the auto-configured client is built. Customizers run in
 * {@link org.springframework.core.Ordered} order after the properties were applied. The starter adds its own
 * interceptors the same way, at orders {@code HIGHEST_PRECEDENCE + 100} (observation), {@code + 200} (retry) and
 * {@code + 300} (concurrency limit): a customizer with the default order adds its interceptors inside them, one with a
 * lower order outside.
 */
@FunctionalInterface
public interface IspConfigClientBuilderCustomizer {

    void customize(IspConfigClient.Builder builder);
}
