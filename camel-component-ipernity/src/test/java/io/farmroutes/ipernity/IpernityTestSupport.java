package io.farmroutes.ipernity;

import io.farmroutes.spi.testing.ExchangeFailures;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.ipernity.IpernityEmulator;
import io.farmroutes.sandbox.ipernity.IpernityEmulatorExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A CamelContext whose ipernity: component points at an embedded ipernity emulator on 127.0.0.1. */
abstract class IpernityTestSupport extends CamelTestSupport {

    @RegisterExtension
    static IpernityEmulatorExtension ipernity = new IpernityEmulatorExtension();

    protected IpernityEmulator emulator() {
        return ipernity.emulator();
    }

    protected IpernityComponent component() {
        return context.getComponent("ipernity", IpernityComponent.class);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        IpernityComponent component = new IpernityComponent();
        component.getConfiguration().setBaseUrl(ipernity.emulator().baseUrl());
        component.getConfiguration().setApiKey(ipernity.emulator().apiKey());
        component.getConfiguration().setApiSecret(ipernity.emulator().apiSecret());
        component.getConfiguration().setRetryDelay(20);
        context.addComponent("ipernity", component);
        return context;
    }

    /** A token of the seed user with these levels, set as the component's authToken. */
    protected String login(String... targetLevelPairs) {
        Map<String, String> levels = new HashMap<>();
        for (int i = 0; i < targetLevelPairs.length; i += 2) {
            levels.put(targetLevelPairs[i], targetLevelPairs[i + 1]);
        }
        String token = emulator().issueToken(levels);
        component().getConfiguration().setAuthToken(token);
        return token;
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

    protected List<RecordedRequest> requests(String method) {
        return emulator().ledger().requests().stream().filter(r -> r.path().startsWith("/api/" + method + "/"))
                .toList();
    }
}
