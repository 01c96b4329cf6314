package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.IspConfigClient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The clients of several panels ({@code ispconfig.panels.<name>.*}), by their configured names. Reach a panel's
 * modules through its client, {@code panels.get("eu").sites()}, or inject the client itself with
 * {@code @Qualifier("eu") IspConfigClient}. Closing logs every panel out.
 */
public final class IspConfigPanels implements AutoCloseable {

    private final Map<String, IspConfigClient> clients;

    IspConfigPanels(Map<String, IspConfigClient> clients) {
        this.clients = Collections.unmodifiableMap(new LinkedHashMap<>(clients));
    }

    /** The configured names, in configuration order. */
    public Set<String> names() {
        return clients.keySet();
    }

    /**
     * The client of the panel configured as {@code name}.
     *
     * @throws NoSuchElementException naming the configured panels when there is none of that name
     */
    public IspConfigClient get(String name) {
        IspConfigClient client = clients.get(name);
        if (client == null) {
            throw new NoSuchElementException("no ISPConfig panel '" + name + "' is configured; the panels are "
                    + clients.keySet() + " (ispconfig.panels.<name>.*)");
        }
        return client;
    }

    /** Every panel's client by name, in configuration order. */
    public Map<String, IspConfigClient> clients() {
        return clients;
    }

    @Override
    public void close() {
        clients.values().forEach(IspConfigClient::close);
    }

    @Override
    public String toString() {
        return "IspConfigPanels" + clients.keySet();
    }
}
