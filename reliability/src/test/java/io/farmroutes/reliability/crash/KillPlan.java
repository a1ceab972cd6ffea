package io.farmroutes.reliability.crash;

import java.time.Duration;
import java.util.Random;

/**
 * When one run of the node is killed, drawn from a seeded random source so that a failing run can be repeated:
 * a fixed delay after the JVM starts (mostly during start-up), right after the n-th request was sent
 * (mid-submission), or a while after the pipeline started (watching, re-submitting, finishing).
 */
record KillPlan(Kind kind, Duration delay, int afterSent) {

    enum Kind {
        AFTER_SPAWN, AFTER_NTH_SEND, AFTER_START
    }

    static KillPlan draw(Random random, int shots) {
        double pick = random.nextDouble();
        if (pick < 0.2) {
            return new KillPlan(Kind.AFTER_SPAWN, millis(random, 300, 1500), 0);
        }
        if (pick < 0.45) {
            return new KillPlan(Kind.AFTER_NTH_SEND, Duration.ZERO, 1 + random.nextInt(shots));
        }
        return new KillPlan(Kind.AFTER_START, millis(random, 300, 4000), 0);
    }

    private static Duration millis(Random random, int from, int to) {
        return Duration.ofMillis(from + random.nextInt(to - from));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case AFTER_SPAWN -> delay.toMillis() + " ms after spawn";
            case AFTER_NTH_SEND -> "after send " + afterSent;
            case AFTER_START -> delay.toMillis() + " ms after start";
        };
    }
}
