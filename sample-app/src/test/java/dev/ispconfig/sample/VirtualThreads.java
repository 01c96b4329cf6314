package dev.ispconfig.sample;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Assumptions;

/**
 * Virtual threads for tests compiled for Java 17: reached by reflection, available from Java 21. The tests that use
 * them are tagged {@value #TAG} and run in the build's second surefire run, on the JDK that
 * {@code -Dispconfig.jdk21.home} names.
 */
final class VirtualThreads {

    static final String TAG = "virtual-threads";
    static final String REQUIRE_ENV = "ISPCONFIG_REQUIRE_JDK21";

    private VirtualThreads() {
    }

    /** Skips the test below Java 21, or fails it there when {@code ISPCONFIG_REQUIRE_JDK21=1}. */
    static void assumeAvailable() {
        if (Runtime.version().feature() >= 21) {
            return;
        }
        String unavailable = "virtual threads need Java 21 or newer, this JVM is " + Runtime.version();
        if ("1".equals(System.getenv(REQUIRE_ENV))) {
            fail(REQUIRE_ENV + "=1 but " + unavailable);
        }
        Assumptions.abort(unavailable + "; run mvn verify -Dispconfig.jdk21.home=/path/to/jdk21+ (set " + REQUIRE_ENV
                + "=1 to fail instead)");
    }

    /** {@code Executors.newVirtualThreadPerTaskExecutor()}. */
    static ExecutorService perTaskExecutor() {
        return (ExecutorService) invoke(method(Executors.class, "newVirtualThreadPerTaskExecutor"), null);
    }

    /** {@code Thread.startVirtualThread(task)}. */
    static Thread start(Runnable task) {
        return (Thread) invoke(method(Thread.class, "startVirtualThread", Runnable.class), null, task);
    }

    /** {@code thread.isVirtual()}. */
    static boolean isVirtual(Thread thread) {
        return (Boolean) invoke(method(Thread.class, "isVirtual"), thread);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + "." + name + " needs Java 21: call assumeAvailable()", e);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
