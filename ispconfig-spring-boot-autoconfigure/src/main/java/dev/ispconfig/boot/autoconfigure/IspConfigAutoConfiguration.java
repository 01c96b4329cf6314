package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.SessionListener;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;

/**
 * The ISPConfig client, from {@code ispconfig.*} properties or an {@link IspConfigConnectionDetails} bean, with the
 * starter's retry policies and concurrency limit. Observation, metrics, health and the module beans come from their
 * own auto-configurations.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration")
@ConditionalOnBooleanProperty(name = "ispconfig.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IspConfigProperties.class)
public final class IspConfigAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(IspConfigConnectionDetails.class)
    PropertiesIspConfigConnectionDetails ispConfigConnectionDetails(IspConfigProperties properties,
            ObjectProvider<SslBundles> sslBundles) {
        return new PropertiesIspConfigConnectionDetails(properties, sslBundles.getIfAvailable());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "ispconfig.retry.enabled", matchIfMissing = true)
    InterceptorCustomizer ispConfigRetryCustomizer(IspConfigProperties properties,
            ObjectProvider<IspConfigRetryListener> listeners) {
        return new InterceptorCustomizer(InterceptorCustomizer.RETRY,
                new RetryInterceptor(properties.getRetry(), listeners.orderedStream().toList()));
    }

    @Bean
    @ConditionalOnMissingBean
    IspConfigClient ispConfigClient(IspConfigConnectionDetails connection, IspConfigProperties properties,
            ObjectProvider<IspConfigClientBuilderCustomizer> customizers, ObjectProvider<SessionListener> listeners) {
        IspConfigClient.Builder builder = IspConfigClient.builder();
        applyConnection(connection, properties, builder);
        PropertyMapper map = PropertyMapper.get();
        if (properties.getProxy() != null) {
            builder.proxy(proxy(properties.getProxy()));
        }
        if (properties.getProxyUsername() != null) {
            builder.proxyCredentials(properties.getProxyUsername(),
                    properties.getProxyPassword() == null ? "" : properties.getProxyPassword());
        }
        map.from(properties::getConnectTimeout).to(builder::connectTimeout);
        map.from(properties::getReadTimeout).to(builder::readTimeout);
        map.from(properties::getCallTimeout).to(builder::callTimeout);
        map.from(properties::getMaxResponseSize).as(DataSize::toBytes).to(builder::maxResponseSize);
        map.from(properties::getMaxConcurrentRequests).to(builder::maxConcurrentRequests);
        IspConfigProperties.Session session = properties.getSession();
        map.from(session::getMaxAge).to(builder::sessionMaxAge);
        map.from(session::getPoolSize).to(builder::maxClientSessions);
        map.from(session::getLoginFailureCoolDown).to(builder::loginFailureCoolDown);
        builder.sessionListener(CompositeSessionListener.of(listeners.orderedStream().toList()));
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** ispconfig.proxy as a Proxy; the message never repeats the value, which might hold a password. */
    static Proxy proxy(URI uri) {
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getPort() < 0 || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()
                        || uri.getRawPath().equals("/")) || uri.getRawQuery() != null) {
            throw new IllegalArgumentException(
                    "ispconfig.proxy must be http://host:port, without credentials, path or query");
        }
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort()));
    }

    private static void applyConnection(IspConfigConnectionDetails connection, IspConfigProperties properties,
            IspConfigClient.Builder builder) {
        List<String> missing = new ArrayList<>();
        if (connection.getUrl() == null) {
            missing.add("ispconfig.url");
        }
        if (connection.getUsername() == null || connection.getUsername().isBlank()) {
            missing.add("ispconfig.username");
        }
        if (connection.getPassword() == null || connection.getPassword().isEmpty()) {
            missing.add("ispconfig.password");
        }
        if (!missing.isEmpty()) {
            throw new IspConfigPropertiesMissingException(missing);
        }
        builder.url(connection.getUrl())
                .username(connection.getUsername())
                .password(connection.getPassword())
                .clientLogin(connection.isClientLogin());
        SslBundle bundle = connection.getSslBundle();
        if (bundle != null) {
            builder.sslContext(bundle.createSslContext());
        }
        builder.insecure(properties.getSsl().isInsecure());
    }
}
