package io.farmroutes.spi.catalog;

import io.farmroutes.spi.operation.OperationCatalog;

/**
 * Publishes a catalog of operations, found with {@link java.util.ServiceLoader}: what the build turns into
 * {@code META-INF/farmroutes/endpoints.json} and the endpoint reference.
 */
public interface EndpointCatalogSource {

    OperationCatalog catalog();
}
