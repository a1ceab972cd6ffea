package io.farmroutes.renderfarm;

import io.farmroutes.spi.testing.ExchangeFailures;
import java.util.Map;

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
        return ExchangeFailures.of(template, uri, body, headers, type);
    }

    protected <T extends Throwable> T failure(String uri, Class<T> type) {
        return failure(uri, null, Map.of(), type);
    }
}
