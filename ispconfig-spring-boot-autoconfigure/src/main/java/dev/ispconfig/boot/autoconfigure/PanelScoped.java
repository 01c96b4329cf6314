package dev.ispconfig.boot.autoconfigure;

/**
 * A customizer or listener of the starter that, with several panels, gives each panel its own instance: the
 * observation, whose meters then carry a {@code panel} tag, and the session metrics.
 */
interface PanelScoped<T> {

    /** The instance for the panel configured as {@code panel}. */
    T forPanel(String panel);
}
