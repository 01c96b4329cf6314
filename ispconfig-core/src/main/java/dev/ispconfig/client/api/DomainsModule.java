package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The domains API: generated methods plus hand-audited helpers where present. */
public class DomainsModule extends GeneratedDomainsModule {

    public DomainsModule(IspConfigClient client) {
        super(client);
    }
}
