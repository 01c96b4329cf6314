package dev.ispconfig.test;

import dev.ispconfig.client.soap.SoapWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The PHP side of the simulator: dispatch, login and logout, the session and permission check every method runs
 * first ({@code checkPerm}), then the modelled method or the answer of a panel without such data. Calls run one at a
 * time on the database, as the simulator needs no more.
 */
final class Panel {

    /** A remote user of "System > Remote Users": name, password, granted function names. */
    record RemoteUser(String name, String password, Set<String> functions) {
    }

    final Database database = new Database();
    final Sessions sessions;
    final SimulatorStats stats;
    private final Map<String, RemoteUser> users = new ConcurrentHashMap<>();
    /** The last {@link #LOG_SIZE} calls, oldest first. */
    private final java.util.Deque<Request> log = new java.util.ArrayDeque<>();
    private final Map<String, java.util.function.Function<List<@Nullable Object>, @Nullable Object>> scripted =
            new ConcurrentHashMap<>();
    static final int LOG_SIZE = 10_000;
    final Handlers handlers;
    final Clock clock;

    Panel(Sessions sessions, SimulatorStats stats, Clock clock) {
        this.sessions = sessions;
        this.stats = stats;
        this.clock = clock;
        this.handlers = new Handlers(database, clock);
    }

    void addUser(RemoteUser user) {
        users.put(user.name(), user);
    }

    /** The answer of {@code method} from now on, after the session and permission checks, instead of the model's. */
    void script(String method, java.util.function.Function<List<@Nullable Object>, @Nullable Object> answer) {
        scripted.put(method, answer);
    }

    /** Logs one answered call; the login's password never enters the log. */
    private void record(String method, List<Object> arguments, @Nullable String user, @Nullable PanelFault fault) {
        List<Object> kept = new java.util.ArrayList<>(method.equals("login") ? arguments
                : arguments.subList(Math.min(1, arguments.size()), arguments.size()));
        if (method.equals("login") && kept.size() > 1) {
            kept.set(1, "****");
        }
        Request request = new Request(method, kept, user, fault == null ? null : fault.code(),
                fault == null ? null : fault.getMessage());
        synchronized (log) {
            if (log.size() == LOG_SIZE) {
                log.removeFirst();
            }
            log.addLast(request);
        }
    }

    List<Request> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Back to a fresh panel: data, sessions, remote users (but {@code defaultUser}), scripts and the request log. */
    void reset(RemoteUser defaultUser) {
        synchronized (database) {
            database.reset();
        }
        sessions.reset();
        users.clear();
        addUser(defaultUser);
        scripted.clear();
        synchronized (log) {
            log.clear();
        }
    }

    /**
     * Runs one call and returns its answer as the panel's SOAP envelope; logged once that is written, so that an
     * answer that cannot be encoded logs as the fault the client gets.
     *
     * @throws PanelFault where PHP throws a SoapFault
     */
    byte[] call(String method, List<Object> arguments, String ip) {
        Who who = new Who();
        try {
            byte[] answer = SoapWriter.response(method, dispatch(method, arguments, ip, who));
            record(method, arguments, who.user, null);
            return answer;
        } catch (PanelFault fault) {
            record(method, arguments, who.user, fault);
            throw fault;
        } catch (RuntimeException e) {
            // What the HTTP side would answer anyway; made here so that the log shows the same fault.
            PanelFault fault = new PanelFault("SOAP-ENV:Server", String.valueOf(e.getMessage()));
            record(method, arguments, who.user, fault);
            throw fault;
        }
    }

    /** Who made the call in progress, once the panel knows: the session's user or the login's. */
    private static final class Who {
        @Nullable String user;
    }

    private @Nullable Object dispatch(String method, List<Object> arguments, String ip, Who who) {
        if (!MethodTable.dispatched(method)) {
            throw new PanelFault("invalid_method", "Method " + method + " does not exist");
        }
        stats.called(method);
        if (method.equals("__construct")) {
            return null;
        }
        MethodTable.Info info = Objects.requireNonNull(MethodTable.info(method), "dispatched methods have their info");
        if (arguments.size() < info.required()) {
            throw new PanelFault("SOAP-ENV:Server", "Too few arguments to function " + info.phpClass() + "::" + method
                    + "(), " + arguments.size() + " passed in /usr/local/ispconfig/interface/lib/classes/"
                    + "soap_handler.inc.php on line 49 and " + (info.required() == info.total() ? "exactly" : "at least")
                    + " " + info.required() + " expected");
        }
        if (method.equals("login")) {
            Sessions.Session session = login(arguments, ip);
            who.user = session.user();
            return session.id();
        }
        if (method.equals("logout")) {
            return logout(arguments.get(0), who);
        }
        Sessions.Session session = checkSession(arguments.get(0), ip);
        who.user = session.user();
        if (!session.clientLogin()) {
            for (String permission : MethodTable.permissions(method)) {
                if (!session.functions().contains(permission)) {
                    throw PanelFault.permissionDenied();
                }
            }
        }
        List<Object> rest = arguments.subList(1, arguments.size());
        java.util.function.Function<List<@Nullable Object>, @Nullable Object> answer = scripted.get(method);
        if (answer != null) {
            return answer.apply(rest);
        }
        synchronized (database) {
            // Methods that call others inside (increase_serial) check those permissions too.
            Handlers.Caller caller = session.clientLogin()
                    ? Handlers.Caller.clientLogin(database.userOfClient(session.clientId()))
                    : Handlers.Caller.remoteUser(permission -> session.functions().contains(permission));
            return handlers.call(method, rest, info, caller);
        }
    }

    private Sessions.Session login(List<Object> arguments, String ip) {
        Object username = arguments.get(0);
        Object password = arguments.get(1);
        boolean clientLogin = arguments.size() > 2 && !Php.empty(arguments.get(2));
        if (Php.empty(username)) {
            throw new PanelFault("login_username_empty", "The login username is empty.");
        }
        if (Php.empty(password)) {
            throw new PanelFault("login_password_empty", "The login password is empty.");
        }
        sessions.purgeExpired();
        if (sessions.lockedOut(ip)) {
            stats.failedLogin();
            throw new PanelFault("login_failure_limit", "The login failure limit has been reached.");
        }
        String name = Php.str(username);
        if (clientLogin) {
            return clientLogin(name, Php.str(password), ip);
        }
        RemoteUser user = users.get(name);
        if (user == null || !user.password().equals(Php.str(password))) {
            sessions.recordFailure(ip);
            stats.failedLogin();
            throw new PanelFault("login_failed", "The login failed. Username or password wrong.");
        }
        sessions.clearFailures(ip);
        stats.login();
        return sessions.open(user.name(), user.functions(), false, 0, ip);
    }

    /** {@code client_login=true}: a client's panel login with {@code can_use_api}; every function is allowed. */
    private Sessions.Session clientLogin(String name, String password, String ip) {
        Map<String, Object> user;
        synchronized (database) {
            List<Map<String, Object>> rows = database.table("sys_user").where("username", name);
            user = rows.isEmpty() ? null : rows.get(0);
        }
        if (user == null) {
            sessions.recordFailure(ip);
            stats.failedLogin();
            throw new PanelFault("client_login_failed", "The login failed. Username or password wrong.");
        }
        if (!Handlers.passwordHash(password).equals(user.get("passwort"))) {
            stats.failedLogin(); // the panel counts no attempt for a wrong client password
            throw new PanelFault("client_login_failed", "The login failed. Username or password wrong.");
        }
        if (!"1".equals(user.get("active"))) {
            stats.failedLogin();
            throw new PanelFault("client_login_failed", "The login failed. User is blocked.");
        }
        long clientId = Php.intval(user.get("client_id"));
        Map<String, Object> client;
        synchronized (database) {
            client = database.table("client").get(clientId);
        }
        if (client == null || !"y".equals(client.get("can_use_api"))) {
            stats.failedLogin();
            throw new PanelFault("client_login_failed", "The login failed. Client may not use api.");
        }
        stats.login();
        return sessions.open(name, Set.of(), true, clientId, ip);
    }

    /** Deletes the session and answers true for any non-empty id, known or not, as the panel does. */
    private Object logout(Object sessionId, Who who) {
        if (Php.empty(sessionId)) {
            throw new PanelFault("session_id_empty", "The SessionID is empty.");
        }
        Sessions.Session removed = sessions.remove(Php.str(sessionId));
        if (removed != null) {
            who.user = removed.user();
            stats.logout();
        } else {
            stats.logoutOfDeadSession();
        }
        return Boolean.TRUE;
    }

    private Sessions.Session checkSession(Object sessionId, String ip) {
        if (Php.empty(sessionId)) {
            throw new PanelFault("session_id_empty", "The SessionID is empty.");
        }
        if (!(sessionId instanceof String id)) {
            throw new PanelFault("session_id_nostring", "Wrong SessionID datatype.");
        }
        if (sessions.lockedOut(ip)) {
            throw new PanelFault("session_failure_limit", "The Session failure limit has been reached.");
        }
        Sessions.Session session = sessions.find(id);
        if (session == null) {
            sessions.recordFailure(ip);
            stats.deadSessionCall();
            throw new PanelFault("session_does_not_exist", "The Session is expired or does not exist.");
        }
        if (!session.ip().equals(ip)) {
            throw new PanelFault("session_ip_mismatch", "Session IP mismatch.");
        }
        return session;
    }
}
