package com.acme.farm.emulator;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@link AcmeEmulator} for every test. Register it on a static field: JUnit then starts it before the
 * CamelContext of a CamelTestSupport test is created, so routes can point at it.
 */
public final class AcmeEmulatorExtension implements BeforeEachCallback, AfterEachCallback {

    private final String accessKey;
    private AcmeEmulator emulator;

    public AcmeEmulatorExtension(String accessKey) {
        this.accessKey = accessKey;
    }

    public AcmeEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("the Acme emulator runs only during a test");
        }
        return emulator;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator = AcmeEmulator.start(accessKey);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }
}
