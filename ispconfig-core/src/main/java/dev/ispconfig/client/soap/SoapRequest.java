package dev.ispconfig.client.soap;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decoded SOAP request: the method (the local name of the Body's child) and its positional arguments.
 * Used by the simulator and by tests that play the panel.
 */
public record SoapRequest(String method, List<@Nullable Object> arguments) {

    @Override
    public String toString() {
        // Arguments carry session ids and passwords: never print them.
        return "SoapRequest[method=" + method + ", arguments=" + arguments.size() + "]";
    }
}
