package dev.ispconfig.boot.autoconfigure;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.exception.IspConfigFaultException;
import dev.ispconfig.client.exception.MethodNotFoundException;
import dev.ispconfig.client.exception.PermissionDeniedException;
import dev.ispconfig.client.exception.TransportException;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ObservationTest {

    private final StubPanel panel = new StubPanel();
    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IspConfigAutoConfiguration.class,
                    IspConfigObservationAutoConfiguration.class))
            .withBean(io.micrometer.observation.ObservationRegistry.class, () -> registry)
            .withPropertyValues("ispconfig.url=" + panel.url(), "ispconfig.username=" + StubPanel.USER,
                    "ispconfig.password=" + StubPanel.PASSWORD, "ispconfig.retry.enabled=false");

    @AfterEach
    void stopPanel() {
        panel.close();
    }

    @Test
    void aSuccessfulCallIsObservedWithLowCardinalityKeysOnly() {
        runner.run(context -> {
            context.getBean(IspConfigClient.class).sites().webDomainGet(156);

            assertThat(registry).hasNumberOfObservationsWithNameEqualTo("ispconfig.client.requests", 1)
                    .hasObservationWithNameEqualTo("ispconfig.client.requests").that()
                    .hasContextualNameEqualTo("ispconfig sites_web_domain_get")
                    .hasLowCardinalityKeyValue("method", "sites_web_domain_get")
                    .hasLowCardinalityKeyValue("module", "sites")
                    .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                    .hasLowCardinalityKeyValue("fault.code", "none")
                    .hasLowCardinalityKeyValue("exception", "none")
                    .hasBeenStarted().hasBeenStopped()
                    .doesNotHaveError();
            assertThat(new DefaultIspConfigObservationConvention().getHighCardinalityKeyValues(
                    new IspConfigRequestContext(new dev.ispconfig.client.Call("sites_web_domain_get",
                            java.util.List.of(156))))).as("nothing per call: no ids, users or session ids").isEmpty();
        });
    }

    @Test
    void aFaultIsObservedWithItsCode() {
        runner.run(context -> {
            panel.fail("sites_web_domain_get", new StubPanel.Fault("permission_denied",
                    "You do not have the permissions to access this function."));

            assertThatThrownBy(() -> context.getBean(IspConfigClient.class).sites().webDomainGet(1))
                    .isInstanceOf(PermissionDeniedException.class);

            assertThat(registry).hasObservationWithNameEqualTo("ispconfig.client.requests").that()
                    .hasLowCardinalityKeyValue("outcome", "FAULT")
                    .hasLowCardinalityKeyValue("fault.code", "permission_denied")
                    .hasLowCardinalityKeyValue("exception", "PermissionDeniedException")
                    .hasError();
        });
    }

    @Test
    void aTransportFailureIsObservedAsSuch() {
        runner.run(context -> {
            panel.fail("sites_web_domain_get", new StubPanel.HttpStatus(200,
                    "Remote API is disabled in security settings."));

            assertThatThrownBy(() -> context.getBean(IspConfigClient.class).sites().webDomainGet(1))
                    .isInstanceOf(TransportException.class);

            assertThat(registry).hasObservationWithNameEqualTo("ispconfig.client.requests").that()
                    .hasLowCardinalityKeyValue("outcome", "TRANSPORT_ERROR")
                    .hasLowCardinalityKeyValue("fault.code", "none")
                    .hasLowCardinalityKeyValue("exception", "TransportException");
        });
    }

    @Test
    void aRawCallToAMethodOutsideTheInventoryIsTaggedUnknown() {
        runner.run(context -> {
            assertThatThrownBy(() -> context.getBean(IspConfigClient.class).call("customer_4711_special"))
                    .isInstanceOf(MethodNotFoundException.class);

            assertThat(registry).hasObservationWithNameEqualTo("ispconfig.client.requests").that()
                    .hasLowCardinalityKeyValue("method", "UNKNOWN")
                    .hasLowCardinalityKeyValue("module", "UNKNOWN")
                    .hasContextualNameEqualTo("ispconfig UNKNOWN");
        });
    }

    @Test
    void onlyFaultCodesISPConfigThrowsAreUsedAsTags() {
        // A hostile panel could send a new lower-case code with every answer: the tag set must stay bounded.
        for (String madeUp : List.of("SELECT * FROM sys_user; 4711", "aaaa", "aaab", "SOAP-ENV:Server", "")) {
            assertThat(faultCodeTag(madeUp)).as(madeUp).isEqualTo("other");
        }
        for (String known : List.of("permission_denied", "login_failed", "permission denied", "Invalid reseller")) {
            assertThat(faultCodeTag(known)).isEqualTo(known);
        }
    }

    private static String faultCodeTag(String code) {
        IspConfigRequestContext context = new IspConfigRequestContext(new dev.ispconfig.client.Call(
                "sites_web_domain_get", java.util.List.of(1)));
        context.setError(new IspConfigFaultException("sites_web_domain_get", code, "x"));
        KeyValues keys = new DefaultIspConfigObservationConvention().getLowCardinalityKeyValues(context);
        return keys.stream().filter(key -> key.getKey().equals("fault.code")).findFirst().orElseThrow().getValue();
    }

    @Test
    void aConventionBeanReplacesTheDefault() {
        runner.withBean(IspConfigObservationConvention.class, () -> new IspConfigObservationConvention() {
            @Override
            public String getName() {
                return "panel.calls";
            }

            @Override
            public KeyValues getLowCardinalityKeyValues(IspConfigRequestContext context) {
                return KeyValues.of("call", context.getCall().method());
            }
        }).run(context -> {
            context.getBean(IspConfigClient.class).sites().webDomainGet(1);

            assertThat(registry).hasObservationWithNameEqualTo("panel.calls").that()
                    .hasLowCardinalityKeyValue("call", "sites_web_domain_get");
        });
    }

    @Test
    void bootsObservationSwitchTurnsThemOff() {
        runner.withConfiguration(AutoConfigurations.of(
                org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration.class))
                .withPropertyValues("management.observations.enable.ispconfig=false").run(context -> {
                    assertThat(context).as("wired, then switched off by Boot's predicate")
                            .hasBean("ispconfigObservationCustomizer");
                    context.getBean(IspConfigClient.class).sites().webDomainGet(1);

                    assertThat(registry).doesNotHaveAnyObservation();
                });
    }

    @Test
    void withoutARegistryNothingIsObservedAndCallsStillWork() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(IspConfigAutoConfiguration.class,
                        IspConfigObservationAutoConfiguration.class))
                .withPropertyValues("ispconfig.url=" + panel.url(), "ispconfig.username=" + StubPanel.USER,
                        "ispconfig.password=" + StubPanel.PASSWORD)
                .run(context -> {
                    assertThat(context).doesNotHaveBean("ispconfigObservationCustomizer");
                    assertThat(context.getBean(IspConfigClient.class).sites().webDomainGet(1)).isNotNull();
                });
    }
}
