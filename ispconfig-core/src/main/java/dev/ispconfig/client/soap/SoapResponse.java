package dev.ispconfig.client.soap;

import org.jspecify.annotations.Nullable;

/**
 * A decoded SOAP response: either the value of {@code <return>} or a {@link SoapFault}.
 *
 * @param value the decoded return value (may be {@code null}: the panel's {@code xsi:nil})
 * @param fault the fault, or {@code null} when the call succeeded
 */
public record SoapResponse(@Nullable Object value, @Nullable SoapFault fault) {

    public static SoapResponse ofValue(@Nullable Object value) {
        return new SoapResponse(value, null);
    }

    public static SoapResponse ofFault(SoapFault fault) {
        return new SoapResponse(null, fault);
    }

    public boolean isFault() {
        return fault != null;
    }

    @Override
    public String toString() {
        // The value may be a record with password hashes: never print it.
        return fault != null ? "SoapResponse[fault=" + fault.code() + "]" : "SoapResponse[value]";
    }
}
