package dev.ispconfig.test;

import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapResponse;
import dev.ispconfig.client.soap.SoapWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Calls the simulator with raw SOAP, to see exactly what the panel answers (no client logic in between). */
final class Raw {

    private final IspConfigSimulator sim;

    Raw(IspConfigSimulator sim) {
        this.sim = sim;
    }

    SoapResponse call(String method, Object... args) {
        String body = new String(SoapWriter.request("urn:test", method, Arrays.asList(args)), StandardCharsets.UTF_8);
        try {
            return SoapReader.readResponse(new ByteArrayInputStream(
                    Wire.post(sim.url(), body).body().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String login() {
        return (String) call("login", sim.username(), sim.password()).value();
    }
}
