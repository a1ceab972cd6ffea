package com.acme.farm;

import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.render.RenderJob;

import java.util.Map;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls that cannot be right fail before anything is sent, with a message that names the endpoint as the user
 * wrote it and the parameter at fault: the emulator must not have seen a single request.
 */
class AcmeValidationTest extends AcmeCamelTestSupport {

    @AfterEach
    void nothingWasSent() {
        assertEquals(0, emulator().requests(), "a request reached the farm");
    }

    @Test
    void anUnknownParameterFailsWhenTheEndpointIsCreatedAndTheNearestNameIsSuggested() {
        Exception e = assertThrows(Exception.class, () -> template.requestBody(uri("job/list", "stat=done"), (Object) null));

        InvalidParameterException cause = findCause(e, InvalidParameterException.class);
        assertEquals("stat", cause.getParameter());
        assertTrue(cause.getMessage().startsWith("renderfarm:job/list?provider=acme: parameter 'stat' is not a"
                + " parameter of this endpoint"), cause.getMessage());
        assertTrue(cause.getSuggestions().contains("state"), cause.getSuggestions().toString());
    }

    @Test
    void aMissingRequiredParameterFailsBeforeSending() {
        InvalidParameterException e = failure(uri("job/create", "frameStart=1"), InvalidParameterException.class);

        assertEquals("name", e.getParameter());
        assertEquals("renderfarm:job/create?provider=acme: parameter 'name' is required", e.getMessage());
    }

    @Test
    void aMisspeltEndpointNameFailsNamingTheProviderAndTheNearestEndpoint() {
        Exception e = assertThrows(Exception.class, () -> template.requestBody(uri("job/lst"), (Object) null));

        InvalidParameterException cause = findCause(e, InvalidParameterException.class);
        assertTrue(cause.getMessage().contains("renderfarm:job/lst (provider acme)"), cause.getMessage());
        assertTrue(cause.getMessage().contains("names no operation of renderfarm provider acme"), cause.getMessage());
        assertTrue(cause.getSuggestions().contains("job/list"), cause.getSuggestions().toString());
    }

    @Test
    void aValueOfTheWrongTypeFailsBeforeSending() {
        InvalidParameterException e = failure(uri("job/create", "name=x", "frameEnd=last"),
                InvalidParameterException.class);

        assertEquals("frameEnd", e.getParameter());
        assertTrue(e.getMessage().startsWith("renderfarm:job/create?provider=acme: parameter 'frameEnd' must be a"
                + " whole number"), e.getMessage());
    }

    @Test
    void aMisspeltKeyOfAMapBodyIsNotDroppedSilently() {
        InvalidParameterException e = failure(uri("job/create"), Map.of("name", "x", "frameCount", 3), Map.of(),
                InvalidParameterException.class);

        assertEquals("frameCount", e.getParameter());
        assertTrue(e.getMessage().startsWith("renderfarm:job/create?provider=acme"), e.getMessage());
    }

    @Test
    void aMissingBaseUrlFailsBeforeSendingNamingTheProviderOption() {
        String withoutBaseUrl = "renderfarm:job/list?provider=acme&accessKey=RAW(" + ACCESS_KEY + ")";

        InvalidParameterException e = failure(withoutBaseUrl, InvalidParameterException.class);

        assertEquals("providerOption.baseUrl", e.getParameter());
        assertTrue(e.getMessage().startsWith("renderfarm:job/list?provider=acme: parameter 'providerOption.baseUrl'"
                + " is required by provider acme"), e.getMessage());
    }

    @Test
    void aFrameRangeWithAStepAcmeCannotRenderIsRefusedBeforeSending() {
        RenderfarmEndpoint endpoint = context.getEndpoint(uri("job/list"), RenderfarmEndpoint.class);

        CompletionException e = assertThrows(CompletionException.class, () -> endpoint.renderOperations()
                .create(new RenderJob("stepped", null, "1-10[2]", "blender")).join());

        InvalidParameterException cause = assertInstanceOf(InvalidParameterException.class, e.getCause());
        assertEquals("frames", cause.getParameter());
        assertTrue(cause.getMessage().startsWith("renderfarm:job/create?provider=acme"), cause.getMessage());
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + e, e);
    }
}
