package io.farmroutes.renderfarm.fox;

import io.farmroutes.spi.catalog.EndpointCatalogSource;
import io.farmroutes.spi.operation.OperationCatalog;

/** Publishes the Fox endpoints for endpoints.json and the endpoint reference. */
public final class FoxEndpointCatalog implements EndpointCatalogSource {

    @Override
    public OperationCatalog catalog() {
        return FoxCatalog.catalog();
    }
}
