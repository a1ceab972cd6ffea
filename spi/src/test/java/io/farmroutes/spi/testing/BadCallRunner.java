package io.farmroutes.spi.testing;

import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.testing.BadCallTally.Stage;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.function.IntSupplier;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ResolveEndpointFailedException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends one bad call and checks the documented refusal: an {@link InvalidParameterException} (wrapped in
 * Camel's {@link ResolveEndpointFailedException} when the URI alone is at fault), naming the endpoint and the
 * parameter, showing no secret, and raised while the emulator's request count stays where it was.
 */
public final class BadCallRunner {

    private final ProducerTemplate template;
    private final IntSupplier requestsReceived;
    private final Collection<String> secrets;
    private final BadCallTally tally;

    /**
     * @param requestsReceived the emulator's request count, read before and after each call
     * @param secrets          values that must never appear in a message (credentials of the test setup)
     */
    public BadCallRunner(ProducerTemplate template, IntSupplier requestsReceived, Collection<String> secrets,
                         BadCallTally tally) {
        this.template = template;
        this.requestsReceived = requestsReceived;
        this.secrets = List.copyOf(secrets);
        this.tally = tally;
    }

    public void run(BadCall call) {
        int before = requestsReceived.getAsInt();
        Outcome outcome = send(call);
        assertEquals(before, requestsReceived.getAsInt(), call.uri() + ": a request reached the emulator");
        Throwable failure = outcome.failure();
        assertNotNull(failure, call.uri() + " with " + call.headers().keySet() + " was not refused");

        Throwable refused = outcome.stage() == Stage.CREATION ? failure.getCause() : failure;
        InvalidParameterException refusal = assertInstanceOf(InvalidParameterException.class, refused,
                () -> describe(call) + ": " + failure);
        String message = refusal.getMessage();
        assertTrue(message.startsWith(call.label() + ": "), () -> "message does not name " + call.label() + ": "
                + message);
        for (String parameter : call.parameter()) {
            assertTrue(message.contains("'" + parameter) || message.contains(parameter + "'"),
                    () -> "message does not name " + parameter + ": " + message);
        }
        if (call.parameter().size() == 1) {
            assertEquals(call.parameter().get(0), refusal.getParameter(), message);
        }
        if (call.suggestion() != null) {
            assertTrue(refusal.getSuggestions().contains(call.suggestion()),
                    () -> "no suggestion of " + call.suggestion() + ": " + message);
            assertTrue(message.contains("did you mean") && message.contains(call.suggestion()), message);
        }
        for (String secret : withSampleSecrets()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                String text = String.valueOf(t.getMessage());
                assertFalse(text.contains(secret), () -> "a secret leaked into " + text);
            }
        }
        tally.refusedBeforeSending(call, outcome.stage());
    }

    private Outcome send(BadCall call) {
        try {
            Exchange exchange = template.request(call.uri(), e -> {
                e.getMessage().setBody(null);
                e.getMessage().setHeaders(new HashMap<>(call.headers()));
            });
            return new Outcome(Stage.EXCHANGE, exchange.getException());
        } catch (ResolveEndpointFailedException e) {
            return new Outcome(Stage.CREATION, e);
        }
    }

    private record Outcome(Stage stage, Throwable failure) {
    }

    private List<String> withSampleSecrets() {
        List<String> all = new java.util.ArrayList<>(secrets);
        all.add(SampleValues.SECRET_MARK);
        return all;
    }

    private static String describe(BadCall call) {
        return call.displayName() + " (" + call.uri() + ")";
    }
}
