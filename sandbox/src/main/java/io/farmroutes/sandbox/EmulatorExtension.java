package io.farmroutes.sandbox;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 lifecycle every emulator extension shares: one emulator per test class, on a static
 * {@code @RegisterExtension} field, reset before each test.
 */
public abstract class EmulatorExtension<E extends Emulator>
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private volatile E emulator;

    /** Starts the emulator for a test class. */
    protected abstract E startEmulator();

    /** The running emulator (between beforeAll and afterAll). */
    public E emulator() {
        E current = emulator;
        if (current == null) {
            throw new IllegalStateException(getClass().getSimpleName() + ": the emulator is not running; register"
                    + " the extension on a static field with @RegisterExtension");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = startEmulator();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        E current = emulator;
        emulator = null;
        if (current != null) {
            current.close();
        }
    }
}
