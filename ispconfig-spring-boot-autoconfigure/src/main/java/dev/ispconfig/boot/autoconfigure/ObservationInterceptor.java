package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.Call;
import dev.ispconfig.client.CallInterceptor;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Observes every call as one observation, retries included: the outermost interceptor, so its time is what the caller
 * waited.
 */
final class ObservationInterceptor implements CallInterceptor {

    private static final DefaultIspConfigObservationConvention DEFAULT = new DefaultIspConfigObservationConvention();

    private final ObservationRegistry registry;
    private final @Nullable IspConfigObservationConvention convention;
    private final @Nullable String panel;

    ObservationInterceptor(ObservationRegistry registry, @Nullable IspConfigObservationConvention convention) {
        this(registry, convention, null);
    }

    /** For one of several panels: its observations carry the panel's configured name. */
    ObservationInterceptor(ObservationRegistry registry, @Nullable IspConfigObservationConvention convention,
            @Nullable String panel) {
        this.registry = registry;
        this.convention = convention;
        this.panel = panel;
    }

    @Override
    public Object intercept(Call call, Chain chain) {
        return Observation.createNotStarted(convention, DEFAULT, () -> new IspConfigRequestContext(call, panel), registry)
                .observe(() -> chain.proceed(call));
    }
}
