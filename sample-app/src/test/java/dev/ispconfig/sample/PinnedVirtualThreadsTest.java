package dev.ispconfig.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The control of {@link VirtualThreadsTest}: the detector it trusts to report no pinning does report a pin, and only
 * that one. Without this, an event the JDK renamed or a stream that delivers nothing would pass every test.
 */
@Tag(VirtualThreads.TAG)
class PinnedVirtualThreadsTest {

    @BeforeAll
    static void java21() {
        VirtualThreads.assumeAvailable();
    }

    @Test
    void seesAVirtualThreadThatBlocksInAClassInitializerAndNotOneThatBlocksFreely() throws Exception {
        try (PinnedVirtualThreads pins = new PinnedVirtualThreads()) {
            Thread free = VirtualThreads.start(() -> sleep(20));
            free.join();
            // Only this test's threads: the stream sees the whole JVM, where other tests' contexts may still run.
            assertThat(of(free, pins.drain())).as("a sleep outside any monitor or initializer unmounts").isEmpty();

            Thread pinned = VirtualThreads.start(BlocksInItsInitializer::load);
            pinned.join();
            List<RecordedEvent> events = of(pinned, pins.drain());
            // Java 24 stopped pinning in synchronized (JEP 491) but not in <clinit>, which is a VM call; if a later JDK
            // stops there too, this control needs another way to pin.
            assertThat(events).as("a sleep inside <clinit> pins the carrier on Java 21 to 25")
                    .anySatisfy(event -> assertThat(event.getThread().getJavaThreadId()).isEqualTo(pinned.getId()));
            assertThat(events).as(PinnedVirtualThreads.describe(events)).hasSize(1);
            assertThat(PinnedVirtualThreads.describe(events)).contains("BlocksInItsInitializer.<clinit>");
        }
    }

    private static List<RecordedEvent> of(Thread thread, List<RecordedEvent> events) {
        return events.stream().filter(event -> event.getThread() != null
                && event.getThread().getJavaThreadId() == thread.getId()).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Initialized once, by the control's virtual thread: its initializer blocks. */
    private static final class BlocksInItsInitializer {

        static {
            sleep(20);
        }

        static void load() {
            // the call runs the static initializer
        }
    }
}
