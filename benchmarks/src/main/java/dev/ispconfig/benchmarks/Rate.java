package dev.ispconfig.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Operations over a time span; medians of several rounds, because one round on a shared 2-core box lies. */
record Rate(long operations, double seconds) {

    double perSecond() {
        return operations / seconds;
    }

    static Rate since(long operations, long startNanos) {
        return new Rate(operations, (System.nanoTime() - startNanos) / 1e9);
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
