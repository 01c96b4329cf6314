package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.Call;
import io.micrometer.observation.Observation;

/**
 * What an {@link IspConfigObservationConvention} sees of one call: the ISPConfig method and its arguments (which may
 * hold ids, names and passwords: never turn them into key values), and {@link #getError()} when it failed.
 */
public final class IspConfigRequestContext extends Observation.Context {

    private final Call call;

    public IspConfigRequestContext(Call call) {
        this.call = call;
    }

    public Call getCall() {
        return call;
    }
}
