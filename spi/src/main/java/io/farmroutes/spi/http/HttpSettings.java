package io.farmroutes.spi.http;

import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/** What the shared HTTP client is built from: timeouts, pool size, proxy, TLS, and the answer size limit. */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, int maxConnections,
                           int maxConnectionsPerRoute, String proxyHost, int proxyPort, SSLContext sslContext,
                           long maxResponseBytes, String userAgent) {

    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxConnections < 1 || maxConnectionsPerRoute < 1) {
            throw new IllegalArgumentException("connection pool sizes must be positive");
        }
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 200, 50, null, 0, null,
                DEFAULT_MAX_RESPONSE_BYTES, "farmroutes/0.1");
    }
}
