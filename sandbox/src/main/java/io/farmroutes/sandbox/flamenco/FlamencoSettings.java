package io.farmroutes.sandbox.flamenco;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/** Adjustable behaviour of the Flamenco emulator: render simulation and quirks; changes apply from the next request. */
public final class FlamencoSettings {

    private Duration frameRenderTime = Duration.ofMillis(200);
    private double failureRate;
    private double retryFailureRate;
    private long seed = 1;
    private final EnumSet<FlamencoQuirk> quirks = EnumSet.allOf(FlamencoQuirk.class);

    /** How long a simulated worker takes to render one frame. */
    public synchronized FlamencoSettings frameRenderTime(Duration time) {
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("frameRenderTime must be positive: " + time);
        }
        this.frameRenderTime = time;
        return this;
    }

    public synchronized Duration frameRenderTime() {
        return frameRenderTime;
    }

    /** Share (0..1) of task chunks that fail on their first run. */
    public synchronized FlamencoSettings failureRate(double rate) {
        this.failureRate = checkRate(rate);
        return this;
    }

    public synchronized double failureRate() {
        return failureRate;
    }

    /** Share (0..1) of later runs (after a stop, start or respawn) that fail. */
    public synchronized FlamencoSettings retryFailureRate(double rate) {
        this.retryFailureRate = checkRate(rate);
        return this;
    }

    public synchronized double retryFailureRate() {
        return retryFailureRate;
    }

    /** Makes failures reproducible: whether a run fails depends only on this, the task id and the attempt. */
    public synchronized FlamencoSettings seed(long newSeed) {
        this.seed = newSeed;
        return this;
    }

    public synchronized long seed() {
        return seed;
    }

    /** Turns one quirk on (as the real server behaves) or off. */
    public synchronized FlamencoSettings quirk(FlamencoQuirk quirk, boolean on) {
        if (on) {
            quirks.add(quirk);
        } else {
            quirks.remove(quirk);
        }
        return this;
    }

    /** Whether the quirk is on. */
    public synchronized boolean quirk(FlamencoQuirk quirk) {
        return quirks.contains(quirk);
    }

    /** Turns every quirk off: the server as documented. */
    public synchronized FlamencoSettings idealServer() {
        quirks.clear();
        return this;
    }

    /** An independent copy. */
    public synchronized FlamencoSettings copy() {
        FlamencoSettings copy = new FlamencoSettings();
        copy.frameRenderTime = frameRenderTime;
        copy.failureRate = failureRate;
        copy.retryFailureRate = retryFailureRate;
        copy.seed = seed;
        copy.quirks.clear();
        copy.quirks.addAll(quirks);
        return copy;
    }

    /** Takes over every value of {@code other}. */
    void copyFrom(FlamencoSettings other) {
        FlamencoSettings source = other.copy();
        synchronized (this) {
            frameRenderTime = source.frameRenderTime;
            failureRate = source.failureRate;
            retryFailureRate = source.retryFailureRate;
            seed = source.seed;
            quirks.clear();
            quirks.addAll(source.quirks);
        }
    }

    /** The simulation parameters as they are now, read at once so that one request sees one consistent set. */
    synchronized SimRules rules() {
        return new SimRules(frameRenderTime.toMillis(), failureRate, retryFailureRate, seed);
    }

    /** The quirks that are on now. */
    synchronized Set<FlamencoQuirk> quirks() {
        return quirks.isEmpty() ? EnumSet.noneOf(FlamencoQuirk.class) : EnumSet.copyOf(quirks);
    }

    private static double checkRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be within 0..1: " + rate);
        }
        return rate;
    }

    @Override
    public synchronized String toString() {
        return "FlamencoSettings[frameRenderTime=" + frameRenderTime + ", failureRate=" + failureRate
                + ", retryFailureRate=" + retryFailureRate + ", seed=" + seed + ", quirks=" + quirks + "]";
    }
}
