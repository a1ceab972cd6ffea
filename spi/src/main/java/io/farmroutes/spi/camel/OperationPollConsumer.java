package io.farmroutes.spi.camel;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Polls a read operation on the endpoint's schedule (Camel's scheduler options, Quartz cron included) and
 * emits its result, one exchange per element when the result is a collection or a paged stream and
 * splitResult is on.
 */
public final class OperationPollConsumer<C extends ServiceConfiguration> extends ScheduledPollConsumer {

    private final OperationEndpointSupport<C> endpoint;

    OperationPollConsumer(OperationEndpointSupport<C> endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected int poll() throws Exception {
        Map<String, Object> parameters = ParameterSources.gather(endpoint.label(), endpoint.operation(),
                endpoint.getOperationParameters(), null, endpoint.headerPrefix());
        Object result = endpoint.engine().call(endpoint.endpointName(), parameters, endpoint.getConfiguration());
        Iterator<?> items = endpoint.isSplitResult() ? elements(result) : Collections.singleton(result).iterator();
        int emitted = 0;
        while (items.hasNext()) {
            Object item = items.next();
            Exchange exchange = createExchange(false);
            exchange.getMessage().setBody(item);
            try {
                getProcessor().process(exchange);
            } finally {
                if (exchange.getException() != null) {
                    getExceptionHandler().handleException("Error processing " + endpoint.label() + " result",
                            exchange, exchange.getException());
                }
                releaseExchange(exchange, false);
            }
            emitted++;
        }
        return emitted;
    }

    /** A collection, or a lazily paged result, element by element; anything else as one element. */
    private static Iterator<?> elements(Object result) {
        if (result instanceof Iterable<?> iterable) {
            return iterable.iterator();
        }
        if (result instanceof Iterator<?> iterator) {
            return iterator;
        }
        if (result instanceof Stream<?> stream) {
            return stream.iterator();
        }
        return Collections.singleton(result).iterator();
    }
}
