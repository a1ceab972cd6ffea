package io.farmroutes.sandbox.flamenco;

/**
 * The simulation parameters one request works with.
 *
 * @param frameMillis how long a simulated worker renders one frame
 */
record SimRules(long frameMillis, double failureRate, double retryFailureRate, long seed) {

    /**
     * Whether this run of the task fails. Derived from a hash of seed, task and attempt rather than drawn from a
     * shared random sequence, so the outcome does not depend on the order in which runs are simulated.
     *
     * @param attempt 0 for the task's first run, then one more per re-dispatch
     */
    boolean fails(long taskId, int attempt) {
        double rate = attempt == 0 ? failureRate : retryFailureRate;
        if (rate <= 0) {
            return false;
        }
        if (rate >= 1) {
            return true;
        }
        long h = scramble(seed * 0x9E3779B97F4A7C15L ^ scramble(taskId) ^ scramble(0x632BE59BD9B4E019L + attempt));
        return (h >>> 11) * 0x1.0p-53 < rate;
    }

    /** SplitMix64's output function: neighbouring inputs land far apart. */
    private static long scramble(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
