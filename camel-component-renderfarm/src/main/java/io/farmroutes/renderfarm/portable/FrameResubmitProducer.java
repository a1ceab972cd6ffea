package io.farmroutes.renderfarm.portable;

import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.spi.camel.ParameterSources;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;
import io.farmroutes.spi.operation.ParamType;
import io.farmroutes.spi.operation.ParameterDescriptor;
import io.farmroutes.spi.operation.ParameterValidator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * {@code renderfarm:frame/resubmit}: renders frames of a task again through the provider's portable operation,
 * so that {@code frame/watch → frame/resubmit} is the same route on every farm. Not idempotent: the watcher
 * emits each failure once, and a failed exchange is not retried here.
 */
public final class FrameResubmitProducer extends DefaultAsyncProducer {

    public static final String ENDPOINT = "frame/resubmit";
    public static final OperationDescriptor DESCRIPTOR = OperationDescriptor.builder("frame", "resubmit")
            .description("Render frames of a task again, on any provider (its portable resubmitFrames)")
            .http("PORTABLE", "(resubmitFrames)")
            .param(ParameterDescriptor.param("taskId", ParamType.STRING).in(ParamLocation.CLIENT).required()
                    .doc("The task; frame/watch sets it as a header."))
            .param(ParameterDescriptor.param("frameIds", ParamType.STRING_LIST).in(ParamLocation.CLIENT).required()
                    .doc("The frames' ids; frame/watch sets them as a header."))
            .result(List.class, "List<String> (the frame ids)", payload -> payload)
            .retrySafe(false).build();

    private final RenderfarmEndpoint endpoint;

    public FrameResubmitProducer(RenderfarmEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Void> resubmitted;
        List<String> frameIds;
        try {
            Map<String, Object> given = ParameterSources.gather(endpoint.label(), DESCRIPTOR,
                    endpoint.getOperationParameters(), exchange.getMessage(), endpoint.headerPrefix());
            Map<String, Object> typed = ParameterValidator.validate(endpoint.label(), DESCRIPTOR, given, Map.of());
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) typed.get("frameIds");
            frameIds = List.copyOf(ids);
            resubmitted = endpoint.renderOperations().resubmitFrames((String) typed.get("taskId"), frameIds);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        resubmitted.whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                exchange.setException(OperationEngine.asFarmException(failure, endpoint.label()));
            } else {
                exchange.getMessage().setBody(frameIds);
            }
            callback.done(false);
        }, ((RenderfarmComponent) endpoint.getComponent()).completionExecutor());
        return false;
    }
}
