package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The misc API: generated methods plus hand-audited helpers where present. */
public class MiscModule extends GeneratedMiscModule {

    public MiscModule(IspConfigClient client) {
        super(client);
    }
}
