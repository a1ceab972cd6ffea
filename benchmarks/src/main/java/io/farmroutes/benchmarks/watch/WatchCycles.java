package io.farmroutes.benchmarks.watch;

import io.farmroutes.benchmarks.Resources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * Times every poll of the watcher from the outside ({@code pollStrategy=#cycles}): Camel calls {@code begin}
 * before the poll and {@code commit} (or {@code rollback}) after it, so the consumer itself is left untouched.
 */
public final class WatchCycles implements PollingConsumerPollStrategy {

    /** One poll: its wall-clock window (µs, to tell apart polls that follow each other at once), how many changes it emitted, and the process's CPU and heap after it. */
    public record Cycle(long beginEpochMicros, long endEpochMicros, long nanos, int emitted, long cpuNanosAfter,
                        double heapAfterLastGcMb, String failure) {
    }

    private final List<Cycle> cycles = new ArrayList<>();
    private long beginEpochMicros;
    private long beginNanos;

    @Override
    public synchronized boolean begin(Consumer consumer, Endpoint endpoint) {
        beginEpochMicros = epochMicros();
        beginNanos = System.nanoTime();
        return true;
    }

    @Override
    public synchronized void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        end(polledMessages, null);
    }

    @Override
    public synchronized boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        // a failed poll is a cycle too: it is counted as not covering its tasks rather than retried at once
        end(0, String.valueOf(cause));
        return false;
    }

    private void end(int emitted, String failure) {
        long nanos = System.nanoTime() - beginNanos;
        cycles.add(new Cycle(beginEpochMicros, epochMicros(), nanos, emitted, Resources.processCpuNanos(),
                Resources.heapAfterLastGcMb(), failure));
        notifyAll();
    }

    /** The wall clock the emulator stamps requests with, in µs. */
    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /** Waits until {@code count} polls have ended or the deadline passes; true when they have. */
    public synchronized boolean await(int count, long deadlineEpochMs) throws InterruptedException {
        while (cycles.size() < count) {
            long left = deadlineEpochMs - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    public synchronized List<Cycle> cycles() {
        return List.copyOf(cycles);
    }
}
