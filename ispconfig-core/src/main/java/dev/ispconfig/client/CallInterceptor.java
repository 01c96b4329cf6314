package dev.ispconfig.client;

import dev.ispconfig.client.exception.SessionException;
import org.jspecify.annotations.Nullable;

/**
 * Wraps every remote call, in the order they were added to the builder: the first added is the outermost. Observation,
 * retry and concurrency limits plug in here. An interceptor may call {@link Chain#proceed} once, several times (retry)
 * or not at all (a cache, a circuit breaker). It runs outside the session handling: a call an interceptor sees fail
 * with {@link SessionException} has already had its one re-login.
 */
@FunctionalInterface
public interface CallInterceptor {

    @Nullable Object intercept(Call call, Chain chain);

    /** The rest of the chain. */
    interface Chain {

        @Nullable Object proceed(Call call);
    }
}
