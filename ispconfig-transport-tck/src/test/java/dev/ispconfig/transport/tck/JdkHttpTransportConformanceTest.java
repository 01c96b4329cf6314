package dev.ispconfig.transport.tck;

import dev.ispconfig.client.transport.JdkHttpTransport;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.TransportSettings;

/** The core's default transport against the whole suite. */
class JdkHttpTransportConformanceTest extends TransportConformanceTest {

    @Override
    protected Transport transport(TransportSettings settings) {
        return new JdkHttpTransport(settings);
    }

    /** The JDK drops Basic credentials from CONNECT unless {@code jdk.http.auth.tunneling.disabledSchemes} is emptied. */
    @Override
    protected boolean sendsBasicProxyCredentialsOnConnect() {
        return false;
    }
}
