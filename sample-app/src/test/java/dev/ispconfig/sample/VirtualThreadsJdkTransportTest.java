package dev.ispconfig.sample;

import dev.ispconfig.client.transport.JdkHttpTransport;
import dev.ispconfig.client.transport.Transport;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link VirtualThreadsTest} on the core's own transport ({@code java.net.http}): the client's default outside the
 * starter, and the starter's without {@code ispconfig-transport-apache5}.
 */
@TestPropertySource(properties = "vthreads.transport=jdk")
class VirtualThreadsJdkTransportTest extends VirtualThreadsTest {

    @Override
    Class<? extends Transport> expectedTransport() {
        return JdkHttpTransport.class;
    }
}
