package dev.ispconfig.boot.autoconfigure;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of each ISPConfig call. Define a bean of this type to replace
 * {@link DefaultIspConfigObservationConvention}; keep low-cardinality keys low (no ids, user names or session ids).
 */
public interface IspConfigObservationConvention extends ObservationConvention<IspConfigRequestContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof IspConfigRequestContext;
    }
}
