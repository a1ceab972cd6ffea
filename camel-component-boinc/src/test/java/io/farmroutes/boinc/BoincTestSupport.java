package io.farmroutes.boinc;

import io.farmroutes.spi.testing.ExchangeFailures;
import io.farmroutes.sandbox.boinc.BoincEmulator;
import io.farmroutes.sandbox.boinc.BoincEmulatorExtension;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A CamelContext whose boinc: component points at an embedded BOINC emulator on 127.0.0.1. */
abstract class BoincTestSupport extends CamelTestSupport {

    @RegisterExtension
    static BoincEmulatorExtension boinc = new BoincEmulatorExtension();

    protected BoincEmulator emulator() {
        return boinc.emulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        BoincComponent component = new BoincComponent();
        component.getConfiguration().setProjectUrl(boinc.emulator().masterUrl());
        component.getConfiguration().setRetryDelay(20);
        context.addComponent("boinc", component);
        return context;
    }

    protected <T> T call(String uri, Class<T> type) {
        return call(uri, Map.of(), type);
    }

    protected <T> T call(String uri, Map<String, Object> headers, Class<T> type) {
        Object body = template.requestBodyAndHeaders(uri, null, headers);
        assertNotNull(body, uri + " returned no body");
        return assertInstanceOf(type, body);
    }

    /** Sends and returns the exception the exchange carried. */
    protected <T extends Throwable> T failure(String uri, Map<String, Object> headers, Class<T> type) {
        return ExchangeFailures.of(template, uri, null, headers, type);
    }
}
