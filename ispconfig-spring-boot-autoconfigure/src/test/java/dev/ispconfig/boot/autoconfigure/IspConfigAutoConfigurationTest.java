package dev.ispconfig.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.Call;
import dev.ispconfig.client.CallInterceptor;
import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.SessionListener;
import dev.ispconfig.client.api.AdminModule;
import dev.ispconfig.client.api.ApsModule;
import dev.ispconfig.client.api.BackupsModule;
import dev.ispconfig.client.api.ClientsModule;
import dev.ispconfig.client.api.CronModule;
import dev.ispconfig.client.api.DatabasesModule;
import dev.ispconfig.client.api.DnsModule;
import dev.ispconfig.client.api.DomainsModule;
import dev.ispconfig.client.api.FtpModule;
import dev.ispconfig.client.api.MailModule;
import dev.ispconfig.client.api.MiscModule;
import dev.ispconfig.client.api.MonitorModule;
import dev.ispconfig.client.api.OpenvzModule;
import dev.ispconfig.client.api.ServerModule;
import dev.ispconfig.client.api.ShellModule;
import dev.ispconfig.client.api.SitesModule;
import dev.ispconfig.client.api.WebdavModule;
import dev.ispconfig.client.exception.TransportException;
import dev.ispconfig.client.transport.JdkHttpTransport;
import dev.ispconfig.client.transport.Transport;
import dev.ispconfig.client.transport.TransportSettings;
import dev.ispconfig.client.transport.apache.ApacheHttpTransport;
import dev.ispconfig.transport.tck.LoopbackProxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class IspConfigAutoConfigurationTest {

    private final StubPanel panel = new StubPanel();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IspConfigAutoConfiguration.class,
                    IspConfigModulesAutoConfiguration.class, SslAutoConfiguration.class));

    @AfterEach
    void stopPanel() {
        panel.close();
    }

    private ApplicationContextRunner configured() {
        return runner.withPropertyValues("ispconfig.url=" + panel.url(), "ispconfig.username=" + StubPanel.USER,
                "ispconfig.password=" + StubPanel.PASSWORD);
    }

    @Test
    void threePropertiesGiveAWorkingClientAndOneBeanPerModule() {
        configured().run(context -> {
            assertThat(context).hasSingleBean(IspConfigClient.class)
                    .hasSingleBean(IspConfigConnectionDetails.class);
            for (Class<?> module : List.of(AdminModule.class, ApsModule.class, BackupsModule.class,
                    ClientsModule.class, CronModule.class, DatabasesModule.class, DnsModule.class,
                    DomainsModule.class, FtpModule.class, MailModule.class, MiscModule.class, MonitorModule.class,
                    OpenvzModule.class, ServerModule.class, ShellModule.class, SitesModule.class,
                    WebdavModule.class)) {
                assertThat(context).hasSingleBean(module);
            }
            assertThat(context.getBean(IspConfigClient.class).endpoint()).isEqualTo(panel.url());
            assertThat(context.getBean(SitesModule.class).webDomainGet(7).getString("domain")).isEqualTo(
                    "example.com");
            assertThat(panel.logins).hasValue(1);
        });
        assertThat(panel.logouts).as("the client is closed, so logged out, when the context closes").hasValue(1);
    }

    @Test
    void noPanelIsContactedUntilTheFirstCall() {
        configured().run(context -> assertThat(context).hasSingleBean(IspConfigClient.class));
        assertThat(panel.logins).hasValue(0);
        assertThat(panel.logouts).hasValue(0);
    }

    @Test
    void anUnresolvedPlaceholderInThePasswordStopsTheStartBeforeAnyLogin() {
        runner.withPropertyValues("ispconfig.url=" + panel.url(), "ispconfig.username=" + StubPanel.USER,
                "ispconfig.password=${ISPCONFIG_TEST_SURELY_UNSET_PASSWORD}").run(context -> {
                    assertThat(context).hasFailed();
                    Throwable failure = context.getStartupFailure();
                    IspConfigPlaceholderException unresolved = findCause(failure,
                            IspConfigPlaceholderException.class);
                    assertThat(unresolved.property()).isEqualTo("ispconfig.password");
                    FailureAnalysis analysis = new IspConfigPlaceholderAnalyzer().analyze(failure);
                    assertThat(analysis.getDescription()).contains("ispconfig.password",
                            "${ISPCONFIG_TEST_SURELY_UNSET_PASSWORD}", "nothing resolved");
                    assertThat(analysis.getAction()).contains("${ISPCONFIG_TEST_SURELY_UNSET_PASSWORD:}",
                            "ISPCONFIG_PASSWORD sets ispconfig.password");
                });

        assertThat(panel.logins).hasValue(0);
        assertThat(panel.callsOf("login")).isZero();
    }

    @Test
    void anUnresolvedPlaceholderInTheUrlGetsTheStartersMessageNotABindingError() {
        runner.withPropertyValues("ispconfig.url=${ISPCONFIG_TEST_SURELY_UNSET_URL}", "ispconfig.username=u",
                "ispconfig.password=p").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(findCause(context.getStartupFailure(), IspConfigPlaceholderException.class)
                            .property()).isEqualTo("ispconfig.url");
                });
    }

    @Test
    void aPlaceholderWithAnEmptyDefaultReadsAsNotSet() {
        runner.withPropertyValues("ispconfig.url=" + panel.url(), "ispconfig.username=u",
                "ispconfig.password=${ISPCONFIG_TEST_SURELY_UNSET_PASSWORD:}").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(findCause(context.getStartupFailure(), IspConfigPropertiesMissingException.class)
                            .missing()).containsExactly("ispconfig.password");
                });
    }

    @Test
    void disabledMeansNoBeans() {
        configured().withPropertyValues("ispconfig.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean(IspConfigClient.class).doesNotHaveBean(SitesModule.class)
                .doesNotHaveBean(IspConfigConnectionDetails.class));
    }

    @Test
    void missingPropertiesFailWithAnAnalysisNamingThem() {
        runner.withPropertyValues("ispconfig.username=someone").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            IspConfigPropertiesMissingException missing = findCause(failure,
                    IspConfigPropertiesMissingException.class);
            assertThat(missing.missing()).containsExactly("ispconfig.url", "ispconfig.password");
            FailureAnalysis analysis = new IspConfigFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).isEqualTo(
                    "The ISPConfig client cannot be created: ispconfig.url, ispconfig.password are not set.");
            assertThat(analysis.getAction()).startsWith("Set ispconfig.url and ispconfig.password,")
                    .contains("ispconfig.url=https://panel.example.com:8080/remote/index.php")
                    .contains("IspConfigConnectionDetails").contains("ispconfig.enabled=false");
        });
    }

    @Test
    void theFailureAnalyzerIsRegistered() throws Exception {
        String factories = new String(getClass().getResourceAsStream("/META-INF/spring.factories").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(factories).contains("org.springframework.boot.diagnostics.FailureAnalyzer=")
                .contains(IspConfigFailureAnalyzer.class.getName());
    }

    @Test
    void theProxyPropertiesSendCallsThroughThatProxyWithItsCredentials() {
        try (LoopbackProxy proxy = new LoopbackProxy()) {
            proxy.requireBasic("user", "s3cr3t-pw");
            configured().withPropertyValues("ispconfig.proxy=http://127.0.0.1:" + proxy.port(),
                    "ispconfig.proxy-username=user", "ispconfig.proxy-password=s3cr3t-pw").run(context -> {
                        assertThat(context.getBean(IspConfigClient.class).listFunctions()).isNotEmpty();
                    });

            assertThat(proxy.requestLines()).first().asString().startsWith("POST " + panel.url() + " HTTP/1.1");
            assertThat(proxy.heads()).anySatisfy(head ->
                    assertThat(head).contains("Proxy-Authorization: Basic dXNlcjpzM2NyM3QtcHc=")); // user:s3cr3t-pw
            assertThat(panel.logins).hasValue(1);
        }
    }

    @Test
    void theApacheTransportIsTheDefaultAndTheJdksStandsInWithoutIt() {
        configured().run(context -> assertThat(transportOf(context)).isInstanceOf(ApacheHttpTransport.class));
        configured().withClassLoader(new FilteredClassLoader(ApacheHttpTransport.class)).run(context ->
                assertThat(transportOf(context)).isInstanceOf(JdkHttpTransport.class));
    }

    @Test
    void aTransportFactoryBeanOfTheApplicationWins() {
        configured().withBean(Transport.Factory.class, () -> JdkHttpTransport::new).run(context -> {
            assertThat(transportOf(context)).isInstanceOf(JdkHttpTransport.class);
            assertThat(context.getBean(IspConfigClient.class).listFunctions()).isNotEmpty();
        });
    }

    @Test
    void bootsGlobalHttpClientSettingsApplyWhereIspconfigPropertiesAreSilent() {
        ApplicationContextRunner withBootHttpClients = configured().withConfiguration(
                AutoConfigurations.of(HttpClientAutoConfiguration.class));

        withBootHttpClients.withPropertyValues("spring.http.clients.connect-timeout=3s",
                "spring.http.clients.read-timeout=7s", "ispconfig.read-timeout=9s").run(context -> {
                    HttpClientDefaults global = context.getBean(HttpClientDefaults.class);
                    TransportSettings settings = IspConfigAutoConfiguration.transportSettings(
                            context.getBean(IspConfigConnectionDetails.class),
                            context.getBean(IspConfigProperties.class), global);
                    assertThat(settings.connectTimeout()).hasSeconds(3);
                    assertThat(settings.readTimeout()).hasSeconds(9);
                });
        configured().run(context -> {
            TransportSettings settings = IspConfigAutoConfiguration.transportSettings(
                    context.getBean(IspConfigConnectionDetails.class), context.getBean(IspConfigProperties.class),
                    HttpClientDefaults.NONE);
            assertThat(settings.connectTimeout()).isEqualTo(TransportSettings.DEFAULT_CONNECT_TIMEOUT);
            assertThat(settings.readTimeout()).isEqualTo(TransportSettings.DEFAULT_READ_TIMEOUT);
        });
    }

    private static Transport transportOf(org.springframework.context.ApplicationContext context) {
        return context.getBean(Transport.Factory.class).create(TransportSettings.defaults());
    }

    @Test
    void aProxyWithCredentialsIsRefusedWithoutRepeatingThem() {
        configured().withPropertyValues("ispconfig.proxy=http://user:hunter2@proxy.example.com:3128").run(context -> {
            assertThat(context).hasFailed();
            IllegalArgumentException refused = findCause(context.getStartupFailure(),
                    IllegalArgumentException.class);
            assertThat(refused).hasMessageContaining("ispconfig.proxy").hasMessageNotContaining("hunter2");
        });
    }

    @Test
    void connectionDetailsBeanReplacesTheProperties() {
        runner.withBean(IspConfigConnectionDetails.class, () -> new IspConfigConnectionDetails() {
            @Override
            public URI getUrl() {
                return panel.url();
            }

            @Override
            public String getUsername() {
                return StubPanel.USER;
            }

            @Override
            public String getPassword() {
                return StubPanel.PASSWORD;
            }
        }).run(context -> {
            assertThat(context).hasSingleBean(IspConfigConnectionDetails.class)
                    .doesNotHaveBean(PropertiesIspConfigConnectionDetails.class);
            assertThat(context.getBean(IspConfigClient.class).listFunctions()).contains("sites_web_domain_get");
        });
    }

    @Test
    void usersOwnClientWinsAndFeedsTheModules() {
        IspConfigClient own = IspConfigClient.builder().url(panel.url()).username(StubPanel.USER)
                .password(StubPanel.PASSWORD).build();
        runner.withBean("ownClient", IspConfigClient.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(IspConfigClient.class);
            assertThat(context.getBean(IspConfigClient.class)).isSameAs(own);
            assertThat(context).hasSingleBean(SitesModule.class);
        });
        own.close();
    }

    @Test
    void usersModuleBeanWins() {
        configured().withUserConfiguration(OwnSites.class).run(context -> assertThat(context.getBean(SitesModule.class))
                .isSameAs(context.getBean(OwnSites.class).sites));
    }

    @Test
    void twoClientsMeanNoModuleBeans() {
        IspConfigClient first = IspConfigClient.builder().url(panel.url()).username("a").password("b").build();
        IspConfigClient second = IspConfigClient.builder().url(panel.url()).username("c").password("d").build();
        runner.withBean("first", IspConfigClient.class, () -> first).withBean("second", IspConfigClient.class,
                () -> second).run(context -> assertThat(context).hasBean("first").hasBean("second")
                        .doesNotHaveBean(SitesModule.class));
        first.close();
        second.close();
    }

    @Test
    void customizersRunInOrderAndTheirInterceptorsRunInsideTheStartersOwn() {
        configured().withUserConfiguration(Customizers.class).run(context -> {
            context.getBean(IspConfigClient.class).call("sites_web_domain_get", 1);
            assertThat(context.getBean(Customizers.class).seen).containsExactly("first", "second");
        });
    }

    @Test
    void sessionListenerBeansHearTheSessions() {
        List<String> heard = new CopyOnWriteArrayList<>();
        configured().withBean(SessionListener.class, () -> new SessionListener() {
            @Override
            public void loggedIn(dev.ispconfig.client.LoginReason reason) {
                heard.add("in:" + reason);
            }

            @Override
            public void loggedOut() {
                heard.add("out");
            }
        }).run(context -> context.getBean(IspConfigClient.class).call("sites_web_domain_get", 1));
        assertThat(heard).containsExactly("in:INITIAL", "out");
    }

    @Test
    void readTimeoutAndMaxResponseSizeReachTheClient() {
        panel.answer("big_get", arguments -> "x".repeat(4096));
        configured().withPropertyValues("ispconfig.read-timeout=300ms", "ispconfig.max-response-size=1KB",
                "ispconfig.retry.enabled=false").run(context -> {
                    IspConfigClient client = context.getBean(IspConfigClient.class);
                    panel.fail("sites_web_domain_get", new StubPanel.Delay(1500));
                    assertThatThrownBy(() -> client.call("sites_web_domain_get", 1))
                            .isInstanceOfSatisfying(TransportException.class,
                                    e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.TIMEOUT));
                    assertThatThrownBy(() -> client.call("big_get"))
                            .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason())
                                    .isEqualTo(TransportException.Reason.RESPONSE_TOO_LARGE));
                });
    }

    @Test
    void unknownSslBundleFailsTheStartNamingIt() {
        configured().withPropertyValues("ispconfig.ssl.bundle=panel-trust").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("panel-trust");
        });
    }

    @Test
    void maxConcurrentRequestsCapsCallsInFlight() {
        panel.callDelayMillis = 100;
        configured().withPropertyValues("ispconfig.max-concurrent-requests=2").run(context -> {
            IspConfigClient client = context.getBean(IspConfigClient.class);
            client.call("sites_web_domain_get", 0); // log in first, so the burst below is calls only
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Object>> results = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int id = i;
                    results.add(pool.submit(() -> client.call("sites_web_domain_get", id)));
                }
                for (Future<Object> result : results) {
                    assertThat(result.get(10, TimeUnit.SECONDS)).isNotNull();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(panel.maxInFlight).as("never more than the limit at the panel").hasValue(2);
        });
    }

    @Test
    void theDefaultLimitIsFourAndZeroLiftsIt() {
        panel.callDelayMillis = 100;
        configured().run(context -> assertThat(burst(context.getBean(IspConfigClient.class), 8)).isEqualTo(4));
        panel.maxInFlight.set(0);
        configured().withPropertyValues("ispconfig.max-concurrent-requests=0").run(context -> {
            assertThat(burst(context.getBean(IspConfigClient.class), 8)).isGreaterThan(4);
        });
    }

    /** The most calls the panel saw at once while {@code threads} threads called it. */
    private int burst(IspConfigClient client, int threads) throws Exception {
        client.call("sites_web_domain_get", 0);
        panel.maxInFlight.set(0);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> results = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> client.call("sites_web_domain_get", 1)));
            }
            for (Future<Object> result : results) {
                result.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return panel.maxInFlight.get();
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + failure);
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnSites {

        final SitesModule sites = new SitesModule(IspConfigClient.builder().url("http://127.0.0.1:1/")
                .username("u").password("p").build());

        @Bean
        SitesModule ownSitesModule() {
            return sites;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @Bean
        @Order(2)
        IspConfigClientBuilderCustomizer second() {
            return builder -> builder.addInterceptor(recorder("second"));
        }

        @Bean
        @Order(1)
        IspConfigClientBuilderCustomizer first() {
            return builder -> builder.addInterceptor(recorder("first"));
        }

        private CallInterceptor recorder(String name) {
            return (Call call, CallInterceptor.Chain chain) -> {
                seen.add(name);
                return chain.proceed(call);
            };
        }
    }
}
