package dev.ispconfig.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.LoginReason;
import dev.ispconfig.client.SessionListener;
import dev.ispconfig.client.exception.AuthenticationException;
import dev.ispconfig.client.exception.DatabaseErrorException;
import dev.ispconfig.client.exception.IspConfigException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.client.soap.SoapFault;
import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapRequest;
import dev.ispconfig.client.soap.SoapWriter;
import dev.ispconfig.test.TestClock;
import dev.ispconfig.transport.tck.LoopbackServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A whole session life against a loopback panel that misbehaves on purpose, with every java.util.logging logger at
 * ALL (the core logs through System.Logger, which goes to JUL) and standard output captured: neither a password nor
 * any session id the panel issued may appear in a log line, an exception (message, toString, stack trace with causes),
 * a listener callback, or the toString of the client and the calls; {@code database_error} text is redacted.
 */
class SecretsFlowTest {

    private static final String USER = "admin";
    private static final String PASSWORD = "Pw-7f3c!s3cr3t-main";
    private static final String WRONG_PASSWORD = "Wr0ng-Pa55-x9q";
    private static final String CLIENT_PASSWORD = "Cl1ent-Pw-k2v";
    private static final String HASH = "$6$rounds=5000$Zx8xsaltsalt$Q9hashhashhashhash";

    private final SecureRandom random = new SecureRandom();
    private final Set<String> liveSessions = ConcurrentHashMap.newKeySet();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final Set<String> answeredOnce = ConcurrentHashMap.newKeySet();
    private final List<String> captured = new CopyOnWriteArrayList<>();
    private final Handler handler = new CapturingHandler();
    private final Map<String, Level> savedLevels = new LinkedHashMap<>();
    private volatile boolean loginAnswersHtml;
    private LoopbackServer panel;
    private PrintStream savedOut;
    private PrintStream savedErr;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void captureEverything() throws IOException {
        for (String name : List.of("", "dev.ispconfig", "dev.ispconfig.client", "dev.ispconfig.client.session")) {
            Logger logger = Logger.getLogger(name);
            savedLevels.put(name, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        Logger.getLogger("").addHandler(handler);
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(new Tee(savedOut, console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(savedErr, console), true, StandardCharsets.UTF_8));
        panel = Scripted.serve(this::answer);
    }

    @AfterEach
    void restore() throws IOException {
        System.setOut(savedOut);
        System.setErr(savedErr);
        Logger.getLogger("").removeHandler(handler);
        savedLevels.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
        panel.close();
    }

    @Test
    void noSecretLeavesTheSdkDuringAWholeSessionLife() {
        TestClock clock = new TestClock();
        List<Throwable> failures = new ArrayList<>();
        List<String> heard = new CopyOnWriteArrayList<>();
        SessionListener listener = new SessionListener() {
            @Override
            public void loggedIn(LoginReason reason) {
                heard.add("loggedIn " + reason);
            }

            @Override
            public void loginFailed(IspConfigException failure) {
                heard.add("loginFailed " + render(failure));
            }

            @Override
            public void sessionExpired(String method) {
                heard.add("sessionExpired " + method);
            }
        };
        IspConfigClient.Builder builder = IspConfigClient.builder().url(panel.uri()).username(USER).password(PASSWORD)
                .nanoClock(clock).sessionListener(listener).readTimeout(Duration.ofSeconds(5))
                .addInterceptor((call, chain) -> {
                    heard.add("intercepted " + call); // what a user's logging interceptor would print
                    return chain.proceed(call);
                });
        heard.add("builder " + builder);

        try (IspConfigClient client = builder.build()) {
            heard.add("client " + client);
            // 1. the first login answers an HTML error page that echoes the password and a session id
            loginAnswersHtml = true;
            failures.add(expect(TransportException.class, () -> client.call("sites_web_domain_get", 1)));
            loginAnswersHtml = false;
            clock.advance(Duration.ofSeconds(6)); // past the cool-down of a login that did not reach the panel
            // 2. a normal login and a call whose record carries a password hash
            assertThat(client.call("sites_web_domain_get", 1)).isInstanceOf(Map.class);
            // 3. database_error whose text holds the SQL with a password hash, the password and the session id
            Throwable db = expect(DatabaseErrorException.class, () -> client.call("sites_web_domain_get", 2));
            assertThat(db.getMessage()).doesNotContain("UPDATE").doesNotContain(HASH);
            assertThat(((DatabaseErrorException) db).faultString()).doesNotContain("UPDATE").doesNotContain(HASH);
            failures.add(db);
            // 4. the panel kills the session: session_does_not_exist (echoing the id), one re-login, the retry works
            assertThat(client.call("sites_web_domain_get", 3)).isInstanceOf(Map.class);
            // 5. HTTP 500 and HTTP 200 HTML pages echoing the session id
            failures.add(expect(TransportException.class, () -> client.call("sites_web_domain_get", 4)));
            failures.add(expect(TransportException.class, () -> client.call("sites_web_domain_get", 5)));
            // 6. a fault text echoing the session id
            failures.add(expect(PermissionDeniedException.class, () -> client.call("sites_web_domain_get", 6)));
            // 7. broken SOAP whose text carries the session id
            failures.add(expect(TransportException.class, () -> client.call("sites_web_domain_get", 7)));
            // 8. a password change whose error page echoes the new password
            failures.add(expect(TransportException.class,
                    () -> client.call("client_change_password", 1, CLIENT_PASSWORD)));
            // 9. the session ages past sessionMaxAge: proactive re-login, old session logged out
            clock.advance(Duration.ofMinutes(26));
            assertThat(client.call("sites_web_domain_get", 1)).isInstanceOf(Map.class);
            // 10. a panel client's login (client_login=true) with its own password
            try (IspConfigClient asClient = client.asClient("client1", CLIENT_PASSWORD)) {
                heard.add("asClient " + asClient);
                assertThat(asClient.call("sites_web_domain_get", 1)).isInstanceOf(Map.class);
            }
        }
        // 11. a wrong password, twice: the panel once, then the cool-down answers from memory
        try (IspConfigClient wrong = IspConfigClient.builder().url(panel.uri()).username(USER)
                .password(WRONG_PASSWORD).sessionListener(listener).build()) {
            failures.add(expect(AuthenticationException.class, () -> wrong.call("sites_web_domain_get", 1)));
            failures.add(expect(AuthenticationException.class, () -> wrong.call("sites_web_domain_get", 1)));
        }

        List<String> secrets = new ArrayList<>(List.of(PASSWORD, WRONG_PASSWORD, CLIENT_PASSWORD, HASH));
        secrets.addAll(issued);
        assertThat(issued).as("sessions the panel issued").hasSizeGreaterThanOrEqualTo(4);
        assertThat(liveSessions).as("sessions left open on the panel").isEmpty();

        StringBuilder everything = new StringBuilder();
        captured.forEach(line -> everything.append(line).append('\n'));
        everything.append(console.toString(StandardCharsets.UTF_8));
        heard.forEach(line -> everything.append(line).append('\n'));
        failures.forEach(failure -> everything.append(render(failure)));
        assertThat(captured).as("log records at ALL: the SDK logs its logins and logouts").isNotEmpty();
        for (String secret : secrets) {
            assertThat(everything.toString()).as("captured output").doesNotContain(secret);
        }
        Figures.line(String.format(java.util.Locale.ROOT, "secrets: %d log records, %d exceptions (%,d chars with "
                        + "stack traces), %d listener/toString lines, %d console bytes searched for %d secrets "
                        + "(3 passwords, 1 hash, %d session ids): none found", captured.size(), failures.size(),
                failures.stream().mapToInt(f -> render(f).length()).sum(), heard.size(), console.size(),
                secrets.size(), issued.size()));
    }

    // --- the panel

    private boolean answer(byte[] body, OutputStream out) throws IOException {
        SoapRequest request;
        try {
            request = SoapReader.readRequest(new ByteArrayInputStream(body));
        } catch (Exception e) {
            Scripted.respondXml(out, 500, SoapWriter.fault(new SoapFault("SOAP-ENV:Client", "bad request")));
            return true;
        }
        List<Object> args = request.arguments();
        switch (request.method()) {
            case "login" -> {
                if (loginAnswersHtml) {
                    html(out, 500, "<b>Fatal error</b>: login('" + args.get(0) + "', '" + args.get(1) + "') session "
                            + newSessionId() + " in /usr/local/ispconfig/interface/lib/classes/remoting.inc.php");
                } else if (PASSWORD.equals(args.get(1)) || CLIENT_PASSWORD.equals(args.get(1))) {
                    String id = newSessionId();
                    liveSessions.add(id);
                    Scripted.respondXml(out, 200, SoapWriter.response("login", id));
                } else {
                    fault(out, "login_failed", "The login failed. Username or password wrong.");
                }
            }
            case "logout" -> {
                liveSessions.remove((String) args.get(0));
                Scripted.respondXml(out, 200, SoapWriter.response("logout", true));
            }
            case "client_change_password" -> html(out, 500, "<b>Warning</b>: client_change_password("
                    + args.get(0) + ", " + args.get(1) + ", '" + args.get(2) + "') failed");
            default -> call(args, out);
        }
        return true;
    }

    private void call(List<Object> args, OutputStream out) throws IOException {
        String session = (String) args.get(0);
        if (!liveSessions.contains(session)) {
            fault(out, "session_does_not_exist", "The session " + session + " does not exist or is expired.");
            return;
        }
        int id = (Integer) args.get(1);
        switch (id) {
            case 2 -> fault(out, "database_error", "Duplicate entry: UPDATE sys_user SET passwort = '" + HASH
                    + "' WHERE session = '" + session + "' -- " + PASSWORD);
            case 3 -> {
                if (answeredOnce.add("kill")) {
                    liveSessions.remove(session);
                    fault(out, "session_does_not_exist", "The session " + session + " does not exist or is expired.");
                } else {
                    record(out);
                }
            }
            case 4 -> html(out, 500, "<h1>Internal Server Error</h1> session_id=" + session);
            case 5 -> html(out, 200, "<br /><b>Notice</b>: Undefined index in remoting.inc.php, session " + session);
            case 6 -> fault(out, "permission_denied", "You do not have the permissions to access this function "
                    + "(session " + session + ").");
            case 7 -> Scripted.respondXml(out, 200, (Hostile.DECLARATION + Hostile.ENVELOPE_OPEN
                    + "<return xsi:type=\"xsd:string\">" + session + "</wrong>").getBytes(StandardCharsets.UTF_8));
            default -> record(out);
        }
    }

    private static void record(OutputStream out) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("domain_id", "1");
        row.put("domain", "example.com");
        row.put("password", HASH); // the panel's records carry hashes: the SDK must never print a value
        Scripted.respondXml(out, 200, SoapWriter.response("sites_web_domain_get", row));
    }

    private static void fault(OutputStream out, String code, String text) throws IOException {
        Scripted.respondXml(out, 500, SoapWriter.fault(new SoapFault(code, text)));
    }

    private static void html(OutputStream out, int status, String text) throws IOException {
        Scripted.respond(out, status, "text/html",
                ("<html><body>" + text + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private String newSessionId() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        String id = (char) ('a' + random.nextInt(26)) + HexFormat.of().formatHex(bytes);
        issued.add(id);
        return id;
    }

    // --- capture

    private static Throwable expect(Class<? extends Throwable> type, Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(type);
        return thrown;
    }

    /** Message, toString and the whole stack trace with every cause and suppressed exception. */
    private static String render(Throwable failure) {
        StringWriter out = new StringWriter();
        out.append(failure.getMessage()).append('\n').append(failure.toString()).append('\n');
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private final class CapturingHandler extends Handler {

        private final SimpleFormatter formatter = new SimpleFormatter();

        CapturingHandler() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            captured.add(formatter.format(record)); // message with parameters, and the thrown stack trace
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final class Tee extends OutputStream {

        private final OutputStream first;
        private final ByteArrayOutputStream second;

        Tee(OutputStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            synchronized (second) {
                second.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            synchronized (second) {
                second.write(b, off, len);
            }
        }
    }
}
