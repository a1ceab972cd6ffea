package io.farmroutes.spi.engine;

import io.farmroutes.spi.http.HttpSettings;

import java.util.Optional;

/** What the engine needs from a component's configuration, whatever the service. */
public interface ClientOptions {

    HttpSettings httpSettings();

    RetryPolicy retryPolicy();

    /**
     * The path to use instead of the catalog's for an operation ({@code api/method}): documented paths and
     * live paths differ, and deployments move.
     */
    default Optional<String> pathOverride(String endpoint) {
        return Optional.empty();
    }
}
