package io.farmroutes.benchmarks.overhead;

import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark method at one thread count: time per call with its 99.9 % error, bytes allocated and the client
 * JVM's CPU time per call.
 */
record Measurement(String method, int threads, double microsPerOp, double error, double bytesPerOp,
                   double cpuMicrosPerOp) {

    /** Reads JMH's result: the primary score, and the gc profiler's normalised allocation rate. */
    static Measurement of(RunResult run) {
        String benchmark = run.getParams().getBenchmark();
        Result<?> primary = run.getPrimaryResult();
        return new Measurement(benchmark.substring(benchmark.lastIndexOf('.') + 1), run.getParams().getThreads(),
                primary.getScore(), primary.getScoreError(),
                secondary(run.getSecondaryResults(), "gc.alloc.rate.norm"),
                secondary(run.getSecondaryResults(), ClientCpuProfiler.METRIC));
    }

    private static double secondary(Map<String, Result> secondary, String name) {
        // the gc profiler's names moved between JMH versions ("·gc.alloc.rate.norm", "gc.alloc.rate.norm")
        return secondary.entrySet().stream()
                .filter(e -> e.getKey().endsWith(name))
                .mapToDouble(e -> e.getValue().getScore())
                .findFirst().orElse(Double.NaN);
    }

    /** E.g. {@code 812 ± 31}. */
    String time() {
        return Double.isNaN(error) ? fixed(microsPerOp) : fixed(microsPerOp) + " ± " + fixed(error);
    }

    /** E.g. {@code 41.2 KB}. */
    String allocation() {
        return Double.isNaN(bytesPerOp) ? "n/a" : String.format(Locale.ROOT, "%.1f KB", bytesPerOp / 1024);
    }

    /** E.g. {@code 153}. */
    String cpu() {
        return Double.isNaN(cpuMicrosPerOp) ? "n/a" : fixed(cpuMicrosPerOp);
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, value < 100 ? "%.1f" : "%.0f", value);
    }
}
