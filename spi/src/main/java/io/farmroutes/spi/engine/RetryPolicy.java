package io.farmroutes.spi.engine;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** How often and how patiently a retry-safe operation is repeated after a transient failure. */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(5), 2.0);
    }

    public static RetryPolicy never() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0);
    }

    /** The pause before the attempt that follows attempt number {@code attempt} (1-based), with jitter. */
    public Duration delayAfter(int attempt) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, attempt - 1);
        double capped = Math.min(base, maxDelay.toMillis());
        // jitter spreads the retries of many callers that failed together
        double jittered = capped * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(Math.round(jittered));
    }
}
