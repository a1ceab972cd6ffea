package io.farmroutes.spi.engine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** An operation the client composes from other operations instead of sending one request. */
@FunctionalInterface
public interface CompositeOperation<C> {

    CompletableFuture<Object> run(Map<String, Object> parameters, C config, OperationInvoker<C> invoker);
}
