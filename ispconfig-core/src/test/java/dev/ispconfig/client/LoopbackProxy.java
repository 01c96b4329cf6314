package dev.ispconfig.client;

import static dev.ispconfig.client.LoopbackHttpServer.readRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP proxy on 127.0.0.1 for transport tests: forwards absolute-form requests (rewritten to origin form) and
 * tunnels CONNECT by piping bytes both ways. Every target is reached on 127.0.0.1, whatever its host name, at its port.
 * Records each request head it receives; can be told to refuse every request, or to never answer CONNECT.
 */
final class LoopbackProxy implements AutoCloseable {

    /** Sent after a refusal status line: what a proxy may say that must never reach an exception message. */
    static final String SECRET_HEADER = "Proxy-Authenticate: Basic realm=\"corp-secret-realm\"";

    /** The heads (request line and headers) received, in order. */
    final List<String> heads = new CopyOnWriteArrayList<>();
    private final List<Socket> upstreams = new CopyOnWriteArrayList<>();
    private final LoopbackHttpServer server;
    private volatile int refuseWith;
    private volatile boolean silentOnConnect;
    private volatile String requiredCredentials;

    LoopbackProxy() {
        server = new LoopbackHttpServer(this::serve);
    }

    int port() {
        return server.port();
    }

    /** Client connections accepted so far. */
    int connections() {
        return server.connections();
    }

    /** The request lines received, in order. */
    List<String> requestLines() {
        return heads.stream().map(head -> head.substring(0, head.indexOf("\r\n"))).toList();
    }

    /** This proxy as a {@link Proxy} at 127.0.0.1. */
    Proxy proxy() {
        return new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", port()));
    }

    /** Answers every request, CONNECT or plain, with this status (and {@link #SECRET_HEADER} and a body). */
    void refuse(int status) {
        refuseWith = status;
    }

    /** Answers 407 to every request whose head lacks exactly this header line ("Proxy-Authorization: …"). */
    void requireCredentials(String headerLine) {
        requiredCredentials = headerLine;
    }

    private boolean refuses(String head) {
        return refuseWith != 0 || requiredCredentials != null && !head.contains("\r\n" + requiredCredentials + "\r\n");
    }

    /** Reads CONNECT and never answers. */
    void silentOnConnect() {
        silentOnConnect = true;
    }

    private void serve(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream();
        String request = readRequest(in);
        if (request == null) {
            return;
        }
        if (request.startsWith("CONNECT ")) {
            tunnel(request, in, out);
            return;
        }
        Socket upstream = null;
        while (request != null) {
            String head = request.substring(0, request.indexOf("\r\n\r\n") + 4);
            heads.add(head);
            if (refuses(head)) {
                refusal(out);
                return;
            }
            String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
            URI target = URI.create(requestLine[1]);
            if (upstream == null) {
                upstream = connect(target.getPort());
                pipe(upstream.getInputStream(), out);
            }
            String originForm = requestLine[0] + " " + target.getRawPath() + " " + requestLine[2]
                    + request.substring(request.indexOf("\r\n"));
            upstream.getOutputStream().write(originForm.getBytes(StandardCharsets.UTF_8));
            upstream.getOutputStream().flush();
            request = readRequest(in);
        }
    }

    private void tunnel(String request, InputStream in, OutputStream out) throws IOException {
        heads.add(request);
        if (silentOnConnect) {
            LoopbackHttpServer.sleepQuietly(60_000);
            return;
        }
        if (refuses(request)) {
            refusal(out);
            return;
        }
        String authority = request.substring("CONNECT ".length(), request.indexOf(' ', "CONNECT ".length()));
        Socket upstream = connect(Integer.parseInt(authority.substring(authority.lastIndexOf(':') + 1)));
        out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        pipe(upstream.getInputStream(), out);
        in.transferTo(upstream.getOutputStream());
    }

    private void refusal(OutputStream out) throws IOException {
        String body = "<html>corp-secret-page</html>";
        int status = refuseWith != 0 ? refuseWith : 407;
        out.write(("HTTP/1.1 " + status + " Proxy Authentication Required\r\n" + SECRET_HEADER
                + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
        out.flush();
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
    public void close() throws IOException {
        server.close();
        for (Socket upstream : upstreams) {
            upstream.close();
        }
    }
}
