package io.farmroutes.spi.engine;

import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A remote service as the engine sees it: its catalog of operations, how a validated call becomes a request,
 * how requests are signed, and how answers become typed results or typed errors.
 *
 * @param <C> the component configuration the service reads its base URL and credentials from
 */
public interface ServiceDefinition<C extends ClientOptions> {

    /** The service's name in error messages, e.g. {@code BOINC}. */
    String serviceName();

    OperationCatalog catalog();

    /** Builds the request of a call whose parameters are validated and typed. */
    CompletableFuture<WireRequest> prepare(OperationDescriptor operation, Map<String, Object> parameters, C config,
                                           OperationInvoker<C> invoker);

    default RequestSigner<C> signer() {
        return RequestSigner.none();
    }

    /**
     * Turns an answer into the operation's result, or throws the typed error it means.
     *
     * @param endpoint the endpoint as users write it, for messages
     */
    Object decode(OperationDescriptor operation, HttpResult answer, C config, String endpoint);

    /** Values of the component's credential options, by the parameter names they may stand in for; null when unset. */
    default Map<String, Object> credentials(C config) {
        return Map.of();
    }

    /** Operations the client composes from others, instead of one request. */
    default Optional<CompositeOperation<C>> composite(OperationDescriptor operation) {
        return Optional.empty();
    }
}
