package dev.ispconfig.client;

import dev.ispconfig.client.soap.SoapFault;
import dev.ispconfig.client.soap.SoapReader;
import dev.ispconfig.client.soap.SoapRequest;
import dev.ispconfig.client.soap.SoapWriter;
import dev.ispconfig.client.transport.RequestNotSentException;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.TransportRequest;
import dev.ispconfig.client.transport.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A panel in memory for session tests: real SOAP bytes both ways (our writer and reader), ISPConfig's session rules
 * (login returns a 41-character id, unknown ids fault {@code session_does_not_exist}, logout accepts anything), and
 * counters. The simulator of {@code ispconfig-test} is the full-featured one; this stays small on purpose.
 */
final class FakePanel implements Transport {

    static final String USER = "admin";
    static final String PASSWORD = "s3cret-pass";

    final AtomicInteger logins = new AtomicInteger();
    final AtomicInteger failedLogins = new AtomicInteger();
    final AtomicInteger logouts = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();
    final Set<String> liveSessions = ConcurrentHashMap.newKeySet();
    final List<SoapRequest> requests = new CopyOnWriteArrayList<>();
    final List<String> issuedIds = new CopyOnWriteArrayList<>();
    volatile String password = PASSWORD;
    volatile boolean lockedOut;
    volatile long loginDelayMillis;
    /** When set, a login is read, then the panel stays silent this long and the transport reports a read timeout. */
    volatile long loginHangMillis;
    /** When set, a login cannot reach the panel: the transport reports a refused connection. */
    volatile boolean unreachable;
    final AtomicInteger loginAttempts = new AtomicInteger();
    /** Counted down when a login arrives. */
    volatile java.util.concurrent.CountDownLatch loginArrived = new java.util.concurrent.CountDownLatch(1);
    /** Answers calls other than login/logout; gets the arguments after the session id. */
    volatile Function<List<Object>, Object> handler = arguments -> arguments.isEmpty() ? "ok" : arguments.get(0);
    /** When set, answers calls instead of {@link #handler}, by method name and the arguments after the session id. */
    volatile BiFunction<String, List<Object>, Object> router;
    private final AtomicInteger nextId = new AtomicInteger(1);

    static IspConfigClient.Builder clientFor(FakePanel panel) {
        return IspConfigClient.builder().url("http://127.0.0.1:1/remote/index.php")
                .username(USER).password(PASSWORD).sharedTransport(panel);
    }

    /** Kills every session, as the panel's absolute expiry does. */
    void expireAll() {
        liveSessions.clear();
    }

    @Override
    public TransportResponse send(TransportRequest sent) throws IOException {
        SoapRequest request;
        try {
            request = SoapReader.readRequest(new ByteArrayInputStream(sent.body()));
        } catch (Exception e) {
            throw new AssertionError("the client sent unreadable SOAP", e);
        }
        requests.add(request);
        List<Object> arguments = request.arguments();
        switch (request.method()) {
            case "login" -> {
                loginAttempts.incrementAndGet();
                loginArrived.countDown();
                if (unreachable) {
                    throw new RequestNotSentException("could not connect: ConnectException (Connection refused)",
                            null);
                }
                if (loginHangMillis > 0) {
                    sleep(loginHangMillis);
                    throw new SocketTimeoutException("no answer within the read timeout");
                }
                return login(arguments);
            }
            case "logout" -> {
                logouts.incrementAndGet();
                liveSessions.remove(arguments.get(0));
                return answer("logout", Boolean.TRUE);
            }
            default -> {
                calls.incrementAndGet();
                if (!liveSessions.contains(arguments.get(0))) {
                    return fault("session_does_not_exist", "The Session is expired or does not exist.");
                }
                try {
                    List<Object> rest = arguments.subList(1, arguments.size());
                    BiFunction<String, List<Object>, Object> byMethod = router;
                    return answer(request.method(),
                            byMethod != null ? byMethod.apply(request.method(), rest) : handler.apply(rest));
                } catch (FaultAnswer f) {
                    return fault(f.code, f.getMessage());
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private TransportResponse login(List<Object> arguments) {
        if (loginDelayMillis > 0) {
            sleep(loginDelayMillis);
        }
        if (lockedOut) {
            failedLogins.incrementAndGet();
            return fault("login_failure_limit", "The login failure limit has been reached.");
        }
        if (!USER.equals(arguments.get(0)) && !String.valueOf(arguments.get(0)).startsWith("client")
                || !password.equals(arguments.get(1))) {
            failedLogins.incrementAndGet();
            return fault("login_failed", "The login failed. Username or password wrong.");
        }
        logins.incrementAndGet();
        String id = "s" + String.format("%040x", nextId.getAndIncrement());
        issuedIds.add(id);
        liveSessions.add(id);
        return answer("login", id);
    }

    private static TransportResponse answer(String method, Object value) {
        return reply(200, SoapWriter.response(method, value));
    }

    private static TransportResponse fault(String code, String message) {
        return reply(500, SoapWriter.fault(new SoapFault(code, message)));
    }

    private static TransportResponse reply(int status, byte[] body) {
        return new TransportResponse() {
            private final InputStream in = new ByteArrayInputStream(body);

            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public Optional<String> header(String name) {
                return name.equalsIgnoreCase("Content-Type") ? Optional.of("text/xml; charset=utf-8")
                        : Optional.empty();
            }

            @Override
            public InputStream body() {
                return in;
            }

            @Override
            public void close() {
            }
        };
    }

    /** Thrown by a handler to answer with a fault. */
    static final class FaultAnswer extends RuntimeException {

        private static final long serialVersionUID = 1L;
        final String code;

        FaultAnswer(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}
