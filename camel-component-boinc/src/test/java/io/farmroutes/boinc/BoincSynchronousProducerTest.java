package io.farmroutes.boinc;

import io.farmroutes.boinc.model.AccountInfo;
import io.farmroutes.sandbox.boinc.Account;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the route goes on after a call: the completion pool by default, the caller's thread when synchronous. */
class BoincSynchronousProducerTest extends BoincTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:released").to("boinc:account/info")
                        .process(e -> e.getMessage().setHeader("continuedOn", Thread.currentThread().getName()));
                from("direct:waiting").to("boinc:account/info?synchronous=true")
                        .process(e -> e.getMessage().setHeader("continuedOn", Thread.currentThread().getName()));
            }
        };
    }

    @Test
    void synchronousEndpointContinuesOnTheCallingThreadWithTheSameResult() {
        Account jose = emulator().state().accountByEmail("jose@example.org").orElseThrow();
        Map<String, Object> key = Map.of("CamelBoinc.accountKey", jose.authenticator());
        String caller = Thread.currentThread().getName();

        var released = template.request("direct:released", e -> e.getMessage().setHeaders(new HashMap<>(key)));
        var waiting = template.request("direct:waiting", e -> e.getMessage().setHeaders(new HashMap<>(key)));

        assertEquals(jose.id(), released.getMessage().getBody(AccountInfo.class).id());
        assertEquals(released.getMessage().getBody(AccountInfo.class), waiting.getMessage().getBody(AccountInfo.class));
        String pooled = released.getMessage().getHeader("continuedOn", String.class);
        assertNotEquals(caller, pooled);
        assertTrue(pooled.contains("Completion"), pooled);
        assertEquals(caller, waiting.getMessage().getHeader("continuedOn", String.class));
    }

    @Test
    void synchronousEndpointSetsTheServiceErrorOnTheExchange() {
        BoincException e = failure("boinc:account/info?synchronous=true&accountKey=0123456789abcdef0123456789abcdef",
                Map.of(), BoincException.class);
        assertEquals(BoincError.NOT_FOUND, e.getError());
    }
}
