package io.farmroutes.spi.render;

import io.farmroutes.spi.engine.ClientOptions;

import java.util.Optional;

/**
 * A render farm's connection options as a provider reads them: the built-in options of the
 * {@code renderfarm:} component by name (accessId, domain, baseUrl …) and any provider-specific ones a
 * third-party provider documents. Values may be secrets: never log them.
 */
public interface FarmSettings extends ClientOptions {

    /** The option's value, or null when it is not set. */
    Object option(String name);

    /** The option as text, when set and not blank. */
    default Optional<String> text(String name) {
        Object value = option(name);
        if (value == null || String.valueOf(value).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(value).strip());
    }
}
