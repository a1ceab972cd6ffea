package io.farmroutes.spi.engine;

import io.farmroutes.spi.http.HttpSettings;

/** What the engine needs from a component's configuration, whatever the service. */
public interface ClientOptions {

    HttpSettings httpSettings();

    RetryPolicy retryPolicy();
}
