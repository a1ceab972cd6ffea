package io.farmroutes.spi.camel;

import io.farmroutes.spi.engine.ClientOptions;
import io.farmroutes.spi.engine.RetryPolicy;
import io.farmroutes.spi.http.HttpSettings;

import java.time.Duration;

import javax.net.ssl.SSLContext;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/** The options every Farm Routes component shares: timeouts, retries, proxy, TLS and answer size. */
@UriParams
public abstract class ServiceConfiguration implements ClientOptions, Cloneable {

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "long",
              description = "How long to wait for a connection to the service, in milliseconds.")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "long",
              description = "How long to wait for an answer, in milliseconds.")
    private long readTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "3",
              description = "How many times a retry-safe operation is attempted in all after transient failures"
                            + " (1 disables retries). Operations that are not retry-safe are attempted once.")
    private int maxAttempts = 3;
    @UriParam(label = "advanced", defaultValue = "250", javaType = "long",
              description = "The pause before the first retry, in milliseconds; it doubles for each further one.")
    private long retryDelay = 250;
    @UriParam(label = "advanced", defaultValue = "5000", javaType = "long",
              description = "The longest pause between retries, in milliseconds.")
    private long maxRetryDelay = 5_000;
    @UriParam(label = "advanced", defaultValue = "200",
              description = "The largest number of pooled connections of the component's HTTP client.")
    private int maxConnections = 200;
    @UriParam(label = "advanced", defaultValue = "16777216", javaType = "long",
              description = "The largest answer body accepted, in bytes; a larger one is refused.")
    private long maxResponseSize = HttpSettings.DEFAULT_MAX_RESPONSE_BYTES;
    @UriParam(label = "proxy", description = "The host of an HTTP proxy to reach the service through.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "The port of the HTTP proxy.")
    private Integer proxyPort;
    @UriParam(label = "security", description = "TLS settings (trust and key stores, protocols) for https URLs.")
    private SSLContextParameters sslContextParameters;

    private transient SSLContext sslContext;

    @Override
    public HttpSettings httpSettings() {
        return new HttpSettings(Duration.ofMillis(connectTimeout), Duration.ofMillis(readTimeout), maxConnections,
                maxConnections, proxyHost, proxyPort == null ? 0 : proxyPort, sslContext, maxResponseSize,
                "farmroutes/0.1");
    }

    @Override
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(Math.max(1, maxAttempts), Duration.ofMillis(retryDelay),
                Duration.ofMillis(Math.max(retryDelay, maxRetryDelay)), 2.0);
    }

    /** Set by the endpoint when it starts, from {@link #getSslContextParameters()}. */
    public void resolvedSslContext(SSLContext context) {
        this.sslContext = context;
    }

    /** A copy that an endpoint may change without touching the component's defaults. */
    public ServiceConfiguration copy() {
        try {
            return (ServiceConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }
}
