package io.farmroutes.sandbox.ipernity;

import io.farmroutes.sandbox.EmulatorExtension;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * JUnit 5 extension: one {@link IpernityEmulator} per test class, reset before each test. Register it as a
 * static field: {@code @RegisterExtension static IpernityEmulatorExtension ipernity = new IpernityEmulatorExtension();}.
 * Uploads are processed in 2 s unless configured otherwise.
 */
public final class IpernityEmulatorExtension extends EmulatorExtension<IpernityEmulator> {

    /** The processing time per upload in tests unless {@link #settings} says otherwise. */
    public static final Duration TEST_PROCESSING_TIME = Duration.ofSeconds(2);

    private final IpernitySettings settings = new IpernitySettings().processingTime(TEST_PROCESSING_TIME);

    /** Adjusts the settings every test starts from. */
    public IpernityEmulatorExtension settings(Consumer<IpernitySettings> change) {
        change.accept(settings);
        return this;
    }

    @Override
    protected IpernityEmulator startEmulator() {
        return IpernityEmulator.start(settings, 0);
    }
}
