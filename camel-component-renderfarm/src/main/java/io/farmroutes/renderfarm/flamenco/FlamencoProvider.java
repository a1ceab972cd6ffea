package io.farmroutes.renderfarm.flamenco;

import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.engine.ServiceDefinition;
import io.farmroutes.spi.render.FarmProvider;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.render.RenderOperations;

/** The early (2015) Flamenco server, {@code provider=flamenco}: unauthenticated, at the URL of option baseUrl. */
public final class FlamencoProvider implements FarmProvider {

    private final FlamencoService service = new FlamencoService();

    @Override
    public String id() {
        return FlamencoCatalog.PROVIDER;
    }

    @Override
    public ServiceDefinition<FarmSettings> service() {
        return service;
    }

    @Override
    public RenderOperations renderOperations(OperationInvoker<FarmSettings> invoker, FarmSettings settings) {
        return new FlamencoRenderOperations(invoker, settings);
    }
}
