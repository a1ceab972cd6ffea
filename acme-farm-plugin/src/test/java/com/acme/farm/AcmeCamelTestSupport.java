package com.acme.farm;

import io.farmroutes.spi.testing.ExchangeFailures;
import com.acme.farm.emulator.AcmeEmulator;
import com.acme.farm.emulator.AcmeEmulatorExtension;

import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A plain CamelContext (nothing registered by hand: Camel resolves renderfarm: from the class path, and the
 * component finds acme through ServiceLoader) and a fresh Acme emulator per test. Every URI names the provider
 * and its options, as a user of the plugin would write it.
 */
public abstract class AcmeCamelTestSupport extends CamelTestSupport {

    /** Distinctive, so that any place it leaks to can be found by a plain text search. */
    public static final String ACCESS_KEY = "acme-K3y-7f41c9-do-not-print";

    @RegisterExtension
    static AcmeEmulatorExtension acme = new AcmeEmulatorExtension(ACCESS_KEY);

    protected AcmeEmulator emulator() {
        return acme.emulator();
    }

    /** {@code renderfarm:<endpoint>?provider=acme&...} pointing at the emulator, plus these options. */
    protected String uri(String endpoint, String... options) {
        StringBuilder uri = new StringBuilder("renderfarm:").append(endpoint)
                .append("?provider=acme&providerOption.baseUrl=RAW(").append(emulator().baseUrl())
                .append(")&accessKey=RAW(").append(ACCESS_KEY).append(")&retryDelay=10");
        for (String option : options) {
            uri.append('&').append(option);
        }
        return uri.toString();
    }

    protected <T> T call(String uri, Object body, Map<String, Object> headers, Class<T> type) {
        Object result = template.requestBodyAndHeaders(uri, body, headers);
        assertNotNull(result, uri + " returned no body");
        return assertInstanceOf(type, result);
    }

    protected <T> T call(String uri, Class<T> type) {
        return call(uri, null, Map.of(), type);
    }

    /** Sends, and returns the exception the exchange ended with. */
    protected <T extends Throwable> T failure(String uri, Object body, Map<String, Object> headers, Class<T> type) {
        return ExchangeFailures.of(template, uri, body, headers, type);
    }

    protected <T extends Throwable> T failure(String uri, Class<T> type) {
        return failure(uri, null, Map.of(), type);
    }

    /** The innermost cause's message: what a user reads at the bottom of a stack trace. */
    protected static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /**
     * Waits until the condition holds, checking every 10 ms for at most 20 s, and fails naming what was awaited.
     * The bound only stops a broken run from hanging; no assertion depends on how long anything takes.
     */
    protected static void awaitUntil(String what, BooleanSupplier condition) {
        for (int check = 0; check < 2_000; check++) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
        }
        throw new AssertionError("gave up waiting until " + what);
    }
}
