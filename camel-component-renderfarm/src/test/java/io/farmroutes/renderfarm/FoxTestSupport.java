package io.farmroutes.renderfarm;

import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxEmulatorExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A CamelContext whose renderfarm: component points at an embedded Fox emulator on 127.0.0.1. */
public abstract class FoxTestSupport extends CamelTestSupport {

    @RegisterExtension
    static FoxEmulatorExtension fox = new FoxEmulatorExtension();

    protected FoxEmulator emulator() {
        return fox.emulator();
    }

    protected RenderfarmComponent component() {
        return context.getComponent("renderfarm", RenderfarmComponent.class);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RenderfarmComponent component = new RenderfarmComponent();
        configure(component.getConfiguration(), fox.emulator());
        context.addComponent("renderfarm", component);
        return context;
    }

    /** Points a configuration at the emulator: its domain over http, its account and platform. */
    public static void configure(RenderfarmConfiguration configuration, FoxEmulator emulator) {
        configuration.setDomain(emulator.domain());
        configuration.setProtocol("http");
        configuration.setAccessId(emulator.accessId());
        configuration.setAccessKey(emulator.accessKey());
        configuration.setPlatform(emulator.platform());
        configuration.setZone(2);
        configuration.setRetryDelay(20);
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
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
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

    /** Requests the emulator received at this path. */
    protected List<RecordedRequest> requests(String path) {
        return emulator().ledger().requests().stream().filter(r -> r.path().equals(path)).toList();
    }
}
