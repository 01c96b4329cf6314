package dev.ispconfig.client.transport.apache;

import java.io.IOException;
import java.net.Proxy;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SchemePortResolver;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;

/**
 * HttpClient's pooling connection manager, its sockets made from socket channels: a thread blocked on a channel's
 * socket is released when it is interrupted (the channel closes), where a plain socket would keep it until a timeout.
 */
final class ChannelSocketConnections extends PoolingHttpClientConnectionManagerBuilder {

    @Override
    protected HttpClientConnectionOperator createConnectionOperator(SchemePortResolver ports, DnsResolver dns,
            TlsSocketStrategy tls) {
        return new DefaultHttpClientConnectionOperator(ChannelSocketConnections::socket, ports, dns,
                RegistryBuilder.<TlsSocketStrategy>create().register(URIScheme.HTTPS.id, tls).build());
    }

    private static Socket socket(Proxy socks) throws IOException {
        return socks == null || socks.type() == Proxy.Type.DIRECT ? SocketChannel.open().socket() : new Socket(socks);
    }
}
