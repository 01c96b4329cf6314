package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.api.ApiInventory;
import dev.ispconfig.client.soap.SoapFault;
import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapRequest;
import dev.ispconfig.client.soap.SoapWriter;
import dev.ispconfig.transport.tck.Answers;
import dev.ispconfig.transport.tck.LoopbackServer;
import dev.ispconfig.transport.tck.Request;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A panel on loopback for the starter's tests: real HTTP and SOAP bytes (the core's writer, which matches PHP's
 * SoapServer byte for byte), ISPConfig's session rules (unknown ids fault {@code session_does_not_exist}), a few
 * realistic answers, queued failures, and counters. The full simulator lives in {@code ispconfig-test}.
 */
final class StubPanel implements AutoCloseable {

    static final String USER = "remote-admin";
    static final String PASSWORD = "Pa55-w0rd-never-logged";

    /** One scripted failure for the next matching call. */
    sealed interface Failure {
    }

    record Fault(String code, String message) implements Failure {
    }

    record HttpStatus(int status, String body) implements Failure {
    }

    record Delay(long millis) implements Failure {
    }

    /** Holds the answer until {@code release} is counted down. */
    record Hold(java.util.concurrent.CountDownLatch release) implements Failure {
    }

    final AtomicInteger logins = new AtomicInteger();
    final AtomicInteger logouts = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final Set<String> sessions = ConcurrentHashMap.newKeySet();
    final Set<String> issuedSessions = ConcurrentHashMap.newKeySet();
    final Map<String, AtomicInteger> callsByMethod = new ConcurrentHashMap<>();
    private final Map<String, Queue<Failure>> failures = new ConcurrentHashMap<>();
    private final Map<String, Function<List<Object>, Object>> answers = new ConcurrentHashMap<>();
    volatile List<String> functionList = withConstructor(ApiInventory.METHODS);
    volatile boolean functionListDenied;
    volatile String password = PASSWORD;
    volatile long callDelayMillis;

    private final LoopbackServer server = LoopbackServer.plain(connection -> connection.answerEach(this::handle));

    StubPanel() {
        answer("sites_web_domain_get", arguments -> webDomain(arguments.get(0)));
    }

    URI url() {
        return server.uri();
    }

    /** Answers {@code method} (arguments after the session id) with {@code answer}. */
    void answer(String method, Function<List<Object>, Object> answer) {
        answers.put(method, answer);
    }

    /** The next calls of {@code method} ({@code *} for any but login/logout) meet these failures, in order. */
    void fail(String method, Failure... next) {
        Queue<Failure> queue = failures.computeIfAbsent(method, key -> new ConcurrentLinkedQueue<>());
        queue.addAll(List.of(next));
    }

    void expireAll() {
        sessions.clear();
    }

    int callsOf(String method) {
        AtomicInteger count = callsByMethod.get(method);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.close();
    }

    private byte[] handle(Request exchange) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        Answer answer;
        try {
            answer = answer(exchange);
        } finally {
            // Counted until the answer is decided, not until it is written: a fast client has read the answer and
            // sent its next call before this handler gets further.
            inFlight.decrementAndGet();
        }
        return Answers.http(answer.status(), answer.contentType(), answer.body());
    }

    private record Answer(int status, String contentType, byte[] body) {

        static Answer soap(int status, byte[] body) {
            return new Answer(status, "text/xml; charset=utf-8", body);
        }
    }

    private Answer answer(Request exchange) {
        SoapRequest request;
        try {
            request = SoapReader.readRequest(new ByteArrayInputStream(exchange.body()));
        } catch (Exception e) {
            return Answer.soap(500, SoapWriter.fault(new SoapFault("SOAP-ENV:Client", "Bad Request")));
        }
        callsByMethod.computeIfAbsent(request.method(), key -> new AtomicInteger()).incrementAndGet();
        Failure failure = nextFailure(request.method());
        if (failure instanceof Delay delay) {
            sleep(delay.millis());
        } else if (failure instanceof Hold hold) {
            try {
                hold.release().await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (failure instanceof HttpStatus status) {
            return new Answer(status.status(), "text/html; charset=UTF-8",
                    status.body().getBytes(StandardCharsets.UTF_8));
        } else if (failure instanceof Fault fault) {
            return Answer.soap(500, SoapWriter.fault(new SoapFault(fault.code(), fault.message())));
        }
        Object result;
        try {
            result = dispatch(request);
        } catch (PanelFault fault) {
            return Answer.soap(500, SoapWriter.fault(new SoapFault(fault.code, fault.getMessage())));
        }
        return Answer.soap(200, SoapWriter.response(request.method(), result));
    }

    private Failure nextFailure(String method) {
        Queue<Failure> own = failures.get(method);
        Failure failure = own == null ? null : own.poll();
        if (failure == null && !method.equals("login") && !method.equals("logout")) {
            Queue<Failure> any = failures.get("*");
            failure = any == null ? null : any.poll();
        }
        return failure;
    }

    private Object dispatch(SoapRequest request) {
        List<Object> arguments = request.arguments();
        switch (request.method()) {
            case "login" -> {
                if (!USER.equals(arguments.get(0)) || !password.equals(arguments.get(1))) {
                    throw new PanelFault("login_failed", "The login failed. Username or password wrong.");
                }
                logins.incrementAndGet();
                String id = "s" + HexFormat.of().formatHex(randomBytes(20));
                sessions.add(id);
                issuedSessions.add(id);
                return id;
            }
            case "logout" -> {
                logouts.incrementAndGet();
                sessions.remove(String.valueOf(arguments.get(0)));
                return Boolean.TRUE;
            }
            default -> {
                calls.incrementAndGet();
                if (!sessions.contains(String.valueOf(arguments.get(0)))) {
                    throw new PanelFault("session_does_not_exist", "The Session is expired or does not exist.");
                }
                sleep(callDelayMillis);
                List<Object> rest = arguments.subList(1, arguments.size());
                if (request.method().equals("get_function_list")) {
                    if (functionListDenied) {
                        throw new PanelFault("permission_denied",
                                "You do not have the permissions to access this function.");
                    }
                    return functionList;
                }
                Function<List<Object>, Object> answer = answers.get(request.method());
                if (answer == null) {
                    throw new PanelFault("invalid_method", "Method " + request.method() + " does not exist");
                }
                return answer.apply(rest);
            }
        }
    }

    /** A web domain row shaped like the captured one: every column a string. */
    static Map<String, Object> webDomain(Object id) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("domain_id", String.valueOf(id));
        row.put("sys_userid", "1");
        row.put("sys_groupid", "3");
        row.put("server_id", "1");
        row.put("domain", "example.com");
        row.put("type", "vhost");
        row.put("php", "php-fpm");
        row.put("active", "y");
        return row;
    }

    static List<String> withConstructor(List<String> methods) {
        List<String> list = new ArrayList<>(methods);
        list.add(list.indexOf("login"), "__construct");
        return List.copyOf(list);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class PanelFault extends RuntimeException {

        private static final long serialVersionUID = 1L;
        final String code;

        PanelFault(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}
