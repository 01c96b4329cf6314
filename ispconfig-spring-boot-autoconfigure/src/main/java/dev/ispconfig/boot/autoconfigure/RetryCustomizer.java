package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.IspConfigClient;
import java.util.List;
import org.springframework.core.Ordered;

/**
 * Adds the retry interceptor, inside the observation. With several panels each panel gets its own, whose listeners
 * are the panel's own where they have one: the retry counter of the session metrics then carries the panel's name.
 */
record RetryCustomizer(IspConfigProperties.Retry retry, List<IspConfigRetryListener> listeners)
        implements IspConfigClientBuilderCustomizer, Ordered, PanelScoped<IspConfigClientBuilderCustomizer> {

    RetryCustomizer {
        listeners = List.copyOf(listeners);
    }

    @Override
    public void customize(IspConfigClient.Builder builder) {
        builder.addInterceptor(new RetryInterceptor(retry, listeners));
    }

    @Override
    public int getOrder() {
        return InterceptorOrder.RETRY;
    }

    @Override
    public IspConfigClientBuilderCustomizer forPanel(String panel) {
        return new RetryCustomizer(retry, listeners.stream().map(listener -> forPanel(listener, panel)).toList());
    }

    private static IspConfigRetryListener forPanel(IspConfigRetryListener listener, String panel) {
        if (listener instanceof PanelScoped<?> scoped && scoped.forPanel(panel) instanceof IspConfigRetryListener own) {
            return own;
        }
        return listener;
    }
}
