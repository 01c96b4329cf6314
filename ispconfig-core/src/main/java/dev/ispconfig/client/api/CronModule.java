package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The cron API: generated methods plus hand-audited helpers where present. */
public class CronModule extends GeneratedCronModule {

    public CronModule(IspConfigClient client) {
        super(client);
    }
}
