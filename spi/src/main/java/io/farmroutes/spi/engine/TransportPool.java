package io.farmroutes.spi.engine;

import io.farmroutes.spi.http.HttpSettings;
import io.farmroutes.spi.http.HttpTransport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One pooled HTTP client per distinct set of HTTP settings, shared by all endpoints of a component. */
public final class TransportPool implements AutoCloseable {

    private final Map<HttpSettings, HttpTransport> transports = new ConcurrentHashMap<>();

    public HttpTransport transportFor(HttpSettings settings) {
        return transports.computeIfAbsent(settings, HttpTransport::new);
    }

    public int size() {
        return transports.size();
    }

    @Override
    public void close() {
        transports.values().forEach(HttpTransport::close);
        transports.clear();
    }
}
