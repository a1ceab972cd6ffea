package io.farmroutes.spi.camel;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Polls a read operation on the endpoint's schedule (Camel's scheduler options, Quartz cron included) and
 * emits its result, one exchange per element when the result is a collection and splitResult is on.
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
        List<?> items = endpoint.isSplitResult() && result instanceof Collection<?> c ? List.copyOf(c)
                : Collections.singletonList(result);
        int emitted = 0;
        for (Object item : items) {
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
}
