package io.farmroutes.sandbox.fox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Adjustable behaviour of the Fox Renderfarm emulator; changes apply from the next request on. */
public final class FoxSettings {

    private Duration frameRenderTime = Duration.ofSeconds(2);
    private int parallelFrames = 4;
    private double failureRate = 0.1;
    private double retryFailureRate = 0;
    private long seed = 20240601L;
    private Duration signatureWindow = Duration.ofMinutes(5);
    private int maxPageSize = 1000;
    private Duration startDelay = Duration.ZERO;
    private Path outputStorage;
    private final List<Integer> injectedCodes = new ArrayList<>();

    /** How long one frame takes to render. */
    public synchronized FoxSettings frameRenderTime(Duration time) {
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("frameRenderTime must be positive: " + time);
        }
        this.frameRenderTime = time;
        return this;
    }

    public synchronized Duration frameRenderTime() {
        return frameRenderTime;
    }

    /** How many frames of one task render at once (a task's node limit can lower it). */
    public synchronized FoxSettings parallelFrames(int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("parallelFrames must be at least 1: " + frames);
        }
        this.parallelFrames = frames;
        return this;
    }

    public synchronized int parallelFrames() {
        return parallelFrames;
    }

    /** Share (0..1) of frames that fail on their first attempt. */
    public synchronized FoxSettings failureRate(double rate) {
        this.failureRate = checkRate(rate);
        return this;
    }

    public synchronized double failureRate() {
        return failureRate;
    }

    /** Share (0..1) of re-submitted frame attempts that fail again. */
    public synchronized FoxSettings retryFailureRate(double rate) {
        this.retryFailureRate = checkRate(rate);
        return this;
    }

    public synchronized double retryFailureRate() {
        return retryFailureRate;
    }

    /** Makes failures reproducible: whether an attempt fails depends only on this, the ids and the attempt. */
    public synchronized FoxSettings seed(long newSeed) {
        this.seed = newSeed;
        return this;
    }

    public synchronized long seed() {
        return seed;
    }

    /** How far {@code UTCTimestamp} may be from the emulator's clock before the answer is 610. */
    public synchronized FoxSettings signatureWindow(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("signatureWindow must not be negative: " + window);
        }
        this.signatureWindow = window;
        return this;
    }

    public synchronized Duration signatureWindow() {
        return signatureWindow;
    }

    /** Larger {@code pageSize} values are refused with code 600. */
    public synchronized FoxSettings maxPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("maxPageSize must be at least 1: " + size);
        }
        this.maxPageSize = size;
        return this;
    }

    public synchronized int maxPageSize() {
        return maxPageSize;
    }

    /** How long a submitted task stays waiting (status 0) before its first frame starts. */
    public synchronized FoxSettings startDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("startDelay must not be negative: " + delay);
        }
        this.startDelay = delay;
        return this;
    }

    public synchronized Duration startDelay() {
        return startDelay;
    }

    /**
     * A local directory standing for the account's output storage: each frame attempt that renders successfully
     * writes a small PNG to {@code <root>/<taskId>/output/frame_<nnnn>.png}. {@code null} (the default) writes
     * nothing.
     */
    public synchronized FoxSettings outputStorage(Path root) {
        this.outputStorage = root == null ? null : root.toAbsolutePath().normalize();
        return this;
    }

    /** The output storage directory, if frames are written to disk. */
    public synchronized Optional<Path> outputStorage() {
        return Optional.ofNullable(outputStorage);
    }

    /**
     * The next {@code times} authenticated requests are answered with this envelope code (e.g. 500
     * INTERNAL_ERROR or 1000 REDIS_CACHE_FAIL) without touching any state. Calls queue up in order.
     */
    public synchronized FoxSettings failNext(int code, int times) {
        if (code == 200 || times < 0) {
            throw new IllegalArgumentException("failNext needs a non-200 code and a non-negative count");
        }
        for (int i = 0; i < times; i++) {
            injectedCodes.add(code);
        }
        return this;
    }

    /** The next authenticated request is answered with this envelope code. */
    public FoxSettings failNext(int code) {
        return failNext(code, 1);
    }

    /** Drops injected codes not used yet. */
    public synchronized FoxSettings clearInjectedCodes() {
        injectedCodes.clear();
        return this;
    }

    /** Injected codes not used yet. */
    public synchronized List<Integer> injectedCodes() {
        return List.copyOf(injectedCodes);
    }

    /** Takes the next injected code, or 0 when none is left. */
    synchronized int takeInjectedCode() {
        return injectedCodes.isEmpty() ? 0 : injectedCodes.remove(0);
    }

    /** The simulation parameters as they are now, read at once so one request sees one consistent set. */
    synchronized RenderRules renderRules() {
        return new RenderRules(frameRenderTime.toMillis(), parallelFrames, failureRate, retryFailureRate, seed,
                outputStorage);
    }

    /** An independent copy. */
    public synchronized FoxSettings snapshot() {
        FoxSettings copy = new FoxSettings();
        copy.copyFrom(this);
        return copy;
    }

    void copyFrom(FoxSettings other) {
        FoxSettings source = other == this ? other.snapshot() : other;
        synchronized (source) {
            synchronized (this) {
                frameRenderTime = source.frameRenderTime;
                parallelFrames = source.parallelFrames;
                failureRate = source.failureRate;
                retryFailureRate = source.retryFailureRate;
                seed = source.seed;
                signatureWindow = source.signatureWindow;
                maxPageSize = source.maxPageSize;
                startDelay = source.startDelay;
                outputStorage = source.outputStorage;
                injectedCodes.clear();
                injectedCodes.addAll(source.injectedCodes);
            }
        }
    }

    private static double checkRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be within 0..1: " + rate);
        }
        return rate;
    }
}
