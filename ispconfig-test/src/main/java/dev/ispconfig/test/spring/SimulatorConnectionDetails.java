package dev.ispconfig.test.spring;

import dev.ispconfig.boot.autoconfigure.IspConfigConnectionDetails;
import dev.ispconfig.test.IspConfigSimulator;
import java.net.URI;

/** The simulator's endpoint and its default remote user (every permission), as the starter's connection details. */
public final class SimulatorConnectionDetails implements IspConfigConnectionDetails {

    private final IspConfigSimulator simulator;

    public SimulatorConnectionDetails(IspConfigSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public URI getUrl() {
        return simulator.url();
    }

    @Override
    public String getUsername() {
        return simulator.username();
    }

    @Override
    public String getPassword() {
        return simulator.password();
    }

    @Override
    public String toString() {
        return "SimulatorConnectionDetails[" + simulator.url() + "]";
    }
}
