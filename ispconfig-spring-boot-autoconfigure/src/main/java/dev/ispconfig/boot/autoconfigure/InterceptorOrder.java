package dev.ispconfig.boot.autoconfigure;

import org.springframework.core.Ordered;

/**
 * Where the starter's interceptors sit: the one added first runs outermost, so these orders make observation wrap
 * retry (one observation per call, however many attempts). The limit on requests in flight is the core client's own,
 * below both.
 */
final class InterceptorOrder {

    static final int OBSERVATION = Ordered.HIGHEST_PRECEDENCE + 100;
    static final int RETRY = Ordered.HIGHEST_PRECEDENCE + 200;

    private InterceptorOrder() {
    }
}
