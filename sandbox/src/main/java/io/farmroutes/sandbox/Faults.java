package io.farmroutes.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Fault injection for one emulator: 503 replies, dropped connections, replies lost after the work was done,
 * stalled replies, truncated bodies and added latency. All off by default; draws come from a seeded
 * {@link Random} so a failing run can be replayed.
 */
public final class Faults {

    /** The seed used until {@link #seed(long)} is called. */
    public static final long DEFAULT_SEED = 20240601L;

    private double serverErrors;
    private double dropConnections;
    private double malformedBodies;
    private double lostReplies;
    private double timeouts;
    private Duration stall = Duration.ofSeconds(30);
    private Duration latency = Duration.ZERO;
    private Random random = new Random(DEFAULT_SEED);
    private final Map<String, Long> injected = new LinkedHashMap<>();

    /** Probability (0..1) that a request is answered 503 without reaching the emulator. */
    public synchronized Faults serverErrors(double probability) {
        this.serverErrors = checkProbability(probability);
        return this;
    }

    /** Probability (0..1) that the connection is closed without any reply. */
    public synchronized Faults dropConnections(double probability) {
        this.dropConnections = checkProbability(probability);
        return this;
    }

    /**
     * Probability (0..1) that the request is carried out and then the connection closed without a reply: the
     * client cannot tell whether its call took effect, the case that tests exactly-once.
     */
    public synchronized Faults lostReplies(double probability) {
        this.lostReplies = checkProbability(probability);
        return this;
    }

    /**
     * Probability (0..1) that the request is carried out and the reply held back for {@code stallFor} before the
     * connection is closed, so that a client whose read timeout is shorter gives up first.
     */
    public synchronized Faults timeouts(double probability, Duration stallFor) {
        if (stallFor.isNegative() || stallFor.isZero()) {
            throw new IllegalArgumentException("a stall must be positive: " + stallFor);
        }
        this.timeouts = checkProbability(probability);
        this.stall = stallFor;
        return this;
    }

    /** Probability (0..1) that a reply body is cut in half (Content-Length matches the cut body). */
    public synchronized Faults malformedBodies(double probability) {
        this.malformedBodies = checkProbability(probability);
        return this;
    }

    /** A fixed delay added before every request is handled. */
    public synchronized Faults latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + delay);
        }
        this.latency = delay;
        return this;
    }

    /** Restarts the random sequence from this seed. */
    public synchronized Faults seed(long seed) {
        this.random = new Random(seed);
        return this;
    }

    /** Turns every fault off and restores the default seed. */
    public synchronized Faults clear() {
        serverErrors = 0;
        dropConnections = 0;
        malformedBodies = 0;
        lostReplies = 0;
        timeouts = 0;
        latency = Duration.ZERO;
        random = new Random(DEFAULT_SEED);
        injected.clear();
        return this;
    }

    public synchronized double serverErrors() {
        return serverErrors;
    }

    public synchronized double dropConnections() {
        return dropConnections;
    }

    public synchronized double malformedBodies() {
        return malformedBodies;
    }

    public synchronized Duration latency() {
        return latency;
    }

    public synchronized double lostReplies() {
        return lostReplies;
    }

    public synchronized double timeouts() {
        return timeouts;
    }

    /** How many of each fault were injected since the last {@link #clear()}, e.g. {@code serverErrors=12}. */
    public synchronized Map<String, Long> injected() {
        return Map.copyOf(injected);
    }

    /** Draws every decision for one request at once, so that concurrent requests cannot interleave draws. */
    synchronized Plan plan() {
        // A draw is taken only for an enabled fault, so enabling one fault leaves the others' sequence alone.
        boolean drop = dropConnections > 0 && random.nextDouble() < dropConnections;
        boolean error = serverErrors > 0 && random.nextDouble() < serverErrors;
        boolean truncate = malformedBodies > 0 && random.nextDouble() < malformedBodies;
        boolean lose = lostReplies > 0 && random.nextDouble() < lostReplies;
        Duration hold = timeouts > 0 && random.nextDouble() < timeouts ? stall : Duration.ZERO;
        // Counted as drawn; the handler gives the earliest fault precedence (drop, 503, then lost or stalled reply).
        count("dropConnections", drop);
        count("serverErrors", !drop && error);
        count("lostReplies", !drop && !error && lose);
        count("timeouts", !drop && !error && !lose && !hold.isZero());
        count("malformedBodies", !drop && !error && !lose && hold.isZero() && truncate);
        return new Plan(latency, drop, error, truncate, lose, hold);
    }

    private void count(String fault, boolean happened) {
        if (happened) {
            injected.merge(fault, 1L, Long::sum);
        }
    }

    private static double checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be within 0..1: " + p);
        }
        return p;
    }

    /** The faults chosen for one request. */
    record Plan(Duration latency, boolean drop, boolean serverError, boolean truncate, boolean loseReply,
                Duration stall) {
    }
}
