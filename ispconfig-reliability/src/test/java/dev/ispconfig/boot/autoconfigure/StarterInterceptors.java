package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.CallInterceptor;
import java.time.Duration;
import java.util.List;

/**
 * The starter's own retry interceptor (package-private there), for the reliability runs on the plain core client: the
 * same class the auto-configuration installs, not a copy.
 */
public final class StarterInterceptors {

    private StarterInterceptors() {
    }

    /** {@code ispconfig.retry.*} with the given attempts, a short fixed delay, and include-writes as given. */
    public static CallInterceptor retry(int maxAttempts, Duration delay, boolean includeWrites) {
        IspConfigProperties.Retry retry = new IspConfigProperties().getRetry();
        retry.setMaxAttempts(maxAttempts);
        retry.setInitialDelay(delay);
        retry.setMaxDelay(delay);
        retry.setMultiplier(1.0);
        retry.setIncludeWrites(includeWrites);
        return new RetryInterceptor(retry, List.of());
    }
}
