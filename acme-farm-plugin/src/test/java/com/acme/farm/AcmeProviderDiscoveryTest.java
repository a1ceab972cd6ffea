package com.acme.farm;

import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.spi.render.FarmProvider;
import io.farmroutes.spi.render.FarmProviders;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The component finds acme with nothing but the jar on the class path: no bean, no addProvider. */
class AcmeProviderDiscoveryTest extends AcmeCamelTestSupport {

    @Test
    void serviceLoaderListsAcmeNextToTheProjectsOwnProviders() {
        FarmProviders found = FarmProviders.load(getClass().getClassLoader());

        assertInstanceOf(AcmeFarmProvider.class, found.require("acme"));
        assertTrue(found.all().containsKey("fox"), "the project's providers are still there: " + found.all());
    }

    @Test
    void theComponentResolvesAcmeFromTheClassPathAndCallsIt() {
        assertTrue(context.getRegistry().findByType(FarmProvider.class).isEmpty(), "no provider bean was bound");

        List<?> jobs = call(uri("job/list"), List.class);

        RenderfarmComponent component = context.getComponent("renderfarm", RenderfarmComponent.class);
        assertInstanceOf(AcmeFarmProvider.class, component.provider("acme"));
        assertTrue(jobs.isEmpty(), jobs.toString());
        assertEquals(1, emulator().requests("GET /v1/jobs"));
    }
}
