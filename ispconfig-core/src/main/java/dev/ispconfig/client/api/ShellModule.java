package dev.ispconfig.client.api;

import dev.ispconfig.client.IspConfigClient;

/** The shell API: generated methods plus hand-audited helpers where present. */
public class ShellModule extends GeneratedShellModule {

    public ShellModule(IspConfigClient client) {
        super(client);
    }
}
