package dev.ispconfig.cli;

import dev.ispconfig.client.IspConfigClient;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code ispconfig}: the one-off calls people write throw-away PHP scripts for. The panel comes from {@code --url} or
 * {@code ISPCONFIG_URL}, the user from {@code --user} or {@code ISPCONFIG_USER}, the password from
 * {@code ISPCONFIG_PASSWORD} or a prompt, never from the command line.
 */
@Command(name = "ispconfig", mixinStandardHelpOptions = true, versionProvider = IspConfigCli.Version.class,
        subcommands = {FunctionsCommand.class, DriftCommand.class, CallCommand.class, SitesCommand.class, ApplyCommand.class,
                DnsCommand.class, MailCommand.class, SmokeCommand.class},
        description = "Calls the remote API of an ISPConfig 3 panel.",
        footer = {"", "The password comes from ISPCONFIG_PASSWORD or a prompt; it is never an option.",
                "Exit codes: 0 ok, 1 error, 2 usage, 3 login refused, 4 not found, 5 permission denied,",
                "6 data refused, 7 panel unreachable, 8 locked out or in maintenance, 9 smoke test failed,",
                "10 other panel fault, 11 apply changed (or would change) the panel."})
public final class IspConfigCli implements Runnable {

    static final String PASSWORD_VARIABLE = "ISPCONFIG_PASSWORD";

    @Option(names = "--url", scope = ScopeType.INHERIT, defaultValue = "${env:ISPCONFIG_URL}", paramLabel = "<url>",
            description = "The panel's remote API, e.g. https://panel.example.com:8080/remote/index.php "
                    + "(default: ISPCONFIG_URL).")
    @Nullable String url;

    @Option(names = "--user", scope = ScopeType.INHERIT, defaultValue = "${env:ISPCONFIG_USER}", paramLabel = "<name>",
            description = "The remote user (default: ISPCONFIG_USER).")
    @Nullable String user;

    @Option(names = "--client-login", scope = ScopeType.INHERIT,
            description = "Log in as a panel client instead of a remote user.")
    boolean clientLogin;

    @Option(names = "--insecure", scope = ScopeType.INHERIT,
            description = "Accept any certificate and host name (a self-signed test panel only).")
    boolean insecure;

    @Option(names = "--ca-file", scope = ScopeType.INHERIT, paramLabel = "<pem>",
            description = "Trust the certificates in this PEM file (the panel's own or its CA).")
    @Nullable Path caFile;

    @Option(names = "--timeout", scope = ScopeType.INHERIT, defaultValue = "30", paramLabel = "<seconds>",
            description = "The longest a call may take (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print JSON (the default when the output is not a terminal).")
    boolean json;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean debug;

    @Spec
    CommandSpec spec;

    /** The process's environment; tests give their own. */
    Function<String, @Nullable String> environment = System::getenv;
    /** The console to prompt on, or null; tests give none. */
    @Nullable Console console = System.console();
    /** Whether a person reads the output (tables and plans) rather than a program (JSON); tests choose. */
    boolean terminal = console != null;

    public static void main(String[] args) {
        System.exit(commandLine(new IspConfigCli()).execute(args));
    }

    static CommandLine commandLine(IspConfigCli cli) {
        CommandLine line = new CommandLine(cli);
        line.setExecutionExceptionHandler((failure, command, parsed) -> {
            IspConfigCli root = (IspConfigCli) command.getCommandSpec().root().userObject();
            PrintWriter err = command.getErr();
            err.println("ispconfig: " + (failure.getMessage() != null ? failure.getMessage() : failure.toString()));
            if (root.debug) {
                failure.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.of(failure);
        });
        return line;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The root command of any subcommand. */
    static IspConfigCli of(CommandSpec spec) {
        return (IspConfigCli) spec.root().userObject();
    }

    Output output() {
        return new Output(spec.commandLine().getOut(), json || !terminal);
    }

    /** A client for the panel of the options; closing it logs out. */
    IspConfigClient connect() {
        if (url == null || url.isBlank()) {
            throw new ParameterException(spec.commandLine(), "no panel: give --url or set ISPCONFIG_URL");
        }
        if (user == null || user.isBlank()) {
            throw new ParameterException(spec.commandLine(), "no user: give --user or set ISPCONFIG_USER");
        }
        IspConfigClient.Builder builder = IspConfigClient.builder().url(url).username(user).password(password())
                .clientLogin(clientLogin).callTimeout(Duration.ofSeconds(timeoutSeconds));
        if (insecure) {
            builder.insecure(true);
        }
        if (caFile != null) {
            builder.sslContext(trusting(caFile));
        }
        return builder.build();
    }

    private String password() {
        String password = environment.apply(PASSWORD_VARIABLE);
        if (password != null && !password.isEmpty()) {
            return password;
        }
        if (console != null) {
            char[] typed = console.readPassword("Password of %s at %s: ", user, url);
            if (typed != null && typed.length > 0) {
                return new String(typed);
            }
        }
        throw new ParameterException(spec.commandLine(),
                "no password: set " + PASSWORD_VARIABLE + " or run on a terminal to be asked");
    }

    private SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            if (index == 0) {
                throw new ParameterException(spec.commandLine(), "--ca-file " + pem + " holds no certificate");
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new ParameterException(spec.commandLine(), "--ca-file " + pem + ": " + e.getMessage());
        }
    }

    /** The version of the SDK and the ISPConfig release its API was generated from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = IspConfigCli.class.getPackage().getImplementationVersion();
            return new String[] {"ispconfig " + (version != null ? version : "(development build)") + ", API of ISPConfig "
                    + dev.ispconfig.client.api.ApiInventory.TAG};
        }
    }
}
