package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The admin API: generated methods plus hand-audited helpers where present. */
public class AdminModule extends GeneratedAdminModule {

    public AdminModule(IspConfigClient client) {
        super(client);
    }
}
