package dev.ispconfig.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on 127.0.0.1 for transport tests: a thread per connection runs the test's handler on the raw socket, so a
 * test can answer anything, well-formed or not. Closing it closes every connection.
 */
final class LoopbackHttpServer implements AutoCloseable {

    /** Serves one connection; returning (or throwing) closes it. */
    interface Handler {
        void handle(Socket socket) throws IOException;
    }

    private final ServerSocket listener;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    /** @param listener a bound listener, plain or TLS */
    LoopbackHttpServer(ServerSocket listener, Handler handler) {
        this.listener = listener;
        Thread acceptor = new Thread(() -> accept(handler), "loopback-http");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    LoopbackHttpServer(Handler handler) {
        this(listener(0), handler);
    }

    /** Answers every request of a connection with the same bytes and keeps the connection open. */
    static LoopbackHttpServer answering(String answer) {
        byte[] bytes = answer.getBytes(StandardCharsets.ISO_8859_1);
        return new LoopbackHttpServer(socket -> {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (readRequest(in) != null) {
                out.write(bytes);
                out.flush();
            }
        });
    }

    /** A plain listener on 127.0.0.1 and a free port; a receive buffer above 0 is set before binding. */
    static ServerSocket listener(int receiveBuffer) {
        try {
            ServerSocket listener = new ServerSocket();
            if (receiveBuffer > 0) {
                listener.setReceiveBufferSize(receiveBuffer);
            }
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            return listener;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One request, head and Content-Length body, as text; null when the client closed the connection first. */
    static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String text = head.toString(StandardCharsets.US_ASCII);
            if (text.endsWith("\r\n\r\n")) {
                int length = 0;
                for (String line : text.split("\r\n")) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).strip());
                    }
                }
                return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** For handlers that stall (daemon threads, left behind by close): sleeps; an interrupt ends it and is kept. */
    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections accepted so far. */
    int connections() {
        return open.size();
    }

    private void accept(Handler handler) {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                open.add(socket);
                Thread worker = new Thread(() -> {
                    try (socket) {
                        handler.handle(socket);
                    } catch (IOException e) {
                        // the client or close() hung up
                    }
                }, "loopback-http-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
