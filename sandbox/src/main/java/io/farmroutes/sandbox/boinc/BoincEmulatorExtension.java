package io.farmroutes.sandbox.boinc;

import io.farmroutes.sandbox.EmulatorExtension;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * JUnit 5 extension: one {@link BoincEmulator} per test class, reset before each test. Register it as a
 * static field: {@code @RegisterExtension static BoincEmulatorExtension boinc = new BoincEmulatorExtension();}.
 * Failed lookups wait 200 ms instead of 5 s unless configured otherwise.
 */
public final class BoincEmulatorExtension extends EmulatorExtension<BoincEmulator> {

    /** The lookup_account failure delay used in tests unless {@link #lookupFailureDelay} says otherwise. */
    public static final Duration TEST_LOOKUP_FAILURE_DELAY = Duration.ofMillis(200);

    private final BoincSettings settings = new BoincSettings().lookupFailureDelay(TEST_LOOKUP_FAILURE_DELAY);

    /** The delay before a failed lookup_account reply (the real server waits 5 s). */
    public BoincEmulatorExtension lookupFailureDelay(Duration delay) {
        settings.lookupFailureDelay(delay);
        return this;
    }

    /** Adjusts the settings every test starts from (e.g. {@code s -> s.release(BoincRelease.CURRENT)}). */
    public BoincEmulatorExtension settings(Consumer<BoincSettings> change) {
        change.accept(settings);
        return this;
    }

    /** A copy of the settings every test starts from. */
    BoincSettings startSettings() {
        return settings.snapshot();
    }

    @Override
    protected BoincEmulator startEmulator() {
        return BoincEmulator.start(settings);
    }
}
