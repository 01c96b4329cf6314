package dev.ispconfig.transport.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP proxy on 127.0.0.1: forwards absolute-form requests (rewritten to origin form) and tunnels CONNECT by
 * piping bytes both ways. Every target is reached on 127.0.0.1 at its port, whatever its host name. Records each
 * request head it receives; can demand Basic credentials (407 with a challenge otherwise) or refuse everything. Like a
 * real proxy it consumes {@code Proxy-Authorization}: the header never travels on to the panel.
 */
public final class LoopbackProxy implements AutoCloseable {

    /** A header of its refusals that names internal details: no client may quote it. */
    public static final String SECRET_REALM = "corp-secret-realm";

    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final List<Socket> upstreams = new CopyOnWriteArrayList<>();
    private final LoopbackServer server;
    private volatile int refuseWith;
    private volatile @Nullable String requiredAuthorization;

    public LoopbackProxy() {
        server = LoopbackServer.plain(this::serve);
    }

    public int port() {
        return server.port();
    }

    /** This proxy as a {@link Proxy}. */
    public Proxy proxy() {
        return new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", port()));
    }

    /** Client connections accepted so far. */
    public int connections() {
        return server.connections();
    }

    /** The request heads (request line and headers) received, CONNECTs included, in order. */
    public List<String> heads() {
        return List.copyOf(heads);
    }

    /** The request lines received, in order. */
    public List<String> requestLines() {
        return heads.stream().map(head -> head.substring(0, head.indexOf("\r\n"))).toList();
    }

    /** Answers every request, CONNECT or plain, with this status. */
    public void refuse(int status) {
        refuseWith = status;
    }

    /** Demands these Basic credentials: a request without them is answered 407 with a Basic challenge. */
    public void requireBasic(String username, String password) {
        requiredAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private void serve(LoopbackServer.Connection client) throws IOException {
        Request request;
        Socket upstream = null;
        while ((request = client.next()) != null) {
            heads.add(request.head());
            if (refuseWith != 0 || requiredAuthorization != null
                    && !requiredAuthorization.equals(request.header("Proxy-Authorization"))) {
                refuse(client, refuseWith != 0 ? refuseWith : 407);
                continue; // a client may try again with credentials on the same connection
            }
            String[] requestLine = request.requestLine().split(" ");
            if (requestLine[0].equals("CONNECT")) {
                tunnel(requestLine[1], client);
                return;
            }
            URI target = URI.create(requestLine[1]);
            if (upstream == null) {
                upstream = connect(target.getPort());
                pipe(upstream.getInputStream(), client.socket().getOutputStream());
            }
            String head = request.head().replaceAll("(?im)^Proxy-Authorization:.*\r\n", ""); // consumed here
            String originForm = requestLine[0] + " " + target.getRawPath() + " " + requestLine[2]
                    + head.substring(head.indexOf("\r\n"));
            OutputStream out = upstream.getOutputStream();
            out.write(originForm.getBytes(StandardCharsets.ISO_8859_1));
            out.write(request.body());
            out.flush();
        }
    }

    private void tunnel(String authority, LoopbackServer.Connection client) throws IOException {
        Socket upstream = connect(Integer.parseInt(authority.substring(authority.lastIndexOf(':') + 1)));
        client.send("HTTP/1.1 200 Connection Established\r\n\r\n");
        pipe(upstream.getInputStream(), client.socket().getOutputStream());
        InputStream in = client.in();
        in.transferTo(upstream.getOutputStream());
    }

    private static void refuse(LoopbackServer.Connection client, int status) throws IOException {
        String body = "<html>" + SECRET_REALM + " says no</html>";
        client.send("HTTP/1.1 " + status + " Refused\r\nProxy-Authenticate: Basic realm=\"" + SECRET_REALM
                + "\"\r\nContent-Type: text/html\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
    }

    private Socket connect(int port) throws IOException {
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), port);
        upstreams.add(upstream);
        return upstream;
    }

    /** Copies {@code from} to {@code to} on a daemon thread until either side closes. */
    private static void pipe(InputStream from, OutputStream to) {
        Thread thread = new Thread(() -> {
            try {
                byte[] buffer = new byte[8192];
                int n;
                while ((n = from.read(buffer)) >= 0) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // one side hung up
            }
        }, "loopback-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        server.close();
        for (Socket upstream : upstreams) {
            try {
                upstream.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
