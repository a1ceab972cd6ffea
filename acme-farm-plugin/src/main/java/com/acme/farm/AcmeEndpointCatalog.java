package com.acme.farm;

import io.farmroutes.spi.catalog.EndpointCatalogSource;
import io.farmroutes.spi.operation.OperationCatalog;

/** Publishes the Acme endpoints, from which the build writes this jar's endpoints.json and reference. */
public final class AcmeEndpointCatalog implements EndpointCatalogSource {

    @Override
    public OperationCatalog catalog() {
        return AcmeCatalog.catalog();
    }
}
