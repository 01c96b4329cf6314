package dev.ispconfig.test;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * The simulator as a process of its own, for clients in other languages and containers: a PHP {@code SoapClient}, a
 * Python client or {@code curl} can talk to it as to a panel.
 *
 * <pre>java -jar ispconfig-test-&lt;version&gt;-standalone.jar [--port N] [--bind ADDRESS] [--seed FILE]
 *     [--username NAME] [--demo]   (the password from ISPCONFIG_SIMULATOR_PASSWORD, else the default)</pre>
 *
 * It listens on 127.0.0.1 unless {@code --bind} says otherwise, prints its URL, and runs until the process is stopped.
 * A wrong option or seed file ends it with exit code 2 and a message naming the problem; a port it cannot listen on
 * with exit code 1.
 */
public final class SimulatorMain {

    static final String PASSWORD_VARIABLE = "ISPCONFIG_SIMULATOR_PASSWORD";
    /** The client {@code --demo} makes. */
    static final String DEMO_CLIENT = "acme";
    /** The exit code for a wrong command line or seed file. */
    static final int USAGE_ERROR = 2;
    /** The exit code when the server cannot start (the port is taken, the address is not this machine's). */
    static final int START_ERROR = 1;

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorOptions options;
        IspConfigSimulator simulator;
        try {
            options = SimulatorOptions.parse(args);
            if (options.help()) {
                System.out.println(SimulatorOptions.USAGE);
                return;
            }
            simulator = start(options, System.getenv(PASSWORD_VARIABLE));
        } catch (UsageException e) {
            System.err.println("ispconfig-simulator: " + e.getMessage());
            System.err.println(SimulatorOptions.SUMMARY);
            System.exit(USAGE_ERROR);
            return;
        } catch (UncheckedIOException e) {
            // an UncheckedIOException always has its IOException
            System.err.println("ispconfig-simulator: " + e.getMessage() + ": "
                    + Objects.requireNonNull(e.getCause()).getMessage());
            System.exit(START_ERROR);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "ispconfig-simulator-stop"));
        // The warning first: a script (or test) that waits for the URL line has then seen it too.
        if (!options.bind().isLoopbackAddress()) {
            System.out.println("Listening on " + options.bind().getHostAddress() + " port " + simulator.port()
                    + ": other hosts can reach it too");
        }
        System.out.println("ISPConfig simulator at " + simulator.url() + " (remote user " + simulator.username()
                + "); stop it with Ctrl-C");
        new CountDownLatch(1).await();
    }

    /** As {@link #start(SimulatorOptions, String)}, from the command line's words. */
    static IspConfigSimulator start(String[] args, @Nullable String password) {
        return start(SimulatorOptions.parse(args), password);
    }

    /**
     * Starts a simulator with the command line's options; {@code password} null for the default one.
     *
     * @throws UsageException for a wrong seed file (read before anything listens)
     * @throws UncheckedIOException when the server cannot listen
     */
    static IspConfigSimulator start(SimulatorOptions options, @Nullable String password) {
        String ownPassword = password == null || password.isEmpty() ? null : password;
        if (!options.bind().isLoopbackAddress() && ownPassword == null) {
            throw new UsageException("--bind " + options.bind().getHostAddress() + " lets other hosts log in: set "
                    + PASSWORD_VARIABLE + " first, the default password is in the docs");
        }
        Path seed = options.seed();
        SeedFile seedFile = seed == null ? null : readSeed(seed);
        if (options.demo() && seedFile != null && seedFile.namesClient(DEMO_CLIENT)) {
            throw new UsageException("--demo makes the client " + DEMO_CLIENT + ", which the seed file " + seed
                    + " makes too: leave out one of them");
        }
        IspConfigSimulator simulator = IspConfigSimulator.builder()
                .port(options.port())
                .bind(options.bind())
                .credentials(options.username(), ownPassword != null ? ownPassword : IspConfigSimulator.DEFAULT_PASSWORD)
                .start();
        try {
            if (options.demo()) {
                Seed.Client acme = simulator.seed().client(DEMO_CLIENT);
                acme.webDomain("example.com");
                acme.dnsZone("example.com.").aRecord("www", "192.0.2.10");
                acme.mailDomain("example.com").mailbox("info");
            }
            if (seedFile != null) {
                seedFile.applyTo(simulator);
            }
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        return simulator;
    }

    private static SeedFile readSeed(Path seed) {
        try {
            return SeedFile.read(seed);
        } catch (NoClassDefFoundError e) {
            // The plain jar leaves Jackson to the class path; the standalone jar carries it.
            throw new UsageException("--seed needs Jackson (tools.jackson.core:jackson-databind) on the class path;"
                    + " the standalone jar has it");
        }
    }
}
