package dev.ispconfig.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingStream;

/**
 * The {@code jdk.VirtualThreadPinned} events of this JVM, read live from a JFR stream. The JDK records one when a
 * virtual thread blocks while it cannot leave its carrier: inside {@code synchronized} up to Java 23, under a native
 * frame or a class initializer on every version so far. The threshold is zero: every pin counts, however short.
 */
final class PinnedVirtualThreads implements AutoCloseable {

    static final String PINNED = "jdk.VirtualThreadPinned";

    /** JFR flushes about once a second; far more than that means the stream is stuck. */
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private final RecordingStream stream = new RecordingStream();
    private final Queue<RecordedEvent> pinned = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<Long> marks = new LinkedBlockingQueue<>();
    private long sequence;

    PinnedVirtualThreads() {
        stream.enable(PINNED).withThreshold(Duration.ZERO).withStackTrace();
        stream.enable(Mark.class);
        stream.onEvent(PINNED, pinned::add);
        stream.onEvent(Mark.NAME, event -> marks.add(event.getLong("sequence")));
        stream.startAsync();
        awaitMark(); // the recording runs: what happens from here on is seen
        pinned.clear();
    }

    /** The pins recorded since the start or the last drain, once JFR has delivered all it recorded until now. */
    List<RecordedEvent> drain() {
        // Two marks: a flush reads the threads' buffers one after another, so a pin committed just before the first
        // mark may come with the next flush; the second mark's flush starts after the first one was delivered.
        awaitMark();
        awaitMark();
        List<RecordedEvent> events = new ArrayList<>();
        for (RecordedEvent event = pinned.poll(); event != null; event = pinned.poll()) {
            events.add(event);
        }
        return events;
    }

    /** Thread, reason (Java 24+), blocking operation and the top of the stack, for an assertion's message. */
    static String describe(List<RecordedEvent> events) {
        return events.stream().map(PinnedVirtualThreads::describe).collect(Collectors.joining("\n"));
    }

    static String describe(RecordedEvent event) {
        StringBuilder text = new StringBuilder(PINNED).append(" for ").append(event.getDuration().toNanos() / 1000)
                .append(" us");
        RecordedThread thread = event.getThread();
        if (thread != null) {
            text.append(" on thread ").append(thread.getJavaThreadId()).append(" '").append(thread.getJavaName())
                    .append('\'');
        }
        for (String field : new String[] {"pinnedReason", "blockingOperation"}) {
            if (event.hasField(field)) {
                text.append(", ").append(field).append(": ").append(event.getString(field));
            }
        }
        RecordedStackTrace stack = event.getStackTrace();
        if (stack != null) {
            List<RecordedFrame> frames = stack.getFrames();
            frames.stream().limit(40).forEach(frame -> text.append("\n    at ")
                    .append(frame.getMethod().getType().getName()).append('.').append(frame.getMethod().getName())
                    .append(':').append(frame.getLineNumber()));
            if (frames.size() > 40 || stack.isTruncated()) {
                text.append("\n    ...");
            }
        }
        return text.toString();
    }

    /** Waits until the stream has delivered a mark committed now, and with it everything before it. */
    private void awaitMark() {
        long expected = ++sequence;
        Mark mark = new Mark();
        mark.sequence = expected;
        mark.commit();
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        try {
            while (true) {
                Long seen = marks.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (seen == null) {
                    throw new AssertionError("JFR delivered no mark within " + DELIVERY);
                }
                if (seen == expected) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for JFR", e);
        }
    }

    @Override
    public void close() {
        stream.close();
    }

    /** A point in the recording that the test waits to see delivered. */
    @Name(Mark.NAME)
    @Label("Virtual threads test mark")
    static final class Mark extends Event {

        static final String NAME = "dev.ispconfig.sample.Mark";

        @Label("Sequence")
        long sequence;
    }
}
