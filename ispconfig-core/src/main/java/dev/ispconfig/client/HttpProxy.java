package dev.ispconfig.client;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The HTTP proxy a new connection goes through, and the CONNECT exchange that opens a tunnel in it. Only the proxy's
 * host and port ever appear in messages: a proxy's answer may echo credentials or internal details.
 */
final class HttpProxy {

    /** The proxy's answer to CONNECT, status line and headers; a proxy's are a few hundred bytes. */
    private static final int MAX_ANSWER_HEAD_BYTES = 8 * 1024;

    final String host;
    final int port;
    private final InetSocketAddress address;

    private HttpProxy(InetSocketAddress address) {
        this.address = address;
        this.host = address.getHostString();
        this.port = address.getPort();
    }

    /**
     * Asks {@code selector} for the way to {@code uri}: its first HTTP or DIRECT choice decides; null means direct. A
     * list of SOCKS proxies only is refused, since this SDK speaks HTTP to proxies.
     */
    static HttpProxy select(ProxySelector selector, URI uri) throws IOException {
        if (selector == null) {
            return null;
        }
        List<Proxy> choices = selector.select(uri);
        if (choices == null || choices.isEmpty()) {
            return null;
        }
        for (Proxy proxy : choices) {
            if (proxy.type() == Proxy.Type.DIRECT) {
                return null;
            }
            if (proxy.type() == Proxy.Type.HTTP && proxy.address() instanceof InetSocketAddress address) {
                return new HttpProxy(address);
            }
        }
        throw new UnsupportedProxyException();
    }

    /** A selector that always answers {@code proxy}; an HTTP proxy or {@link Proxy#NO_PROXY}. */
    static ProxySelector fixed(Proxy proxy) {
        if (proxy.type() == Proxy.Type.SOCKS) {
            throw new IllegalArgumentException("SOCKS proxies are not supported; use an HTTP proxy");
        }
        if (proxy.type() == Proxy.Type.HTTP && !(proxy.address() instanceof InetSocketAddress)) {
            throw new IllegalArgumentException("an HTTP proxy needs a host and port (an InetSocketAddress)");
        }
        List<Proxy> choice = List.of(proxy);
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return choice;
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                // nothing to fall back to
            }
        };
    }

    /** The addresses to try, in order: the resolver's for a name, or the one given. */
    InetAddress[] addresses(SocketTransport.Resolver resolver) throws IOException {
        return address.isUnresolved() ? resolver.resolve(host) : new InetAddress[] {address.getAddress()};
    }

    SocketAddress address() {
        return address;
    }

    /** {@code host:port} for messages, IPv6 literals in brackets. */
    String label() {
        return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * Asks the proxy for a tunnel to {@code authority} ({@code host:port}) and reads its answer head byte by byte, so
     * nothing of the TLS that follows is swallowed. The caller bounds the whole exchange in time.
     */
    void openTunnel(InputStream in, OutputStream out, String authority, String authorization) throws IOException {
        out.write(("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n" + authorization + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String statusLine = null;
        int budget = MAX_ANSWER_HEAD_BYTES;
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(64);
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new EOFException("the proxy " + label() + " closed the connection while answering CONNECT");
                }
                if (--budget < 0) {
                    throw new TunnelRefusedException(0, "the proxy " + label()
                            + " answered CONNECT with headers longer than " + MAX_ANSWER_HEAD_BYTES + " bytes");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            if (statusLine == null) {
                statusLine = line.toString(StandardCharsets.ISO_8859_1);
            } else if (line.size() == 0) {
                break;
            }
        }
        int status = status(statusLine);
        if (status < 200 || status > 299) {
            throw new TunnelRefusedException(status, "the proxy " + label() + " refused to open a tunnel to the panel: "
                    + (status == 0 ? "not an HTTP answer" : "HTTP " + status)
                    + (status == 407 ? "; the proxy wants (other) credentials: see the builder's proxyCredentials"
                            : ""));
        }
    }

    /**
     * The {@code Proxy-Authorization} header line (Basic, sent with every request to the proxy: proxies that want it
     * ask every time) for these credentials, or "" for none. It travels only in request heads, which no message quotes.
     */
    static String authorization(String username, String password) {
        if (username == null) {
            return "";
        }
        String token = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return "Proxy-Authorization: Basic " + token + "\r\n";
    }

    /** The status code of an {@code HTTP/1.x NNN reason} line, or 0. */
    private static int status(String statusLine) {
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
            return 0;
        }
        try {
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The proxy answered CONNECT with other than 2xx; the status, and a message naming only the proxy's address. */
    static final class TunnelRefusedException extends IOException {

        private static final long serialVersionUID = 1L;
        final int status;

        TunnelRefusedException(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** The selector offered SOCKS proxies only. */
    static final class UnsupportedProxyException extends IOException {

        private static final long serialVersionUID = 1L;

        UnsupportedProxyException() {
            super("the proxy selector offered only SOCKS proxies; this SDK supports HTTP proxies");
        }
    }
}
