package dev.ispconfig.client.transport.apache;

import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.TransportSettings;
import dev.ispconfig.transport.tck.TransportConformanceTest;

/** The Apache HttpClient 5 transport against the whole suite. */
class ApacheHttpTransportConformanceTest extends TransportConformanceTest {

    @Override
    protected Transport transport(TransportSettings settings) {
        return new ApacheHttpTransport(settings);
    }
}
