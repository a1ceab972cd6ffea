package io.farmroutes.spi.hostile;

import io.farmroutes.spi.error.FarmException;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Throws generated bodies at one decoder and checks each outcome: a decoded value or one of our typed
 * exceptions, never another throwable; no body hangs; allocation stays proportional to the body; nothing an
 * external entity points at ever shows up. Prints one summary line for RELIABILITY.md.
 */
public final class HostileHarness {

    /** A hang detector, not a performance claim: the slowest legitimate body takes well under a second. */
    public static final long HANG_LIMIT_SECONDS = 10;
    /**
     * Bytes a decoder may allocate per body byte: decoding to characters, parsing, building the model and a
     * bounded excerpt each copy the body a few times (the worst measured, BOINC's repair path on a 10 MB value,
     * is about 40 per byte); an expanding entity needs orders of magnitude more, and the quadratic-blowup
     * bodies (tens of kilobytes expanding to tens of megabytes) still exceed this bound plus the allowance.
     */
    public static final long ALLOCATION_PER_BODY_BYTE = 48;
    /** Allocation any body may use whatever its size (parser set-up, exception stack traces). */
    public static final long ALLOCATION_ALLOWANCE = 16L * 1024 * 1024;
    /** Exception messages carry bounded excerpts, never whole bodies. */
    public static final int MAX_MESSAGE_LENGTH = 2_000;
    private static final int DEFECTS_SHOWN = 15;

    private final String decoderName;
    private final HostileCanary canary;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final Map<String, Long> nanosByFamily = new TreeMap<>();
    /** The first example of each kind of defect, by a key that ignores numbers and the message's detail. */
    private final Map<String, String> defects = new java.util.LinkedHashMap<>();
    private int defectCount;
    private int bodies;
    private long maxAllocation;
    private String maxAllocationBody = "none";

    private HostileHarness(String decoderName, HostileCanary canary) {
        this.decoderName = decoderName;
        this.canary = canary;
    }

    /** What a decoder does with one body; whatever it throws is judged, not caught here. */
    @FunctionalInterface
    public interface Decoder {
        Object decode(HostileBody body);
    }

    /**
     * Runs every body and fails the test with the defects found, if any.
     *
     * @return the summary line also printed
     */
    public static String run(String decoderName, Stream<HostileBody> bodies, HostileCanary canary, Decoder decoder)
            throws InterruptedException {
        HostileHarness harness = new HostileHarness(decoderName, canary);
        long start = System.nanoTime();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "hostile-" + decoderName, 0);
            t.setDaemon(true);
            return t;
        });
        try {
            bodies.forEach(body -> {
                long began = System.nanoTime();
                Outcome outcome = harness.runOne(worker, decoder, body);
                harness.nanosByFamily.merge(body.family(), System.nanoTime() - began, Long::sum);
                harness.judge(body, outcome);
            });
        } finally {
            worker.shutdownNow();
        }
        String summary = harness.summary((System.nanoTime() - start) / 1_000_000);
        System.out.println(summary);
        if (harness.defectCount > 0) {
            fail(harness.defectCount + " defects in " + decoderName + ":\n" + String.join("\n", harness.defects.values())
                    + "\n" + summary);
        }
        assertEquals(0, canary.hits(), "a parser connected to the canary server");
        return summary;
    }

    private Outcome runOne(ExecutorService worker, Decoder decoder, HostileBody body) {
        Future<Outcome> future = worker.submit(() -> measure(decoder, body));
        try {
            return future.get(HANG_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            fail(decoderName + " hung for more than " + HANG_LIMIT_SECONDS + " s on " + body.label());
            throw new AssertionError("unreachable");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("the harness itself failed on " + body.label(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Outcome measure(Decoder decoder, HostileBody body) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        Object result = null;
        Throwable thrown = null;
        try {
            result = decoder.decode(body);
        } catch (Throwable t) {
            thrown = t;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        return new Outcome(result, thrown, allocated);
    }

    private void judge(HostileBody body, Outcome outcome) {
        bodies++;
        Throwable thrown = outcome.thrown();
        outcomes.merge(thrown == null ? "decoded" : thrown.getClass().getSimpleName(), 1, Integer::sum);
        if (outcome.allocated() > maxAllocation) {
            maxAllocation = outcome.allocated();
            maxAllocationBody = body.label();
        }
        if (thrown != null && !(thrown instanceof FarmException)) {
            defect(body, "threw " + describe(thrown));
        }
        long bound = ALLOCATION_PER_BODY_BYTE * body.bytes().length + ALLOCATION_ALLOWANCE;
        if (outcome.allocated() > bound) {
            defect(body, "allocated " + mib(outcome.allocated()) + ", over the bound of " + mib(bound));
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.length() > MAX_MESSAGE_LENGTH) {
                defect(body, t.getClass().getSimpleName() + " has a message of " + message.length()
                        + " characters: " + message.substring(0, 120) + "…");
            }
            if (message.contains(canary.marker())) {
                defect(body, "an exception message reveals the canary file: " + describe(t));
            }
        }
        if (outcome.result() != null && String.valueOf(outcome.result()).contains(canary.marker())) {
            defect(body, "the decoded value reveals the canary file");
        }
    }

    private void defect(HostileBody body, String what) {
        defectCount++;
        String normalised = body.family() + ": " + what.replaceAll("\\d+", "#");
        String kind = normalised.substring(0, Math.min(normalised.length(), 50));
        if (defects.size() < DEFECTS_SHOWN) {
            defects.putIfAbsent(kind, "  " + body.label() + ": " + what);
        }
    }

    private static String describe(Throwable t) {
        StringBuilder text = new StringBuilder(t.toString().length() > 300 ? t.toString().substring(0, 300)
                : t.toString());
        StackTraceElement[] trace = t.getStackTrace();
        for (int i = 0; i < Math.min(6, trace.length); i++) {
            text.append("\n      at ").append(trace[i]);
        }
        return text.toString();
    }

    private String summary(long millis) {
        String slowest = nanosByFamily.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms").reduce((a, b) -> a + ", " + b)
                .orElse("");
        return String.format("HOSTILE %s: %d bodies, outcomes %s, max allocation %s (%s), %.1f s (most time: %s)",
                decoderName, bodies, outcomes, mib(maxAllocation), maxAllocationBody, millis / 1000.0, slowest);
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private record Outcome(Object result, Throwable thrown, long allocated) {
    }
}
