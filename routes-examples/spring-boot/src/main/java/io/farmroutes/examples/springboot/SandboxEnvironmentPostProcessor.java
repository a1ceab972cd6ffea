package io.farmroutes.examples.springboot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the sandbox's emulators when {@code farmroutes.sandbox.enabled=true}, before any bean exists, so that
 * application.properties can point the Camel components at them with {@code ${sandbox.*}} placeholders.
 */
public final class SandboxEnvironmentPostProcessor implements EnvironmentPostProcessor {

    private final Log log;

    public SandboxEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(SandboxEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // runs after application.properties is loaded (the config-data processor comes first), so the flag is seen
        if (!environment.getProperty("farmroutes.sandbox.enabled", Boolean.class, false)
                || SandboxPropertySource.in(environment) != null) {
            return;
        }
        SandboxPropertySource sandbox = SandboxPropertySource.start(workFolder(environment));
        // last: anything the application configures explicitly wins over the sandbox's values
        environment.getPropertySources().addLast(sandbox);
        log.info("Farm Routes sandbox: " + sandbox.describe());
    }

    private static Path workFolder(ConfigurableEnvironment environment) {
        try {
            String work = environment.getProperty("farmroutes.sandbox.work");
            return work == null || work.isBlank() ? Files.createTempDirectory("farmroutes-sandbox")
                    : Files.createDirectories(Path.of(work));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sandbox's work folder", e);
        }
    }
}
