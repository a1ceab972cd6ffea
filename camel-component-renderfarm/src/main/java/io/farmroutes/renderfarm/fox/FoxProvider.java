package io.farmroutes.renderfarm.fox;

import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.engine.ServiceDefinition;
import io.farmroutes.spi.render.FarmProvider;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.render.RenderOperations;

import java.time.Clock;

/** Fox Renderfarm / Renderbus, the default render farm of {@code renderfarm:}. */
public final class FoxProvider implements FarmProvider {

    private final FoxService service;

    public FoxProvider() {
        this(Clock.systemUTC());
    }

    /** With another clock for the signature timestamps, e.g. to test how an expired signature is handled. */
    public FoxProvider(Clock clock) {
        this.service = new FoxService(clock);
    }

    @Override
    public String id() {
        return FoxCatalog.PROVIDER;
    }

    @Override
    public ServiceDefinition<FarmSettings> service() {
        return service;
    }

    @Override
    public RenderOperations renderOperations(OperationInvoker<FarmSettings> invoker, FarmSettings settings) {
        return new FoxRenderOperations(invoker, settings);
    }
}
