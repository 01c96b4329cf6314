package dev.ispconfig.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * nginx on 127.0.0.1 answering the panel's SOAP calls with canned bodies, the server users' baselines meet rather than
 * one inside the benchmark's JVM: {@code login} and {@code logout} their captures, {@code mail_user_get} the large
 * list, every other call the captured 9.6 KB web domain record. nginx picks the body by the {@code SOAPAction} header,
 * which both PHP's SoapClient and this SDK send as {@code "…#method"}; a static file answers a POST through nginx's
 * {@code error_page 405 =200} idiom. One worker, keep-alive without a request limit, no access log.
 */
final class NginxServer implements AutoCloseable {

    private final Path prefix;
    private final Process nginx;
    private final int port;

    NginxServer(String nginxBinary, byte[] largeAnswer) throws IOException, InterruptedException {
        // nginx's worker may run as another user (nobody, when started by root): the answers must be readable to it.
        this.prefix = Files.createTempDirectory("ispconfig-bench-nginx",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path answers = Files.createDirectories(prefix.resolve("answers"));
        Files.write(answers.resolve("login.xml"), Wire.capture(Wire.LOGIN));
        Files.write(answers.resolve("logout.xml"), Wire.capture(Wire.LOGOUT));
        Files.write(answers.resolve("record.xml"), Wire.capture(Wire.WEB_DOMAIN));
        Files.write(answers.resolve("large.xml"), largeAnswer);
        Files.createDirectories(prefix.resolve("logs"));
        this.port = freePort();
        Files.writeString(prefix.resolve("nginx.conf"), """
                worker_processes 1;
                error_log %1$s/logs/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    keepalive_timeout 65s;
                    keepalive_requests 100000000;
                    client_body_buffer_size 1m;
                    client_max_body_size 64m;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    map $http_soapaction $answer {
                        default /record.xml;
                        "~#login\\"?$" /login.xml;
                        "~#logout\\"?$" /logout.xml;
                        "~#mail_user_get\\"?$" /large.xml;
                    }
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s/answers;
                        default_type "text/xml; charset=utf-8";
                        location = /remote/index.php { rewrite ^ $answer last; }
                        location ~ \\.xml$ { error_page 405 =200 $uri; }
                    }
                }
                """.formatted(prefix, port));
        this.nginx = new ProcessBuilder(nginxBinary, "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf")
                .toString(), "-g", "daemon off;").redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        awaitPort();
    }

    /** Null when {@code nginx} can be started, else why not. */
    static String unavailableReason(String nginxBinary) {
        try {
            Process p = new ProcessBuilder(nginxBinary, "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : nginxBinary + " -v failed";
        } catch (IOException e) {
            return nginxBinary + " not found (benchmarks/run-user-bench.sh installs it)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/remote/index.php";
    }

    private void awaitPort() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IOException("nginx exited: " + Files.readString(prefix.resolve("logs/stdout.log")));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("nginx did not listen on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        nginx.waitFor(10, TimeUnit.SECONDS);
        try (Stream<Path> files = Files.walk(prefix)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
