package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.SessionListener;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.TransportSettings;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

/**
 * The ISPConfig client, from {@code ispconfig.*} properties or an {@link IspConfigConnectionDetails} bean, with the
 * starter's retry policies and concurrency limit. Observation, metrics, health and the module beans come from their
 * own auto-configurations.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
        "org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration"})
@ConditionalOnBooleanProperty(name = "ispconfig.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IspConfigProperties.class)
@Import({TransportConfigurations.Apache.class, TransportConfigurations.Jdk.class,
        TransportConfigurations.SpringHttpClients.class})
public final class IspConfigAutoConfiguration {

    static final String PREFIX = "ispconfig.";

    @Bean
    @ConditionalOnMissingBean(IspConfigConnectionDetails.class)
    @Conditional(PanelsCondition.None.class)
    PropertiesIspConfigConnectionDetails ispconfigConnectionDetails(IspConfigProperties properties,
            ObjectProvider<SslBundles> sslBundles) {
        return new PropertiesIspConfigConnectionDetails(properties, sslBundles.getIfAvailable());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "ispconfig.retry.enabled", matchIfMissing = true)
    RetryCustomizer ispconfigRetryCustomizer(IspConfigProperties properties,
            ObjectProvider<IspConfigRetryListener> listeners) {
        return new RetryCustomizer(properties.getRetry(), listeners.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(PanelsCondition.None.class)
    IspConfigClient ispconfigClient(IspConfigConnectionDetails connection, IspConfigProperties properties,
            Transport.Factory transport, ObjectProvider<HttpClientDefaults> httpClientDefaults,
            ObjectProvider<IspConfigClientBuilderCustomizer> customizers, ObjectProvider<SessionListener> listeners) {
        return newClient(connection, properties, transport, httpClientDefaults.getIfAvailable(
                () -> HttpClientDefaults.NONE), customizers.orderedStream().toList(),
                listeners.orderedStream().toList(), PREFIX);
    }

    /** A client for one panel: its connection, its properties, the starter's customizers and listeners. */
    static IspConfigClient newClient(IspConfigConnectionDetails connection, IspConfigProperties properties,
            Transport.Factory transport, HttpClientDefaults httpClientDefaults,
            List<? extends IspConfigClientBuilderCustomizer> customizers, List<? extends SessionListener> listeners,
            String prefix) {
        IspConfigClient.Builder builder = IspConfigClient.builder();
        applyConnection(connection, builder, prefix);
        builder.transport(transport).transportSettings(transportSettings(connection, properties,
                httpClientDefaults));
        PropertyMapper map = PropertyMapper.get();
        map.from(properties::getMaxResponseSize).as(DataSize::toBytes).to(builder::maxResponseSize);
        map.from(properties::getMaxConcurrentRequests).to(builder::maxConcurrentRequests);
        IspConfigProperties.Session session = properties.getSession();
        map.from(session::getMaxAge).to(builder::sessionMaxAge);
        map.from(session::getPoolSize).to(builder::maxClientSessions);
        map.from(session::getLoginFailureCoolDown).to(builder::loginFailureCoolDown);
        map.from(session::getLoginUnreachableCoolDown).to(builder::loginUnreachableCoolDown);
        builder.sessionListener(CompositeSessionListener.of(new ArrayList<>(listeners)));
        customizers.forEach(customizer -> customizer.customize(builder));
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

    /**
     * Timeouts, TLS and proxy: {@code ispconfig.*} where set, else Boot's global {@code spring.http.clients.*}, else
     * the client's defaults. The SSL bundle gives its whole self: key and trust material, protocols, ciphers.
     */
    static TransportSettings transportSettings(IspConfigConnectionDetails connection, IspConfigProperties properties,
            HttpClientDefaults global) {
        TransportSettings.Builder settings = TransportSettings.builder();
        PropertyMapper map = PropertyMapper.get();
        map.from(firstOf(properties.getConnectTimeout(), global.connectTimeout())).to(settings::connectTimeout);
        map.from(firstOf(properties.getReadTimeout(), global.readTimeout())).to(settings::readTimeout);
        map.from(properties::getCallTimeout).to(settings::callTimeout);
        boolean insecure = properties.getSsl().isInsecure();
        SslBundle bundle = connection.getSslBundle();
        if (bundle == null && !insecure) { // an explicit insecure panel does not take the global bundle
            bundle = global.sslBundle();
        }
        if (bundle != null) {
            settings.sslContext(bundle.createSslContext());
            SslOptions options = bundle.getOptions();
            map.from(options.getEnabledProtocols()).as(List::of).to(settings::tlsProtocols);
            map.from(options.getCiphers()).as(List::of).to(settings::tlsCiphers);
        }
        settings.insecure(insecure);
        if (properties.getProxy() != null) {
            settings.proxy(proxy(properties.getProxy()));
        }
        if (properties.getProxyUsername() != null) {
            settings.proxyCredentials(properties.getProxyUsername(),
                    properties.getProxyPassword() == null ? "" : properties.getProxyPassword());
        }
        return settings.build();
    }

    private static <T> @Nullable T firstOf(@Nullable T preferred, @Nullable T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static void applyConnection(IspConfigConnectionDetails connection, IspConfigClient.Builder builder,
            String prefix) {
        URI url = connection.getUrl();
        String username = connection.getUsername();
        String password = connection.getPassword();
        if (url == null || username == null || username.isBlank() || password == null || password.isEmpty()) {
            List<String> missing = new ArrayList<>();
            if (url == null) {
                missing.add(prefix + "url");
            }
            if (username == null || username.isBlank()) {
                missing.add(prefix + "username");
            }
            if (password == null || password.isEmpty()) {
                missing.add(prefix + "password");
            }
            throw new IspConfigPropertiesMissingException(missing);
        }
        builder.url(url)
                .username(username)
                .password(password)
                .clientLogin(connection.isClientLogin());
    }
}
