package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The openvz API: generated methods plus hand-audited helpers where present. */
public class OpenvzModule extends GeneratedOpenvzModule {

    public OpenvzModule(IspConfigClient client) {
        super(client);
    }
}
