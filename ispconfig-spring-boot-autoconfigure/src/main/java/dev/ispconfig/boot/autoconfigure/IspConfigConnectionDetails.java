package dev.ispconfig.boot.autoconfigure;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Where the ISPConfig panel is and who logs in. Taken from the {@code ispconfig.*} properties unless a bean of this
 * type is defined, as tests and the simulator do to supply a panel without properties.
 */
public interface IspConfigConnectionDetails extends ConnectionDetails {

    /** The remote API endpoint; null when it is not configured, which the client then refuses with a message. */
    @Nullable URI getUrl();

    /** The remote user's (or client's) login name; null when it is not configured. */
    @Nullable String getUsername();

    /** Its password; null when it is not configured. */
    @Nullable String getPassword();

    /** Whether the credentials are an ISPConfig client's login rather than a remote user's. */
    default boolean isClientLogin() {
        return false;
    }

    /** Trust material for the panel's certificate, or null for the JDK's defaults. */
    default @Nullable SslBundle getSslBundle() {
        return null;
    }
}
