package io.farmroutes.renderfarm.renderfarmfi;

import io.farmroutes.spi.catalog.EndpointCatalogSource;
import io.farmroutes.spi.operation.OperationCatalog;

/** Publishes the Renderfarm.fi endpoints for endpoints.json and the endpoint reference. */
public final class RenderfarmFiEndpointCatalog implements EndpointCatalogSource {

    @Override
    public OperationCatalog catalog() {
        return RenderfarmFiCatalog.catalog();
    }
}
