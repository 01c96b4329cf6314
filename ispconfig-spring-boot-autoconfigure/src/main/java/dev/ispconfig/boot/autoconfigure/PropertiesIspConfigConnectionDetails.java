package dev.ispconfig.boot.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/** The connection details the {@code ispconfig.*} properties give. */
final class PropertiesIspConfigConnectionDetails implements IspConfigConnectionDetails {

    private final IspConfigProperties properties;
    private final @Nullable SslBundles sslBundles;
    private final String prefix;

    PropertiesIspConfigConnectionDetails(IspConfigProperties properties, @Nullable SslBundles sslBundles) {
        this(properties, sslBundles, IspConfigAutoConfiguration.PREFIX);
    }

    /** @param prefix the properties' prefix, for messages: {@code ispconfig.} or {@code ispconfig.panels.eu.} */
    PropertiesIspConfigConnectionDetails(IspConfigProperties properties, @Nullable SslBundles sslBundles,
            String prefix) {
        this.prefix = prefix;
        this.properties = properties;
        this.sslBundles = sslBundles;
    }

    @Override
    public @Nullable URI getUrl() {
        String url = IspConfigPlaceholderException.checked(prefix + "url", properties.getUrl());
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            // not quoted: a URL may hold credentials, which the client refuses anyway
            throw new IllegalArgumentException(prefix + "url is not a valid URL: " + e.getReason(), null);
        }
    }

    @Override
    public @Nullable String getUsername() {
        return IspConfigPlaceholderException.checked(prefix + "username", properties.getUsername());
    }

    @Override
    public @Nullable String getPassword() {
        return IspConfigPlaceholderException.checked(prefix + "password", properties.getPassword());
    }

    @Override
    public boolean isClientLogin() {
        return properties.isClientLogin();
    }

    @Override
    public @Nullable SslBundle getSslBundle() {
        String name = properties.getSsl().getBundle();
        if (name == null || name.isBlank()) {
            return null;
        }
        if (sslBundles == null) {
            throw new IllegalStateException(prefix + "ssl.bundle is set but no SslBundles are configured");
        }
        return sslBundles.getBundle(name);
    }

    @Override
    public String toString() {
        return "PropertiesIspConfigConnectionDetails[" + properties + "]";
    }
}
