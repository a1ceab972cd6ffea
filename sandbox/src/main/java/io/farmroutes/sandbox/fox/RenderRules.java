package io.farmroutes.sandbox.fox;

import java.nio.file.Path;

/**
 * The simulation parameters one request works with.
 *
 * @param frameMillis render time of one frame attempt
 * @param outputStorage where done frames are written, or null for nowhere
 */
record RenderRules(long frameMillis, int parallelFrames, double failureRate, double retryFailureRate, long seed,
                   Path outputStorage) {

    /**
     * Whether this attempt of the frame fails. A hash rather than a shared random sequence, so the answer does not
     * depend on the order in which frames happen to be simulated.
     *
     * @param attempt 0 for the first render, then one more per re-submission
     */
    boolean fails(long taskId, long frameId, int attempt) {
        double rate = attempt == 0 ? failureRate : retryFailureRate;
        if (rate <= 0) {
            return false;
        }
        if (rate >= 1) {
            return true;
        }
        long h = mix(seed ^ mix(taskId + 0x9E3779B97F4A7C15L) ^ mix(frameId * 31 + attempt));
        double unit = (h >>> 11) * 0x1.0p-53;
        return unit < rate;
    }

    /** SplitMix64's finaliser: spreads neighbouring inputs over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
