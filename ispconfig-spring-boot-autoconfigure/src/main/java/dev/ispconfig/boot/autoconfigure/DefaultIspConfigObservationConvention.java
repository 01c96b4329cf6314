package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.api.ApiInventory;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.TransportException;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The default observation of an ISPConfig call, {@value #NAME}, with low-cardinality keys only:
 *
 * <ul>
 *   <li>{@code method}: the ISPConfig method, or {@code UNKNOWN} for a raw call to a name the SDK's inventory does not
 *       hold (so a caller cannot grow the tag set without bound);</li>
 *   <li>{@code module}: the SDK module ({@code sites}, {@code dns}, …);</li>
 *   <li>{@code outcome}: {@code SUCCESS}, {@code FAULT} (the panel answered a SOAP fault), {@code TRANSPORT_ERROR}
 *       (no usable answer) or {@code ERROR} (anything else);</li>
 *   <li>{@code fault.code}: the panel's fault code ({@code permission_denied}, …) when it is one ISPConfig throws,
 *       {@code other} for any other (a PHP error, or whatever a panel or proxy makes up: the tag set stays bounded),
 *       or {@code none};</li>
 *   <li>{@code exception}: the exception's simple class name or {@code none}.</li>
 * </ul>
 *
 * Nothing carries ids, user names, URLs or session ids. The contextual name (the span name) is
 * {@code ispconfig <method>}.
 */
public class DefaultIspConfigObservationConvention implements IspConfigObservationConvention {

    /** The observation's name; Boot's metrics make a timer of it. */
    public static final String NAME = "ispconfig.client.requests";

    static final String NONE = "none";
    static final String UNKNOWN = "UNKNOWN";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(IspConfigRequestContext context) {
        return "ispconfig " + method(context);
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(IspConfigRequestContext context) {
        Throwable error = context.getError();
        KeyValues values = KeyValues.of(
                KeyValue.of("method", method(context)),
                KeyValue.of("module", ApiInventory.method(context.getCall().method()).isPresent()
                        ? context.getCall().module() : UNKNOWN),
                KeyValue.of("outcome", outcome(error)),
                KeyValue.of("fault.code", faultCode(error)),
                KeyValue.of("exception", error == null ? NONE : error.getClass().getSimpleName()));
        // With several panels, the configured name (a small fixed set); with one, no tag, as before.
        return context.getPanel() == null ? values : values.and(KeyValue.of("panel", context.getPanel()));
    }

    private static String method(IspConfigRequestContext context) {
        String method = context.getCall().method();
        return ApiInventory.method(method).isPresent() ? method : UNKNOWN;
    }

    private static String outcome(@Nullable Throwable error) {
        if (error == null) {
            return "SUCCESS";
        }
        if (error instanceof IspConfigFaultException) {
            return "FAULT";
        }
        return error instanceof TransportException ? "TRANSPORT_ERROR" : "ERROR";
    }

    private static String faultCode(@Nullable Throwable error) {
        if (error instanceof IspConfigFaultException fault) {
            return fault.isKnownFaultCode() ? fault.faultCode() : "other";
        }
        return NONE;
    }
}
