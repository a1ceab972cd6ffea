package io.farmroutes.spi.testing;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ResolveEndpointFailedException;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Sends one exchange that must fail and returns its exception, wherever Camel raised it. */
public final class ExchangeFailures {

    private ExchangeFailures() {
    }

    public static <T extends Throwable> T of(ProducerTemplate template, String uri, Object body,
                                             Map<String, Object> headers, Class<T> type) {
        Exchange exchange;
        try {
            exchange = template.request(uri, e -> {
                e.getMessage().setBody(body);
                e.getMessage().setHeaders(new HashMap<>(headers));
            });
        } catch (ResolveEndpointFailedException e) {
            // a URI option that can never be right is refused when the endpoint is created
            return assertInstanceOf(type, e.getCause(), () -> "unexpected failure " + e);
        }
        Throwable thrown = exchange.getException();
        if (thrown instanceof CamelExecutionException cee) {
            thrown = cee.getCause();
        }
        assertNotNull(thrown, uri + " did not fail");
        return assertInstanceOf(type, thrown, () -> "unexpected failure " + exchange.getException());
    }
}
