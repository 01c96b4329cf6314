package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.Call;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link IspConfigObservationConvention} sees of one call: the ISPConfig method and its arguments (which may
 * hold ids, names and passwords: never turn them into key values), and {@link #getError()} when it failed.
 */
public final class IspConfigRequestContext extends Observation.Context {

    private final Call call;
    private final @Nullable String panel;

    public IspConfigRequestContext(Call call) {
        this(call, null);
    }

    /** @param panel the configured name of the panel the call goes to ({@code ispconfig.panels.<name>}), or null */
    public IspConfigRequestContext(Call call, @Nullable String panel) {
        this.call = call;
        this.panel = panel;
    }

    public Call getCall() {
        return call;
    }

    /** The configured name of the panel ({@code ispconfig.panels.<name>}); null with a single panel. */
    public @Nullable String getPanel() {
        return panel;
    }
}
