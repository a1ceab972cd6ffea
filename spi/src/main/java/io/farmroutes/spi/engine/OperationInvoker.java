package io.farmroutes.spi.engine;

import io.farmroutes.spi.operation.OperationDescriptor;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Calls operations; what composed operations and discovery steps use to reach the service. */
public interface OperationInvoker<C> {

    /** Calls the catalog's operation of that endpoint name, composed or not. */
    CompletableFuture<Object> invoke(String endpoint, Map<String, ?> parameters, C config);

    /**
     * Sends exactly one request for this descriptor, never through a composition: how a composed operation
     * sends its parts, possibly as a variant (another verb, other retry safety) of a catalog descriptor.
     */
    CompletableFuture<Object> send(OperationDescriptor operation, Map<String, ?> parameters, C config);
}
