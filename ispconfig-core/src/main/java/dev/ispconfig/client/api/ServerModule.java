package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The server API: generated methods plus hand-audited helpers where present. */
public class ServerModule extends GeneratedServerModule {

    public ServerModule(IspConfigClient client) {
        super(client);
    }
}
