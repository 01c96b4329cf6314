package dev.ispconfig.test;

import dev.ispconfig.client.IspConfigClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: resolves parameters of type {@link IspConfigSimulator} and {@link IspConfigClient}.
 *
 * <p>One simulator per test method: each test starts with an empty panel, fresh counters and no armed faults, so
 * tests cannot leak state into each other (a start costs a few milliseconds). The simulator and every client handed
 * out are closed after the test, clients first.
 *
 * <pre>{@code
 * @ExtendWith(IspConfigSimulatorExtension.class)
 * class MyTest {
 *     @Test
 *     void reads(IspConfigSimulator sim, IspConfigClient client) { ... }
 * }
 * }</pre>
 */
public final class IspConfigSimulatorExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(IspConfigSimulatorExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == IspConfigSimulator.class || type == IspConfigClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException(
                    "the ISPConfig simulator is per test method: take it as a parameter of a test, not a constructor");
        }
        IspConfigSimulator simulator = simulator(context);
        if (parameter.getParameter().getType() == IspConfigSimulator.class) {
            return simulator;
        }
        IspConfigClient client = simulator.client();
        Resources resources = context.getStore(NAMESPACE).get(Resources.class, Resources.class);
        resources.clients.add(client);
        return client;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Resources resources = context.getStore(NAMESPACE).remove(Resources.class, Resources.class);
        if (resources != null) {
            resources.close();
        }
    }

    private static IspConfigSimulator simulator(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Resources.class, k -> new Resources(),
                Resources.class).simulator;
    }

    /** What one test started. */
    private static final class Resources {

        final IspConfigSimulator simulator = IspConfigSimulator.start();
        final java.util.List<IspConfigClient> clients = new java.util.concurrent.CopyOnWriteArrayList<>();

        void close() {
            clients.forEach(IspConfigClient::close);
            simulator.close();
        }
    }
}
