package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The backups API: generated methods plus hand-audited helpers where present. */
public class BackupsModule extends GeneratedBackupsModule {

    public BackupsModule(IspConfigClient client) {
        super(client);
    }
}
