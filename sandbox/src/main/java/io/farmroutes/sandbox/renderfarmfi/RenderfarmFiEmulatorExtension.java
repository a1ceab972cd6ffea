package io.farmroutes.sandbox.renderfarmfi;

import io.farmroutes.sandbox.EmulatorExtension;

import java.util.function.Consumer;

/**
 * JUnit 5 extension: one {@link RenderfarmFiEmulator} per test class, reset before each test. Register it as a
 * static field: {@code @RegisterExtension static RenderfarmFiEmulatorExtension rfi =
 * new RenderfarmFiEmulatorExtension();}.
 */
public final class RenderfarmFiEmulatorExtension extends EmulatorExtension<RenderfarmFiEmulator> {

    private final RenderfarmFiSettings settings;

    /** Default settings. */
    public RenderfarmFiEmulatorExtension() {
        this(new RenderfarmFiSettings());
    }

    /** These settings (copied now) are what every test starts from. */
    public RenderfarmFiEmulatorExtension(RenderfarmFiSettings settings) {
        this.settings = settings.copy();
    }

    /** Adjusts the settings every test starts from (e.g. {@code s -> s.sampleQuirks(true)}). */
    public RenderfarmFiEmulatorExtension settings(Consumer<RenderfarmFiSettings> change) {
        change.accept(settings);
        return this;
    }

    @Override
    protected RenderfarmFiEmulator startEmulator() {
        return RenderfarmFiEmulator.start(settings, 0);
    }
}
