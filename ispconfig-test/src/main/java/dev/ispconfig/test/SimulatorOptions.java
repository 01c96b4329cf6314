package dev.ispconfig.test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The command line of {@link SimulatorMain}: {@code --name VALUE} or {@code --name=VALUE}, and {@code --demo}. */
record SimulatorOptions(int port, InetAddress bind, @Nullable Path seed, String username, boolean demo,
        boolean help) {

    static final String USAGE = """
            usage: java -jar ispconfig-test-<version>-standalone.jar [--port N] [--bind ADDRESS] [--seed FILE]
                   [--username NAME] [--demo]
              --port N          the port to listen on (default 0: a free one, printed at the start)
              --bind ADDRESS    the IP address to listen on (default 127.0.0.1); 0.0.0.0 lets other hosts in
              --seed FILE       a JSON file of clients, web domains, DNS zones, mail domains and rows to start with
              --username NAME   the remote user's name (default admin); the password is taken from
                                ISPCONFIG_SIMULATOR_PASSWORD (default simulator-pass)
              --demo            seed a client acme with example.com as a website, DNS zone and mail domain""";

    /** One line for an error message. */
    static final String SUMMARY = "options: --port N, --bind ADDRESS, --seed FILE, --username NAME, --demo, --help";

    private static final Set<String> OPTIONS = Set.of("--port", "--bind", "--seed", "--username", "--demo", "--help");

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

    /**
     * Reads the options.
     *
     * @throws UsageException naming the option that is unknown, repeated, lacks its value or has a wrong one
     */
    static SimulatorOptions parse(String... args) {
        int port = 0;
        InetAddress bind = InetAddress.getLoopbackAddress();
        Path seed = null;
        String username = IspConfigSimulator.DEFAULT_USERNAME;
        boolean demo = false;
        boolean help = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "' (options start with --)");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (!OPTIONS.contains(name)) {
                throw new UsageException("unknown option " + name);
            }
            if (!seen.add(name)) {
                throw new UsageException(name + " is given twice");
            }
            if (name.equals("--demo") || name.equals("--help")) {
                if (equals >= 0) {
                    throw new UsageException(name + " takes no value");
                }
                demo |= name.equals("--demo");
                help |= name.equals("--help");
                continue;
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--port" -> port = port(value);
                case "--bind" -> bind = address(value);
                case "--seed" -> seed = Path.of(value);
                case "--username" -> username = nonEmpty(name, value);
                default -> throw new IllegalStateException(name);
            }
        }
        return new SimulatorOptions(port, bind, seed, username, demo, help);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--port must be a number from 0 to 65535, not '" + value + "'");
    }

    /** An IP literal or localhost: a host name would mean a DNS lookup at every start. */
    private static InetAddress address(String value) {
        if (value.equals("localhost")) {
            return InetAddress.getLoopbackAddress();
        }
        if (IPV4.matcher(value).matches() || value.contains(":")) {
            try {
                return InetAddress.getByName(value); // a literal: parsed, not looked up
            } catch (UnknownHostException e) {
                // reported below
            }
        }
        throw new UsageException("--bind must be an IP address such as 127.0.0.1, 0.0.0.0 or ::1, not '" + value + "'");
    }

    private static String nonEmpty(String name, String value) {
        if (value.isBlank()) {
            throw new UsageException(name + " must not be empty");
        }
        return value;
    }
}
