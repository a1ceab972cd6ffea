package io.farmroutes.sandbox.flamenco;

import io.farmroutes.sandbox.EmulatorExtension;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * JUnit 5 extension: one {@link FlamencoEmulator} per test class, reset before each test. Register it as a static
 * field: {@code @RegisterExtension static FlamencoEmulatorExtension flamenco = new FlamencoEmulatorExtension();}.
 * The no-argument form renders a frame in 20 ms and fails a quarter of first runs, with a fixed seed.
 */
public final class FlamencoEmulatorExtension extends EmulatorExtension<FlamencoEmulator> {

    public static final Duration TEST_FRAME_RENDER_TIME = Duration.ofMillis(20);
    public static final double TEST_FAILURE_RATE = 0.25;
    public static final long TEST_SEED = 7L;

    private final FlamencoSettings settings;

    /** Fast-test settings: 20 ms frames, 25 % first-run failures, seed 7, every quirk on. */
    public FlamencoEmulatorExtension() {
        this(new FlamencoSettings().frameRenderTime(TEST_FRAME_RENDER_TIME).failureRate(TEST_FAILURE_RATE)
                .seed(TEST_SEED));
    }

    /** These settings (copied when the emulator starts). */
    public FlamencoEmulatorExtension(FlamencoSettings settings) {
        this.settings = settings.copy();
    }

    /** Adjusts the settings every test starts from (e.g. {@code s -> s.failureRate(0)}); call before the tests run. */
    public FlamencoEmulatorExtension settings(Consumer<FlamencoSettings> change) {
        change.accept(settings);
        return this;
    }

    @Override
    protected FlamencoEmulator startEmulator() {
        return FlamencoEmulator.start(settings, 0);
    }
}
