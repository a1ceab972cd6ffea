package io.farmroutes.sandbox.ipernity;

import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: one {@link IpernityEmulator} per test class, reset before each test. Register it as a
 * static field: {@code @RegisterExtension static IpernityEmulatorExtension ipernity = new IpernityEmulatorExtension();}.
 * Uploads are processed in 2 s unless configured otherwise.
 */
public final class IpernityEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** The processing time per upload in tests unless {@link #settings} says otherwise. */
    public static final Duration TEST_PROCESSING_TIME = Duration.ofSeconds(2);

    private final IpernitySettings settings = new IpernitySettings().processingTime(TEST_PROCESSING_TIME);
    private volatile IpernityEmulator emulator;

    /** Adjusts the settings every test starts from. */
    public IpernityEmulatorExtension settings(Consumer<IpernitySettings> change) {
        change.accept(settings);
        return this;
    }

    /** The running emulator (between beforeAll and afterAll). */
    public IpernityEmulator emulator() {
        IpernityEmulator current = emulator;
        if (current == null) {
            throw new IllegalStateException("the ipernity emulator is not running; register the extension "
                    + "on a static field with @RegisterExtension");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = IpernityEmulator.start(settings, 0);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        IpernityEmulator current = emulator;
        emulator = null;
        if (current != null) {
            current.close();
        }
    }
}
