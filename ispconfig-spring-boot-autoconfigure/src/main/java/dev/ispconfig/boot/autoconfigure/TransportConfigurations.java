package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.transport.JdkHttpTransport;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.apache.ApacheHttpTransport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The transport under the client, imported in this order: Apache HttpClient 5 when {@code ispconfig-transport-apache5}
 * is on the classpath (the starter brings it), else the JDK's; a {@link Transport.Factory} bean of your own wins.
 */
final class TransportConfigurations {

    private TransportConfigurations() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"dev.ispconfig.client.transport.apache.ApacheHttpTransport",
            "org.apache.hc.client5.http.impl.classic.HttpClients"})
    static class Apache {

        @Bean
        @ConditionalOnMissingBean
        Transport.Factory ispconfigTransportFactory() {
            return ApacheHttpTransport::new;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Jdk {

        @Bean
        @ConditionalOnMissingBean
        Transport.Factory ispconfigTransportFactory() {
            return JdkHttpTransport::new;
        }
    }

    /** Boot's global HTTP client settings, where its {@code spring-boot-http-client} module is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.http.client.HttpClientSettings")
    static class SpringHttpClients {

        @Bean
        HttpClientDefaults ispconfigHttpClientDefaults(ObjectProvider<HttpClientSettings> settings) {
            HttpClientSettings global = settings.getIfAvailable();
            return global == null ? HttpClientDefaults.NONE
                    : new HttpClientDefaults(global.connectTimeout(), global.readTimeout(), global.sslBundle());
        }
    }
}
