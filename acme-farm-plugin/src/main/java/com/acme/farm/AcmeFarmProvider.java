package com.acme.farm;

import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.engine.ServiceDefinition;
import io.farmroutes.spi.render.FarmProvider;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.render.RenderOperations;

/**
 * Acme Cloud Render behind {@code renderfarm:...?provider=acme}; listed in
 * {@code META-INF/services/io.farmroutes.spi.render.FarmProvider}, so the jar on the class path is all it takes.
 */
public final class AcmeFarmProvider implements FarmProvider {

    public static final String ID = AcmeCatalog.PROVIDER;

    private final AcmeService service = new AcmeService();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ServiceDefinition<FarmSettings> service() {
        return service;
    }

    @Override
    public RenderOperations renderOperations(OperationInvoker<FarmSettings> invoker, FarmSettings settings) {
        return new AcmeRenderOperations(invoker, settings);
    }
}
