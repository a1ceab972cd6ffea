package io.farmroutes.spi.engine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Calls an operation by endpoint name; what composed operations and discovery steps use to reach the service. */
@FunctionalInterface
public interface OperationInvoker<C> {

    CompletableFuture<Object> invoke(String endpoint, Map<String, ?> parameters, C config);
}
