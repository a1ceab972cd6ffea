package io.farmroutes.spi.camel;

import io.farmroutes.spi.engine.OperationEngine;

import java.util.Map;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends one operation per exchange without holding a thread while the service answers; the typed result
 * becomes the body, a failure is set on the exchange.
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
        endpoint.engine().invoke(endpoint.endpointName(), endpoint.label(), parameters,
                        endpoint.getConfiguration())
                .whenCompleteAsync((result, failure) -> {
                    if (failure != null) {
                        exchange.setException(OperationEngine.asFarmException(failure, endpoint.label()));
                    } else {
                        exchange.getMessage().setBody(result);
                    }
                    callback.done(false);
                }, ((OperationComponentSupport<?>) endpoint.getComponent()).completionExecutor());
        return false;
    }
}
