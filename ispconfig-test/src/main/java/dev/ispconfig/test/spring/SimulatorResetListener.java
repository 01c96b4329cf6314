package dev.ispconfig.test.spring;

import dev.ispconfig.test.IspConfigSimulator;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Resets the simulator of {@link AutoConfigureIspConfigSimulator} before each test class that reuses a cached
 * context, so that no class sees the data, sessions, faults or counters another class left. A context loaded for
 * this class is fresh already and is left alone; a simulator the application made itself is never touched.
 */
public final class SimulatorResetListener extends AbstractTestExecutionListener {

    /** The bean {@link IspConfigSimulatorAutoConfiguration} makes. */
    static final String BEAN = "ispconfigSimulator";

    @Override
    public void beforeTestClass(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        if (context.containsBean(BEAN) && context.getBean(BEAN) instanceof IspConfigSimulator simulator) {
            simulator.reset();
        }
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
