package dev.ispconfig.client.internal;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/** The panel's endpoint URL, and the namespace PHP's SoapClient would derive from it. */
public final class Endpoint {

    private Endpoint() {
    }

    public static URI normalize(@Nullable URI url) {
        if (url == null) {
            throw new IllegalArgumentException("the ISPConfig url must be set, for example "
                    + "https://panel.example.com:8080/remote/index.php");
        }
        String scheme = url.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme) || url.getHost() == null) {
            throw new IllegalArgumentException("the ISPConfig url must be an absolute http(s) URL with a host");
        }
        if (url.getPort() > 65535) {
            throw new IllegalArgumentException("the ISPConfig url's port " + url.getPort() + " is out of range");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("put the ISPConfig credentials in username/password, not in the url");
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/remote/index.php" : url.getRawPath();
        if (path.endsWith("/")) {
            path += "index.php";
        }
        try {
            return new URI(scheme.toLowerCase(java.util.Locale.ROOT) + "://" + url.getRawAuthority() + path
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the ISPConfig url is not valid", e);
        }
    }

    /**
     * True for an {@code http://} URL whose host is not this machine ({@code localhost}, {@code 127.x.x.x},
     * {@code ::1}): the password would cross a network in clear text. Names are not resolved for this.
     */
    public static boolean plainHttpBeyondLoopback(URI endpoint) {
        if (!"http".equals(endpoint.getScheme())) {
            return false;
        }
        String host = endpoint.getHost().toLowerCase(java.util.Locale.ROOT);
        boolean loopback = host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]") || host.equals("::1");
        return !loopback;
    }

    /** {@code https://panel:8080/remote/index.php} → {@code https://panel:8080/remote/}, like PHP users' {@code uri}. */
    public static String namespace(URI endpoint) {
        String path = endpoint.getRawPath();
        return endpoint.getScheme() + "://" + endpoint.getRawAuthority() + path.substring(0, path.lastIndexOf('/') + 1);
    }
}
