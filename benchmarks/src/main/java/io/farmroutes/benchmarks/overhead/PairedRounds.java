package io.farmroutes.benchmarks.overhead;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures two ways of making the same call in alternating slices (A B B A, B A A B, …), so that whatever else
 * slows the machine down for a while slows both sides of a round alike: the per-round ratios of their mean
 * times per call are what is compared, not two averages taken minutes apart.
 */
final class PairedRounds implements AutoCloseable {

    /** One call of one side; its result is discarded. */
    @FunctionalInterface
    interface Call {
        Object make() throws Exception;
    }

    private final int threads;
    private final long sliceNanos;
    private final ExecutorService pool;

    PairedRounds(int threads, long sliceMillis) {
        this.threads = threads;
        this.sliceNanos = TimeUnit.MILLISECONDS.toNanos(sliceMillis);
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /** Per round, A's mean time per call over B's; warm-up slices of both come first and are not counted. */
    List<Double> ratios(Call a, Call b, int warmUpSlices, int rounds) throws Exception {
        for (int i = 0; i < warmUpSlices; i++) {
            slice(a);
            slice(b);
        }
        List<Double> ratios = new ArrayList<>(rounds);
        for (int round = 0; round < rounds; round++) {
            // the order flips every round so that neither side always runs on a warmer machine
            boolean aFirst = round % 2 == 0;
            double first = slice(aFirst ? a : b);
            double second = slice(aFirst ? b : a);
            ratios.add(aFirst ? first / second : second / first);
        }
        return ratios;
    }

    /** Runs the call on every thread, back to back, for one slice; returns the mean wall time per call (ns). */
    private double slice(Call call) throws Exception {
        AtomicLong calls = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime();
        long end = start + sliceNanos;
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                try {
                    while (System.nanoTime() < end && failure.get() == null) {
                        call.make();
                        calls.incrementAndGet();
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            });
        }
        if (!done.await(sliceNanos + TimeUnit.MINUTES.toNanos(1), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("a call did not return within a minute of its slice's end");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        long elapsed = System.nanoTime() - start;
        // a closed loop of n threads: each call takes n × elapsed / calls on average
        return (double) threads * elapsed / Math.max(1, calls.get());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
