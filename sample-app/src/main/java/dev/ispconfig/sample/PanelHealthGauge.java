package dev.ispconfig.sample;

import dev.ispconfig.boot.autoconfigure.IspConfigHealthIndicator;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code ispconfig} health component as a gauge, {@code ispconfig.panel.up} (1 when UP, else 0), so that
 * Prometheus and the Grafana dashboard can chart it. The indicator caches its result, so scrapes cost the panel
 * nothing extra.
 */
@Component
class PanelHealthGauge implements MeterBinder {

    private final ObjectProvider<IspConfigHealthIndicator> indicator;

    PanelHealthGauge(ObjectProvider<IspConfigHealthIndicator> indicator) {
        this.indicator = indicator;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        IspConfigHealthIndicator health = indicator.getIfAvailable();
        if (health == null) {
            return; // management.health.ispconfig.enabled=false
        }
        Gauge.builder("ispconfig.panel.up", health, indicator -> Status.UP.equals(indicator.health().getStatus())
                ? 1 : 0).description("1 when the ISPConfig health component is UP").register(registry);
    }
}
