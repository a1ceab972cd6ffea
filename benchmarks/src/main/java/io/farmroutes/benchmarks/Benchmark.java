package io.farmroutes.benchmarks;

/** One run of BENCHMARKS.md: measures side by side against emulators on 127.0.0.1 and writes its section. */
public interface Benchmark {

    /** Short name used to pick it on the command line ({@code -Dbenchmarks=overhead,startup}). */
    String name();

    /** Runs it; every figure in the section comes from this one run. */
    Section run() throws Exception;
}
