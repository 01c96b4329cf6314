package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.CallInterceptor;
import dev.ispconfig.client.IspConfigClient;
import org.springframework.core.Ordered;

/**
 * Adds one of the starter's interceptors at a fixed position: the interceptor added first runs outermost, so the
 * orders below make observation wrap retry. The limit on requests in flight is the core client's own, below both.
 */
record InterceptorCustomizer(int order, CallInterceptor interceptor) implements IspConfigClientBuilderCustomizer,
        Ordered {

    static final int OBSERVATION = Ordered.HIGHEST_PRECEDENCE + 100;
    static final int RETRY = Ordered.HIGHEST_PRECEDENCE + 200;

    @Override
    public void customize(IspConfigClient.Builder builder) {
        builder.addInterceptor(interceptor);
    }

    @Override
    public int getOrder() {
        return order;
    }
}
