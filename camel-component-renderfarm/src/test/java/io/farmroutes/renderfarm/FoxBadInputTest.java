package io.farmroutes.renderfarm;

import io.farmroutes.spi.error.InvalidParameterException;

import java.util.List;
import java.util.Map;

import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input fails before any request, naming the endpoint and the parameter. */
class FoxBadInputTest extends FoxTestSupport {

    @Test
    void aMissingTaskIdIsRefusedBeforeSending() {
        InvalidParameterException e = failure("renderfarm:task/submit", InvalidParameterException.class);
        assertEquals("taskId", e.getParameter());
        assertEquals("renderfarm:task/submit?provider=fox", e.getEndpoint());
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void aListWhereAWholeNumberBelongsIsRefused() {
        InvalidParameterException e = failure("renderfarm:frame/list", null,
                Map.of("CamelRenderfarm.taskId", List.of(1, 2)), InvalidParameterException.class);
        assertEquals("taskId", e.getParameter());
        assertTrue(e.getMessage().contains("a list"), e.getMessage());
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void textWhereAWholeNumberBelongsIsRefused() {
        InvalidParameterException e = failure("renderfarm:task/info?taskIds=12,abc", InvalidParameterException.class);
        assertEquals("taskIds", e.getParameter());
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void anUnknownUriParameterFailsWhenTheEndpointIsCreatedWithTheNearestName() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("renderfarm:task/list?pageNumber=2"));
        InvalidParameterException cause = assertInstanceOf(InvalidParameterException.class, rootCause(e));
        assertEquals("pageNumber", cause.getParameter());
        assertTrue(cause.getSuggestions().contains("pageNum"), cause.getSuggestions().toString());
    }

    @Test
    void anUnknownKeyInAMapBodyIsRefused() {
        InvalidParameterException e = failure("renderfarm:task/stop", Map.of("taskId", 1), Map.of(),
                InvalidParameterException.class);
        assertEquals("taskId", e.getParameter());
        assertTrue(e.getSuggestions().contains("taskIds"), e.getSuggestions().toString());
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void aValueOutsideTheAllowedOnesIsRefused() {
        InvalidParameterException e = failure("renderfarm:software/plugins?cgId=2007&osName=macos",
                InvalidParameterException.class);
        assertEquals("osName", e.getParameter());
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void frameIdsAndSelectAllTogetherAreRefused() {
        InvalidParameterException e = failure("renderfarm:frame/recommit?taskId=1&selectAll=1&frameIds=5",
                InvalidParameterException.class);
        assertEquals("frameIds", e.getParameter());
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void aMissingAccessKeyIsNamedAndNothingIsSent() {
        component().getConfiguration().setAccessKey(null);
        InvalidParameterException e = failure("renderfarm:user/profile", InvalidParameterException.class);
        assertEquals("accessKey", e.getParameter());
        assertEquals(0, emulator().ledger().count());
    }

    @Test
    void anUnknownProviderListsTheProvidersPresent() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("renderfarm:task/list?provider=foxx"));
        String message = rootCause(e).getMessage();
        assertTrue(message.contains("foxx") && message.contains("fox"), message);
    }

    @Test
    void aWatcherIsNotAProducer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> context.getEndpoint("renderfarm:frame/watch").createProducer());
        assertTrue(e.getMessage().contains("renderfarm:frame/watch"), e.getMessage());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
