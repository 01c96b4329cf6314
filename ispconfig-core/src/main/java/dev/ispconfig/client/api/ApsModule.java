package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The aps API: generated methods plus hand-audited helpers where present. */
public class ApsModule extends GeneratedApsModule {

    public ApsModule(IspConfigClient client) {
        super(client);
    }
}
