package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The monitor API: generated methods plus hand-audited helpers where present. */
public class MonitorModule extends GeneratedMonitorModule {

    public MonitorModule(IspConfigClient client) {
        super(client);
    }
}
