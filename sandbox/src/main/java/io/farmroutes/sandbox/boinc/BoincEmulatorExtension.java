package io.farmroutes.sandbox.boinc;

import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: one {@link BoincEmulator} per test class, reset before each test. Register it as a
 * static field: {@code @RegisterExtension static BoincEmulatorExtension boinc = new BoincEmulatorExtension();}.
 * Failed lookups wait 200 ms instead of 5 s unless configured otherwise.
 */
public final class BoincEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** The lookup_account failure delay used in tests unless {@link #lookupFailureDelay} says otherwise. */
    public static final Duration TEST_LOOKUP_FAILURE_DELAY = Duration.ofMillis(200);

    private final BoincSettings settings = new BoincSettings().lookupFailureDelay(TEST_LOOKUP_FAILURE_DELAY);
    private volatile BoincEmulator emulator;

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

    /** The running emulator (between beforeAll and afterAll). */
    public BoincEmulator emulator() {
        BoincEmulator current = emulator;
        if (current == null) {
            throw new IllegalStateException("the BOINC emulator is not running; register the extension "
                    + "on a static field with @RegisterExtension");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = BoincEmulator.start(settings);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        BoincEmulator current = emulator;
        emulator = null;
        if (current != null) {
            current.close();
        }
    }
}
