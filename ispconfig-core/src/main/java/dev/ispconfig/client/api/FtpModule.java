package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The ftp API: generated methods plus hand-audited helpers where present. */
public class FtpModule extends GeneratedFtpModule {

    public FtpModule(IspConfigClient client) {
        super(client);
    }
}
