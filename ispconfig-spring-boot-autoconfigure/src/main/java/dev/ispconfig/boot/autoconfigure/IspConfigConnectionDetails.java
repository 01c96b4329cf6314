package dev.ispconfig.boot.autoconfigure;

import java.net.URI;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Where the ISPConfig panel is and who logs in. Taken from the {@code ispconfig.*} properties unless a bean of this
 * type is defined, as tests and the simulator do to supply a panel without properties.
 */
public interface IspConfigConnectionDetails extends ConnectionDetails {

    /** The remote API endpoint. */
    URI getUrl();

    String getUsername();

    String getPassword();

    /** Whether the credentials are an ISPConfig client's login rather than a remote user's. */
    default boolean isClientLogin() {
        return false;
    }

    /** Trust material for the panel's certificate, or null for the JDK's defaults. */
    default SslBundle getSslBundle() {
        return null;
    }
}
