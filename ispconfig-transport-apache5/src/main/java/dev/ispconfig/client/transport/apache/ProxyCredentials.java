package dev.ispconfig.client.transport.apache;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.jspecify.annotations.Nullable;

/**
 * The proxy's credentials, offered to the proxy that the selector picks for a panel's URL and to no one else: a panel
 * (or anyone posing as it) that asks for credentials gets none. Remembers the last URL's answer: a transport serves
 * one panel.
 */
final class ProxyCredentials {

    private static final CredentialsProvider NONE = (scope, context) -> null;

    private final ProxySelector selector;
    private final UsernamePasswordCredentials credentials;
    private volatile @Nullable Scoped last;

    ProxyCredentials(ProxySelector selector, String username, char[] password) {
        this.selector = selector;
        this.credentials = new UsernamePasswordCredentials(username, password);
    }

    /** A provider that answers the proxy of {@code panel}, if it goes through one, with the credentials. */
    CredentialsProvider forPanel(URI panel) {
        Scoped scoped = last;
        if (scoped == null || !scoped.panel.equals(panel)) {
            scoped = new Scoped(panel, provider(selector.select(panel)));
            last = scoped;
        }
        return scoped.provider;
    }

    private CredentialsProvider provider(List<Proxy> choices) {
        for (Proxy proxy : choices) {
            if (proxy.type() == Proxy.Type.DIRECT) {
                return NONE;
            }
            if (proxy.type() == Proxy.Type.HTTP && proxy.address() instanceof InetSocketAddress address) {
                BasicCredentialsProvider provider = new BasicCredentialsProvider();
                provider.setCredentials(new AuthScope(address.getHostString(), address.getPort()), credentials);
                return provider;
            }
        }
        return NONE;
    }

    @Override
    public String toString() {
        return "ProxyCredentials[" + credentials.getUserName() + "]";
    }

    private record Scoped(URI panel, CredentialsProvider provider) {
    }
}
