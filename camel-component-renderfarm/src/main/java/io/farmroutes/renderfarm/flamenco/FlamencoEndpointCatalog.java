package io.farmroutes.renderfarm.flamenco;

import io.farmroutes.spi.catalog.EndpointCatalogSource;
import io.farmroutes.spi.operation.OperationCatalog;

/** Publishes the Flamenco endpoints for endpoints.json and the endpoint reference. */
public final class FlamencoEndpointCatalog implements EndpointCatalogSource {

    @Override
    public OperationCatalog catalog() {
        return FlamencoCatalog.catalog();
    }
}
