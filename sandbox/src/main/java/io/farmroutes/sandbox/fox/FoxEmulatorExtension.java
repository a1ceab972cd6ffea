package io.farmroutes.sandbox.fox;

import io.farmroutes.sandbox.EmulatorExtension;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * JUnit 5 extension: one {@link FoxEmulator} per test class, reset before each test. Register it as a static
 * field: {@code @RegisterExtension static FoxEmulatorExtension fox = new FoxEmulatorExtension();}. Frames render
 * in 100 ms, eight at a time, a fifth failing on the first attempt, with a fixed seed, unless configured otherwise.
 */
public final class FoxEmulatorExtension extends EmulatorExtension<FoxEmulator> {

    public static final Duration TEST_FRAME_RENDER_TIME = Duration.ofMillis(100);
    public static final int TEST_PARALLEL_FRAMES = 8;
    public static final double TEST_FAILURE_RATE = 0.2;
    public static final long TEST_SEED = 7L;

    private final FoxSettings settings = new FoxSettings()
            .frameRenderTime(TEST_FRAME_RENDER_TIME)
            .parallelFrames(TEST_PARALLEL_FRAMES)
            .failureRate(TEST_FAILURE_RATE)
            .seed(TEST_SEED);

    /** Adjusts the settings every test starts from (e.g. {@code s -> s.failureRate(0)}). */
    public FoxEmulatorExtension settings(Consumer<FoxSettings> change) {
        change.accept(settings);
        return this;
    }

    @Override
    protected FoxEmulator startEmulator() {
        return FoxEmulator.start(settings, 0);
    }
}
