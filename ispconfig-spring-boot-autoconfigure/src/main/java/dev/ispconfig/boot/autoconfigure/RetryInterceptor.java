package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.Call;
import dev.ispconfig.client.CallInterceptor;
import dev.ispconfig.client.exception.SessionException;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.core.retry.support.CompositeRetryListener;

/**
 * Repeats failed calls by the policies of {@link RetryDecision}, on Spring Framework's core retry: one template for
 * reads and one for writes, sharing the delays. The caller sees the last failure itself, never a wrapper.
 *
 * <p>Session expiry is retried once per call at most: the core has already logged in again once, and every call on
 * a dead session counts toward the panel's per-IP lockout, so a session that keeps dying is reported, not chased.
 */
final class RetryInterceptor implements CallInterceptor {

    /** Set while a caller (the health probe) wants one attempt only. */
    private static final ThreadLocal<Boolean> SINGLE_ATTEMPT = new ThreadLocal<>();

    private final RetryTemplate reads;
    private final RetryTemplate writes;

    RetryInterceptor(IspConfigProperties.Retry retry, List<? extends RetryListener> listeners) {
        CompositeRetryListener listener = new CompositeRetryListener();
        listeners.forEach(listener::addListener);
        this.reads = template(retry, RetryDecision::retryRead, listener);
        boolean includeWrites = retry.isIncludeWrites();
        this.writes = template(retry, failure -> RetryDecision.retryWrite(failure, includeWrites), listener);
    }

    /**
     * Runs {@code action} with every call in it tried once, whatever the policy: for the health probe, which must
     * answer fast and is asked again soon anyway.
     */
    static <T> T withoutRetry(Supplier<T> action) {
        Boolean outer = SINGLE_ATTEMPT.get();
        SINGLE_ATTEMPT.set(Boolean.TRUE);
        try {
            return action.get();
        } finally {
            if (outer == null) {
                SINGLE_ATTEMPT.remove();
            }
        }
    }

    private static RetryTemplate template(IspConfigProperties.Retry retry,
            Predicate<Throwable> predicate, RetryListener listener) {
        RetryPolicy policy = RetryPolicy.builder()
                .maxRetries(Math.max(0, retry.getMaxAttempts() - 1))
                .delay(retry.getInitialDelay())
                .multiplier(retry.getMultiplier())
                .maxDelay(retry.getMaxDelay())
                .timeout(retry.getTimeout())
                .predicate(failure -> !(failure instanceof GiveUp) && predicate.test(failure))
                .build();
        RetryTemplate template = new RetryTemplate(policy);
        template.setRetryListener(listener);
        return template;
    }

    @Override
    public @Nullable Object intercept(Call call, Chain chain) {
        if (SINGLE_ATTEMPT.get() != null) {
            return chain.proceed(call);
        }
        RetryTemplate template = RetryDecision.isRead(call.method()) ? reads : writes;
        try {
            return template.execute(new Attempt(call, chain));
        } catch (RetryException e) {
            throw rethrowable(e.getLastException() != null ? e.getLastException() : e.getCause());
        }
    }

    private static RuntimeException rethrowable(Throwable failure) {
        if (failure instanceof GiveUp giveUp) {
            return giveUp.failure;
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure); // chains throw unchecked exceptions only
    }

    /** One call as a {@link Retryable} named after its ISPConfig method, for the listeners. */
    private static final class Attempt implements Retryable<@Nullable Object> {

        private final Call call;
        private final Chain chain;
        private int sessionExpiries;

        Attempt(Call call, Chain chain) {
            this.call = call;
            this.chain = chain;
        }

        // Spring declares Retryable<R extends @Nullable Object>; NullAway reads generics only in its JSpecify mode,
        // which needs JDK 22+ to compile with.
        @SuppressWarnings("NullAway")
        @Override
        public @Nullable Object execute() {
            try {
                return chain.proceed(call);
            } catch (SessionException e) {
                if (++sessionExpiries > 1) {
                    throw new GiveUp(e); // the second dead session in one call: stop before the lockout
                }
                throw e;
            }
        }

        @Override
        public String getName() {
            return call.method();
        }
    }

    /** Carries a failure past the retry policy, which never retries it; the caller gets the failure itself. */
    private static final class GiveUp extends RuntimeException {

        private static final long serialVersionUID = 1L;
        final transient RuntimeException failure;

        GiveUp(RuntimeException failure) {
            super(null, failure, false, false);
            this.failure = failure;
        }
    }
}
