package io.farmroutes.benchmarks.overhead;

import io.farmroutes.benchmarks.Resources;

import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole JMH fork per call (every thread: callers, I/O threads, GC), in µs. The emulators live in
 * another JVM, so this is the client's own cost, and unlike wall time it hardly moves when other processes
 * compete for the cores.
 */
public final class ClientCpuProfiler implements InternalProfiler {

    /** The secondary result's name. */
    static final String METRIC = "client.cpu";

    private long startNanos;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        startNanos = Resources.processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                       IterationResult result) {
        long cpu = Resources.processCpuNanos() - startNanos;
        long ops = result.getMetadata().getMeasuredOps();
        double perOp = ops == 0 ? Double.NaN : cpu / 1000.0 / ops;
        return List.of(new ScalarResult(METRIC, perOp, "µs/op", AggregationPolicy.AVG));
    }
}
