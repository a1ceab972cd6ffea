package io.farmroutes.ipernity.service;

import io.farmroutes.spi.catalog.EndpointCatalogSource;
import io.farmroutes.spi.operation.OperationCatalog;

/** Publishes the public ipernity endpoints (internal variants left out) for endpoints.json and the reference. */
public final class IpernityEndpointCatalog implements EndpointCatalogSource {

    @Override
    public OperationCatalog catalog() {
        return IpernityCatalog.publicCatalog();
    }
}
