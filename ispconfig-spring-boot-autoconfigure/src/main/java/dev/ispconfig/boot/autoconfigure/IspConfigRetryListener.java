package dev.ispconfig.boot.autoconfigure;

import org.springframework.core.retry.RetryListener;

/**
 * Hears the starter's retries of ISPConfig calls; {@link org.springframework.core.retry.Retryable#getName()} is the
 * ISPConfig method. Beans of this type are registered with the retry interceptor (the session metrics are one).
 */
public interface IspConfigRetryListener extends RetryListener {
}
