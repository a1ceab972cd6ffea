package io.farmroutes.spi.camel;

import io.farmroutes.spi.engine.OperationEngine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends one operation per exchange without holding a thread while the service answers (unless the endpoint is
 * {@code synchronous}); the typed result becomes the body, a failure is set on the exchange.
 */
public final class OperationProducer<C extends ServiceConfiguration> extends DefaultAsyncProducer {

    private final OperationEndpointSupport<C> endpoint;

    OperationProducer(OperationEndpointSupport<C> endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Map<String, Object> parameters;
        try {
            parameters = ParameterSources.gather(endpoint.label(), endpoint.operation(),
                    endpoint.getOperationParameters(), exchange.getMessage(), endpoint.headerPrefix());
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        CompletableFuture<Object> answer = endpoint.engine().invoke(endpoint.endpointName(), endpoint.label(),
                parameters, endpoint.getConfiguration());
        if (endpoint.isSynchronous()) {
            try {
                complete(exchange, answer.get(), null);
            } catch (ExecutionException e) {
                complete(exchange, null, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer.cancel(true);
                exchange.setException(e);
            }
            callback.done(true);
            return true;
        }
        answer.whenCompleteAsync((result, failure) -> {
            complete(exchange, result, failure);
            callback.done(false);
        }, ((OperationComponentSupport<?>) endpoint.getComponent()).completionExecutor());
        return false;
    }

    private void complete(Exchange exchange, Object result, Throwable failure) {
        if (failure != null) {
            exchange.setException(OperationEngine.asFarmException(failure, endpoint.label()));
        } else {
            exchange.getMessage().setBody(result);
        }
    }
}
