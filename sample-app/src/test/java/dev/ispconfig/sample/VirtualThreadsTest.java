package dev.ispconfig.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.boot.autoconfigure.IspConfigClientBuilderCustomizer;
import dev.ispconfig.boot.autoconfigure.IspConfigRetryListener;
import dev.ispconfig.client.api.SitesModule;
import dev.ispconfig.client.transport.JdkHttpTransport;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.apache.ApacheHttpTransport;
import dev.ispconfig.test.IspConfigSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.Retryable;

/**
 * The starter's blocking client under {@code spring.threads.virtual.enabled=true}, in the sample app on its demo
 * simulator: calls from many virtual threads at once, and from Tomcat's request threads, which the property makes
 * virtual. Every call must succeed on a virtual thread and never pin its carrier while it waits: in a socket read, for
 * a slot of the request limit, or for another thread's login. A pin is what JFR records as
 * {@code jdk.VirtualThreadPinned} ({@link PinnedVirtualThreadsTest} shows that it would see one).
 *
 * <p>Runs on Java 21+ only, in the build's second surefire run ({@code -Dispconfig.jdk21.home}). What it proves
 * depends on that JDK: from Java 24 on {@code synchronized} no longer pins, so there it covers native frames and class
 * initializers only; on 21 to 23 it also catches a monitor held across a wait.
 */
@Tag(VirtualThreads.TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.threads.virtual.enabled=true", Operator.USER_PROPERTY, Operator.PASSWORD_PROPERTY})
@Import(VirtualThreadsTest.Recording.class)
class VirtualThreadsTest {

    static final int CALLS = 200;
    static final int REQUESTS = 50;

    @Autowired
    private SitesModule sites;

    @Autowired
    private IspConfigSimulator panel;

    @Autowired
    private CallThreads callThreads;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void java21() {
        VirtualThreads.assumeAvailable();
    }

    @BeforeEach
    void slowPanel() {
        // Answers that take a while: calls queue for the request limit (4 by default) and wait in socket reads.
        panel.faults().forMethod("sites_web_domain_get").latency(Duration.ofMillis(5));
        callThreads.clear();
    }

    @AfterEach
    void healthyPanel() {
        panel.faults().clear();
    }

    /** The transport the context's client was built with: the starter's own, Apache HttpClient 5. */
    Class<? extends Transport> expectedTransport() {
        return ApacheHttpTransport.class;
    }

    @Test
    void twoHundredCallsFromVirtualThreadsSucceedWithoutPinningACarrier() throws Exception {
        // A slow login, so that most threads wait for another's; the run starts without a session, and halfway
        // every session dies, so logins happen under load.
        panel.faults().forMethod("login").latency(Duration.ofMillis(50));
        onOneVirtualThread(() -> {
            sites.webDomain(1);
            panel.faults().expireAllSessions();
            sites.webDomain(2); // meets the dead session: the re-login path
            panel.faults().expireAllSessions();
        });
        callThreads.clear();
        int loginsBefore = panel.stats().logins();
        int deadBefore = panel.stats().deadSessionCalls();
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        List<Future<String>> domains = new ArrayList<>();
        List<RecordedEvent> pinned;
        try (PinnedVirtualThreads pins = new PinnedVirtualThreads()) {
            ExecutorService executor = VirtualThreads.perTaskExecutor();
            try {
                for (int i = 0; i < CALLS; i++) {
                    int id = 1 + i % 2;
                    domains.add(executor.submit(() -> {
                        requireVirtual();
                        go.await();
                        String domain = sites.webDomain(id).domain();
                        if (done.incrementAndGet() == CALLS / 2) {
                            panel.faults().expireAllSessions();
                        }
                        return domain;
                    }));
                }
                go.countDown();
                for (int i = 0; i < CALLS; i++) {
                    assertThat(domains.get(i).get(60, TimeUnit.SECONDS)).as("call " + i)
                            .isEqualTo(i % 2 == 0 ? "example.com" : "shop.example.com");
                }
            } finally {
                executor.shutdownNow();
                assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
            pinned = pins.drain();
        }

        assertThat(pinned).as(PinnedVirtualThreads.describe(pinned)).isEmpty();
        assertThat(callThreads.seen()).as(callThreads.retries().toString())
                .hasSize(CALLS + callThreads.retries().size())
                .allSatisfy(thread -> assertThat(VirtualThreads.isVirtual(thread)).as(thread.toString()).isTrue());
        assertThat(callThreads.transports()).containsOnly(expectedTransport());
        assertThat(panel.stats().logins() - loginsBefore).as("the first login and the one after the expiry")
                .isGreaterThanOrEqualTo(2);
        assertThat(panel.stats().deadSessionCalls() - deadBefore).as("calls that met the killed session")
                .isPositive();
    }

    @Test
    void tomcatServesRequestsOnVirtualThreadsWhoseCallsDoNotPinACarrier() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sites/1"))
                .header("Authorization", Operator.BASIC).GET().build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).as("warm-up").isEqualTo(200);
        callThreads.clear();
        List<RecordedEvent> pinned;
        try (PinnedVirtualThreads pins = new PinnedVirtualThreads()) {
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                responses.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> response : responses) {
                HttpResponse<String> answer = response.get(60, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(answer.body()).contains("\"domain\":\"example.com\"");
            }
            pinned = pins.drain();
        }

        assertThat(pinned).as(PinnedVirtualThreads.describe(pinned)).isEmpty();
        // The controller's call runs on the thread Tomcat handed the request to: virtual, as the property asks.
        assertThat(callThreads.seen()).as(callThreads.retries().toString())
                .hasSize(REQUESTS + callThreads.retries().size())
                .allSatisfy(thread -> assertThat(VirtualThreads.isVirtual(thread)).as(thread.toString()).isTrue());
    }

    /**
     * Runs {@code work} once on a virtual thread, before the recording: a class loaded or initialized for the first
     * time while other threads want it too pins them (JDK, Jackson, AssertJ and our classes alike), on every Java
     * version so far. That happens once per JVM and is not what these tests look for: a pin while a call waits.
     */
    private static void onOneVirtualThread(Runnable work) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = VirtualThreads.start(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        thread.join(60_000);
        assertThat(thread.isAlive()).as("warm-up still running").isFalse();
        assertThat(failure.get()).as("warm-up").isNull();
    }

    /** Plain Java, no AssertJ: its classes would load during the recording. */
    private static void requireVirtual() {
        if (!VirtualThreads.isVirtual(Thread.currentThread())) {
            throw new AssertionError("not a virtual thread: " + Thread.currentThread());
        }
    }

    /**
     * The threads the client's calls ran on, seen by an interceptor inside the starter's retry (so a retried call is
     * seen once per attempt), what each retry followed, and the transports the client made.
     */
    static final class CallThreads {

        private final Queue<Thread> seen = new ConcurrentLinkedQueue<>();
        private final Queue<String> retries = new ConcurrentLinkedQueue<>();
        private final Queue<Class<? extends Transport>> transports = new ConcurrentLinkedQueue<>();

        List<Thread> seen() {
            return List.copyOf(seen);
        }

        /** A keep-alive connection the simulator closed after 5 s idle, as Apache httpd does, costs one. */
        List<String> retries() {
            return List.copyOf(retries);
        }

        List<Class<? extends Transport>> transports() {
            return List.copyOf(transports);
        }

        void clear() {
            seen.clear();
            retries.clear();
        }
    }

    /**
     * Records each call's thread, innermost of the interceptors; keeps the starter's transport or, with
     * {@code vthreads.transport=jdk}, puts the JDK's in its place. Imported, not a nested {@code @TestConfiguration}:
     * Spring would find that one as default configuration of the subclass too, and warns.
     */
    static class Recording {

        @Bean
        CallThreads callThreads() {
            return new CallThreads();
        }

        @Bean
        IspConfigClientBuilderCustomizer recordCallThreads(CallThreads threads, Transport.Factory starterTransport,
                @Value("${vthreads.transport:starter}") String transport) {
            Transport.Factory factory = "jdk".equals(transport) ? JdkHttpTransport::new : starterTransport;
            return builder -> builder
                    .transport(settings -> {
                        Transport made = factory.create(settings);
                        threads.transports.add(made.getClass());
                        return made;
                    })
                    .addInterceptor((call, chain) -> {
                        threads.seen.add(Thread.currentThread());
                        return chain.proceed(call);
                    });
        }

        @Bean
        IspConfigRetryListener recordRetries(CallThreads threads) {
            return new IspConfigRetryListener() {
                @Override
                public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
                    threads.retries.add(retryable.getName() + " after " + state.getLastException());
                }
            };
        }
    }
}
