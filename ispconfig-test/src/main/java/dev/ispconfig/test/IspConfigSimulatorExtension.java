package dev.ispconfig.test;

import dev.ispconfig.client.IspConfigClient;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: resolves parameters of type {@link IspConfigSimulator} and {@link IspConfigClient} (one client
 * per test, however many parameters ask for it).
 *
 * <p>Registered with {@code @ExtendWith} or {@link IspConfigSimulatorTest}: one simulator per test method, with the
 * defaults, so no test leaks state into another (a start costs a few milliseconds); the simulator and the client are
 * closed after the test, the client first.
 *
 * <p>Registered as a field, with options: {@code using(builder)} takes the simulator's options (credentials, clock,
 * session lifetime, lockout), and {@code perClass()} starts one simulator for the whole class, shared by its tests
 * (seed it once in {@code @BeforeAll}; {@link IspConfigSimulator#reset()} when a test needs a fresh panel); a static
 * field's simulator also reaches {@code @BeforeAll} methods, and {@link #simulator()} gives it to fields and helpers.
 *
 * <pre>{@code
 * @RegisterExtension
 * static IspConfigSimulatorExtension panel = IspConfigSimulatorExtension
 *         .using(IspConfigSimulator.builder().clock(clock).credentials("robot", "robot-pass"))
 *         .perClass();
 * }</pre>
 */
public final class IspConfigSimulatorExtension implements ParameterResolver, AfterEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(IspConfigSimulatorExtension.class);

    private final IspConfigSimulator.Builder options;
    private final boolean perClass;
    private volatile @Nullable IspConfigSimulator shared;

    /** One simulator per test method, with the defaults (for {@code @ExtendWith}). */
    public IspConfigSimulatorExtension() {
        this(IspConfigSimulator.builder(), false);
    }

    private IspConfigSimulatorExtension(IspConfigSimulator.Builder options, boolean perClass) {
        this.options = Objects.requireNonNull(options, "options");
        this.perClass = perClass;
    }

    /** One simulator per test method, started from {@code options} (credentials, clock, session lifetime, …). */
    public static IspConfigSimulatorExtension using(IspConfigSimulator.Builder options) {
        return new IspConfigSimulatorExtension(options, false);
    }

    /** The same options, but one simulator for the whole class, shared by its tests and {@code @BeforeAll}. */
    public IspConfigSimulatorExtension perClass() {
        return new IspConfigSimulatorExtension(options, true);
    }

    /** The class's simulator (per class), started on first use; for fields and helpers. */
    public IspConfigSimulator simulator() {
        if (!perClass) {
            throw new IllegalStateException("one simulator per test: take it as a test method's parameter, or "
                    + "register the extension with perClass()");
        }
        IspConfigSimulator simulator = shared;
        if (simulator == null) {
            synchronized (this) {
                simulator = shared;
                if (simulator == null) {
                    simulator = options.start();
                    shared = simulator;
                }
            }
        }
        return simulator;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == IspConfigSimulator.class || type == IspConfigClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (!perClass && context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("the ISPConfig simulator is per test method here: take it as a "
                    + "test method's parameter, or register the extension as a static field with "
                    + "IspConfigSimulatorExtension.using(IspConfigSimulator.builder()).perClass() to share one with "
                    + "@BeforeAll methods and the constructor");
        }
        IspConfigSimulator simulator = perClass ? simulator() : resources(context).simulator(options);
        if (parameter.getParameter().getType() == IspConfigSimulator.class) {
            return simulator;
        }
        return resources(context).client(simulator);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Resources resources = context.getStore(NAMESPACE).remove(Resources.class, Resources.class);
        if (resources != null) {
            resources.close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Resources resources = context.getStore(NAMESPACE).remove(Resources.class, Resources.class);
        if (resources != null) {
            resources.close();
        }
        IspConfigSimulator simulator = shared;
        shared = null;
        if (simulator != null) {
            simulator.close();
        }
    }

    private static Resources resources(ExtensionContext context) {
        return Objects.requireNonNull(context.getStore(NAMESPACE).getOrComputeIfAbsent(Resources.class,
                k -> new Resources(), Resources.class));
    }

    /** What one test (or, per class, one class's set-up) started: its own simulator if any, and its client. */
    private static final class Resources {

        private @Nullable IspConfigSimulator simulator;
        private @Nullable IspConfigClient client;

        synchronized IspConfigSimulator simulator(IspConfigSimulator.Builder options) {
            if (simulator == null) {
                simulator = options.start();
            }
            return simulator;
        }

        synchronized IspConfigClient client(IspConfigSimulator from) {
            if (client == null) {
                client = from.client();
            }
            return client;
        }

        synchronized void close() {
            if (client != null) {
                client.close();
            }
            if (simulator != null) {
                simulator.close();
            }
        }
    }
}
