package org.learningstore.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

/**
 * Throughput, latency percentiles, statements and round trips per run, and CPU time per run, of
 * one operation run a number of times on some threads.
 */
record Measurement(String operation, int threads, int ops, double seconds, double p50Millis, double p99Millis,
                   double statementsPerOp, double roundTripsPerOp, double cpuMillisPerOp) {

    /**
     * The CPU time of the calling threads (SQLite's own work included, as it runs on them): on a
     * busy machine a steadier figure than wall time, which counts time spent descheduled.
     */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** For figures with no count of statements (the JDBC floor counts none). */
    static final CallCounter UNCOUNTED = new CallCounter();

    /**
     * Runs {@code ops} operations split evenly over {@code threads} threads; thread {@code t} runs
     * {@code operationOfThread.apply(t)} with its own {@code Random(seed + t)}.
     */
    static Measurement run(String name, int ops, int threads, long seed, IntFunction<Operation> operationOfThread,
                           CallCounter counter) {
        long[] nanos = new long[ops];
        LongAdder cpuNanos = new LongAdder();
        CallCounter.Totals before = counter.totals();
        long start = System.nanoTime();
        Workers.forEach(threads, threads, t -> {
            Operation operation = operationOfThread.apply(t);
            Random random = new Random(seed + t);
            long cpuBefore = CPU.getCurrentThreadCpuTime();
            for (int i = t; i < ops; i += threads) {
                long begun = System.nanoTime();
                operation.run(random);
                nanos[i] = System.nanoTime() - begun;
            }
            cpuNanos.add(CPU.getCurrentThreadCpuTime() - cpuBefore);
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        CallCounter.Totals sent = counter.totals().minus(before);
        Arrays.sort(nanos);
        return new Measurement(name, threads, ops, seconds, percentile(nanos, 50), percentile(nanos, 99),
                (double) sent.statements() / ops, (double) sent.roundTrips() / ops, cpuNanos.sum() / 1e6 / ops);
    }

    double opsPerSecond() {
        return ops / seconds;
    }

    /** Nearest rank, in milliseconds. */
    private static double percentile(long[] sortedNanos, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
    }
}
