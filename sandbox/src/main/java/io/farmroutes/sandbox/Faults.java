package io.farmroutes.sandbox;

import java.time.Duration;
import java.util.Random;

/**
 * Fault injection for one emulator: 503 replies, dropped connections, truncated bodies and added latency.
 * All off by default; draws come from a seeded {@link Random} so a failing run can be replayed.
 */
public final class Faults {

    /** The seed used until {@link #seed(long)} is called. */
    public static final long DEFAULT_SEED = 20240601L;

    private double serverErrors;
    private double dropConnections;
    private double malformedBodies;
    private Duration latency = Duration.ZERO;
    private Random random = new Random(DEFAULT_SEED);

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
        latency = Duration.ZERO;
        random = new Random(DEFAULT_SEED);
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

    /** Draws every decision for one request at once, so that concurrent requests cannot interleave draws. */
    synchronized Plan plan() {
        // A draw is taken only for an enabled fault, so enabling one fault leaves the others' sequence alone.
        boolean drop = dropConnections > 0 && random.nextDouble() < dropConnections;
        boolean error = serverErrors > 0 && random.nextDouble() < serverErrors;
        boolean truncate = malformedBodies > 0 && random.nextDouble() < malformedBodies;
        return new Plan(latency, drop, error, truncate);
    }

    private static double checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be within 0..1: " + p);
        }
        return p;
    }

    /** The faults chosen for one request. */
    record Plan(Duration latency, boolean drop, boolean serverError, boolean truncate) {
    }
}
