package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.Call;
import dev.ispconfig.client.CallInterceptor;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.core.retry.support.CompositeRetryListener;

/**
 * Repeats failed calls by the policies of {@link RetryDecision}, on Spring Framework's core retry: one template for
 * reads and one for writes, sharing the delays. The caller sees the last failure itself, never a wrapper.
 */
final class RetryInterceptor implements CallInterceptor {

    private final RetryTemplate reads;
    private final RetryTemplate writes;

    RetryInterceptor(IspConfigProperties.Retry retry, List<? extends RetryListener> listeners) {
        CompositeRetryListener listener = new CompositeRetryListener();
        listeners.forEach(listener::addListener);
        this.reads = template(retry, RetryDecision::retryRead, listener);
        boolean includeWrites = retry.isIncludeWrites();
        this.writes = template(retry, failure -> RetryDecision.retryWrite(failure, includeWrites), listener);
    }

    private static RetryTemplate template(IspConfigProperties.Retry retry,
            Predicate<Throwable> predicate, RetryListener listener) {
        RetryPolicy policy = RetryPolicy.builder()
                .maxRetries(Math.max(0, retry.getMaxAttempts() - 1))
                .delay(retry.getInitialDelay())
                .multiplier(retry.getMultiplier())
                .maxDelay(retry.getMaxDelay())
                .predicate(predicate)
                .build();
        RetryTemplate template = new RetryTemplate(policy);
        template.setRetryListener(listener);
        return template;
    }

    @Override
    public Object intercept(Call call, Chain chain) {
        RetryTemplate template = RetryDecision.isRead(call.method()) ? reads : writes;
        try {
            return template.execute(new Attempt(call, chain));
        } catch (RetryException e) {
            throw rethrowable(e.getLastException() != null ? e.getLastException() : e.getCause());
        }
    }

    private static RuntimeException rethrowable(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure); // chains throw unchecked exceptions only
    }

    /** One call as a {@link Retryable} named after its ISPConfig method, for the listeners. */
    private record Attempt(Call call, Chain chain) implements Retryable<Object> {

        @Override
        public Object execute() {
            return chain.proceed(call);
        }

        @Override
        public String getName() {
            return call.method();
        }
    }
}
