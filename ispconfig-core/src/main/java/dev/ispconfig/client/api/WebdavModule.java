package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The webdav API: generated methods plus hand-audited helpers where present. */
public class WebdavModule extends GeneratedWebdavModule {

    public WebdavModule(IspConfigClient client) {
        super(client);
    }
}
