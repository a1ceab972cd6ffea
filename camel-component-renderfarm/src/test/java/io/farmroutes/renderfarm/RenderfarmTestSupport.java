package io.farmroutes.renderfarm;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Calls renderfarm: endpoints and returns a typed body, or the exception the exchange carried. */
public abstract class RenderfarmTestSupport extends CamelTestSupport {

    protected RenderfarmComponent component() {
        return context.getComponent("renderfarm", RenderfarmComponent.class);
    }

    protected <T> T call(String uri, Object body, Map<String, Object> headers, Class<T> type) {
        Object result = template.requestBodyAndHeaders(uri, body, headers);
        assertNotNull(result, uri + " returned no body");
        return assertInstanceOf(type, result);
    }

    protected <T> T call(String uri, Class<T> type) {
        return call(uri, null, Map.of(), type);
    }

    /** Sends and returns the exception the exchange carried. */
    protected <T extends Throwable> T failure(String uri, Object body, Map<String, Object> headers, Class<T> type) {
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

    protected <T extends Throwable> T failure(String uri, Class<T> type) {
        return failure(uri, null, Map.of(), type);
    }
}
