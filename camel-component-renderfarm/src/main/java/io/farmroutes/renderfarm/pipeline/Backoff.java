package io.farmroutes.renderfarm.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a pipeline waits before re-submitting a failed frame: {@code initial}, then multiplied by
 * {@code multiplier} for each further attempt, never more than {@code max}.
 */
public record Backoff(Duration initial, double multiplier, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0 || multiplier < 1) {
            throw new IllegalArgumentException("a backoff needs 0 <= initial <= max and a multiplier >= 1: "
                    + initial + ", " + multiplier + ", " + max);
        }
    }

    /** Re-submits at once. */
    public static Backoff none() {
        return new Backoff(Duration.ZERO, 1, Duration.ZERO);
    }

    public static Backoff exponential(Duration initial, Duration max) {
        return new Backoff(initial, 2, max);
    }

    /** The wait before re-submission number {@code attempt} (1 for the first). */
    public Duration delay(int attempt) {
        double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
