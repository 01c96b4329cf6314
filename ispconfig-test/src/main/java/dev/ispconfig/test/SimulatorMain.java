package dev.ispconfig.test;

import java.util.concurrent.CountDownLatch;

/**
 * The simulator as a process of its own, for clients in other languages and containers: a PHP {@code SoapClient}, a
 * Python client or {@code curl} can talk to it as to a panel.
 *
 * <pre>java -cp ispconfig-test.jar:ispconfig-core.jar dev.ispconfig.test.SimulatorMain [--port=8080] [--demo]
 *     [--username=admin] (the password from ISPCONFIG_SIMULATOR_PASSWORD, else the default)</pre>
 *
 * It listens on loopback only, prints its URL, and runs until the process is stopped.
 */
public final class SimulatorMain {

    static final String PASSWORD_VARIABLE = "ISPCONFIG_SIMULATOR_PASSWORD";

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        IspConfigSimulator simulator = start(args, System.getenv(PASSWORD_VARIABLE));
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "ispconfig-simulator-stop"));
        System.out.println("ISPConfig simulator at " + simulator.url() + " (remote user " + simulator.username()
                + "); stop it with Ctrl-C");
        new CountDownLatch(1).await();
    }

    /** Starts a simulator from the command line's options; {@code password} null for the default one. */
    static IspConfigSimulator start(String[] args, String password) {
        IspConfigSimulator.Builder builder = IspConfigSimulator.builder();
        String username = IspConfigSimulator.DEFAULT_USERNAME;
        boolean demo = false;
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                builder.port(Integer.parseInt(arg.substring("--port=".length())));
            } else if (arg.startsWith("--username=")) {
                username = arg.substring("--username=".length());
            } else if (arg.equals("--demo")) {
                demo = true;
            } else {
                throw new IllegalArgumentException("unknown option " + arg
                        + " (--port=N, --username=NAME, --demo; the password comes from " + PASSWORD_VARIABLE + ")");
            }
        }
        builder.credentials(username, password != null && !password.isEmpty() ? password
                : IspConfigSimulator.DEFAULT_PASSWORD);
        IspConfigSimulator simulator = builder.start();
        if (demo) {
            Seed.Client acme = simulator.seed().client("acme");
            acme.webDomain("example.com");
            acme.dnsZone("example.com.").aRecord("www", "192.0.2.10");
            acme.mailDomain("example.com").mailbox("info");
        }
        return simulator;
    }
}
