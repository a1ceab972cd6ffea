package io.farmroutes.spi.engine;

import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.operation.OperationDescriptor;

/** Signs a request just before it is sent; called once per attempt, on a fresh copy of the request. */
@FunctionalInterface
public interface RequestSigner<C> {

    void sign(WireRequest request, OperationDescriptor operation, C config);

    /** For services without request signatures. */
    static <C> RequestSigner<C> none() {
        return (request, operation, config) -> {
        };
    }
}
