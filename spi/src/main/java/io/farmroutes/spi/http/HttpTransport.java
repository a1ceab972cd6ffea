package io.farmroutes.spi.http;

import io.farmroutes.spi.error.MalformedResponseException;
import io.farmroutes.spi.error.TransportException;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The one HTTP client of a component: Apache HttpClient 5, asynchronous and pooled, no redirects followed,
 * no cookies kept, no retries of its own (the engine decides what may be repeated).
 */
public final class HttpTransport implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpSettings settings;
    private final CloseableHttpAsyncClient client;

    public HttpTransport(HttpSettings settings) {
        this.settings = settings;
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build());
        if (settings.sslContext() != null) {
            pool.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).buildAsync());
        }
        var builder = HttpAsyncClients.custom()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.readTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())))
                        .build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .setUserAgent(settings.userAgent());
        if (settings.proxyHost() != null && !settings.proxyHost().isBlank()) {
            builder.setProxy(new HttpHost(settings.proxyHost(), settings.proxyPort() > 0 ? settings.proxyPort() : 8080));
        }
        this.client = builder.build();
        this.client.start();
    }

    public HttpSettings settings() {
        return settings;
    }

    /**
     * Sends one request. The future completes with the answer, whatever its status, or exceptionally with a
     * {@link TransportException} when no complete answer arrived.
     *
     * @param endpoint the endpoint name, for error messages
     */
    public CompletableFuture<HttpResult> send(WireRequest request, String endpoint) {
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        AsyncRequestProducer producer;
        try {
            producer = toProducer(request);
        } catch (RuntimeException e) {
            result.completeExceptionally(new TransportException(endpoint, "could not build the request "
                    + request + ": " + e.getMessage(), 0, false, e));
            return result;
        }
        client.execute(producer, new BoundedResponseConsumer(settings.maxResponseBytes()), null,
                HttpClientContext.create(), new FutureCallback<>() {
                    @Override
                    public void completed(HttpResult answer) {
                        result.complete(answer);
                    }

                    @Override
                    public void failed(Exception ex) {
                        result.completeExceptionally(translate(ex, request, endpoint));
                    }

                    @Override
                    public void cancelled() {
                        result.completeExceptionally(new TransportException(endpoint,
                                "the request " + request + " was cancelled", 0, false, null));
                    }
                });
        return result;
    }

    private static TransportException translate(Exception ex, WireRequest request, String endpoint) {
        if (ex instanceof BoundedResponseConsumer.ResponseTooLargeException) {
            return new MalformedResponseException(endpoint, "refused the answer to " + request + ": "
                    + ex.getMessage(), null, ex);
        }
        String what = ex instanceof IOException ? ex.getClass().getSimpleName() + ": " + ex.getMessage()
                : String.valueOf(ex);
        return new TransportException(endpoint, "no answer to " + request + " (" + what + ")", 0, true, ex);
    }

    private AsyncRequestProducer toProducer(WireRequest request) {
        AsyncRequestBuilder builder = AsyncRequestBuilder.create(request.method()).setUri(URI.create(request.url()));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            builder.addHeader(header.getKey(), header.getValue());
        }
        if (!request.cookies().isEmpty()) {
            StringJoiner cookie = new StringJoiner("; ");
            request.cookies().forEach((name, value) -> cookie.add(name + "=" + value));
            builder.addHeader("Cookie", cookie.toString());
        }
        AsyncEntityProducer entity = entityOf(request);
        if (entity != null) {
            builder.setEntity(entity);
        }
        return builder.build();
    }

    private static AsyncEntityProducer entityOf(WireRequest request) {
        if (request.streamingBody() != null) {
            return request.streamingBody().get();
        }
        if (request.rawBody() != null) {
            return AsyncEntityProducers.create(request.rawBody(), ContentType.parse(request.rawContentType()));
        }
        if (request.hasJsonBody()) {
            try {
                return AsyncEntityProducers.create(JSON.writeValueAsBytes(request.json()),
                        ContentType.create("application/json"));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the JSON body cannot be written: " + e.getOriginalMessage(), e);
            }
        }
        if (!request.form().isEmpty()) {
            return AsyncEntityProducers.create(WireRequest.formEncode(request.form()).getBytes(StandardCharsets.UTF_8),
                    ContentType.APPLICATION_FORM_URLENCODED);
        }
        return null;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

}
