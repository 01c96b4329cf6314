package dev.ispconfig.transport.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate made by the JDK's {@code keytool}, as an admin makes one for a test panel: the server's
 * context holds its key, the client's context trusts exactly it.
 *
 * @param serverContext for {@link LoopbackServer#tls}
 * @param clientContext trusts this certificate and nothing else
 */
public record TestCertificates(SSLContext serverContext, SSLContext clientContext) {

    private static final char[] PASSWORD = "changeit".toCharArray();

    /** A certificate for {@code 127.0.0.1} and {@code localhost}: right for a {@link LoopbackServer}'s URL. */
    public static TestCertificates forLoopback(Path directory) {
        return create(directory, "panel", "ip:127.0.0.1,dns:localhost");
    }

    /** A certificate for {@code wrong.example} only: trusted, but not for the host a client connects to. */
    public static TestCertificates forAnotherHost(Path directory) {
        return create(directory, "wrong", "dns:wrong.example");
    }

    private static TestCertificates create(Path directory, String alias, String subjectAlternativeNames) {
        try {
            Path store = directory.resolve(alias + ".p12");
            keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=" + alias, "-ext", "san=" + subjectAlternativeNames, "-keystore", store.toString(),
                    "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD);
            SSLContext server = SSLContext.getInstance("TLS");
            server.init(kmf.getKeyManagers(), null, null);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry(alias, keys.getCertificate(alias));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext client = SSLContext.getInstance("TLS");
            client.init(null, tmf.getTrustManagers(), null);
            return new TestCertificates(server, client);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void keytool(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.add("-noprompt");
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keytool ran", e);
        }
    }
}
