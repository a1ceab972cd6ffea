package io.farmroutes.sandbox.flamenco;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when a test moves it. */
final class ManualClock extends Clock {

    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private volatile Instant now = T0;

    /** Sets the time to {@code T0 + millis}. */
    ManualClock at(long millis) {
        now = T0.plusMillis(millis);
        return this;
    }

    ManualClock advance(Duration d) {
        now = now.plus(d);
        return this;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
