package dev.ispconfig.reliability;

import java.lang.management.ManagementFactory;

/** Bytes allocated by the current thread, through the HotSpot extension of the thread MX bean. */
final class Measure {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static {
        THREADS.setThreadAllocatedMemoryEnabled(true);
    }

    private Measure() {
    }

    static long allocatedByThisThread() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Bytes allocated so far by every live thread (an approximation: threads that died are lost). */
    static long allocatedByAllThreads() {
        long[] ids = THREADS.getAllThreadIds();
        long total = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(ids)) {
            total += Math.max(bytes, 0);
        }
        return total;
    }

    /** What one measured run saw. */
    record Run(Throwable failure, Object value, long nanos, long allocated) {
    }

    @FunctionalInterface
    interface Action {
        Object run() throws Throwable;
    }

    /** Runs {@code action} on this thread and records its outcome, time and allocation. */
    static Run onThisThread(Action action) {
        long allocatedBefore = allocatedByThisThread();
        long start = System.nanoTime();
        Throwable failure = null;
        Object value = null;
        try {
            value = action.run();
        } catch (Throwable t) {
            failure = t;
        }
        long nanos = System.nanoTime() - start;
        return new Run(failure, value, nanos, allocatedByThisThread() - allocatedBefore);
    }
}
