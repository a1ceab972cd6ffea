package io.farmroutes.renderfarm.renderfarmfi;

import io.farmroutes.renderfarm.renderfarmfi.model.AllSessions;
import io.farmroutes.renderfarm.renderfarmfi.model.SessionSummary;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderJob;
import io.farmroutes.spi.render.RenderOperations;
import io.farmroutes.spi.render.RenderTask;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What Renderfarm.fi's OAuth API allows of the portable operations: reading the user's sessions and their state.
 * Sessions are created and submitted on the service's website, and it reports no frames, so those operations
 * throw {@link UnsupportedOperationException}.
 */
final class RenderfarmFiRenderOperations implements RenderOperations {

    private final OperationInvoker<FarmSettings> invoker;
    private final FarmSettings settings;

    RenderfarmFiRenderOperations(OperationInvoker<FarmSettings> invoker, FarmSettings settings) {
        this.invoker = invoker;
        this.settings = settings;
    }

    private static UnsupportedOperationException unsupported(String operation, String why) {
        return new UnsupportedOperationException("renderfarmfi does not support the portable operation " + operation
                + ": " + why);
    }

    @Override
    public CompletableFuture<RenderTask> create(RenderJob job) {
        throw unsupported("create", "sessions are created on the Renderfarm.fi website, not through its API");
    }

    @Override
    public CompletableFuture<Void> submit(String taskId) {
        throw unsupported("submit", "sessions are submitted on the Renderfarm.fi website, not through its API");
    }

    private CompletableFuture<AllSessions> sessions() {
        return invoker.invoke("user/getAllSessions", Map.of(), settings).thenApply(AllSessions.class::cast);
    }

    @Override
    public CompletableFuture<List<RenderTask>> status(Collection<String> taskIds) {
        return sessions().thenApply(all -> {
            Map<String, SessionSummary> byId = all.all().stream()
                    .collect(Collectors.toMap(SessionSummary::renderTaskId, Function.identity(), (a, b) -> a));
            return taskIds.stream().filter(byId::containsKey).map(id -> (RenderTask) byId.get(id)).toList();
        });
    }

    @Override
    public Iterator<RenderTask> tasks() {
        return OperationEngine.await(sessions(), RenderfarmFiCatalog.catalog().label("user/getAllSessions")).all()
                .stream().map(RenderTask.class::cast).iterator();
    }

    @Override
    public Iterator<RenderFrame> frames(String taskId) {
        throw unsupported("frames", "the API reports sessions, not their frames");
    }

    @Override
    public CompletableFuture<Void> resubmitFrames(String taskId, Collection<String> frameIds) {
        throw unsupported("resubmitFrames", "the API has no way to render frames again");
    }

    @Override
    public CompletableFuture<Void> stop(String taskId) {
        throw unsupported("stop", "the API has no way to cancel a session");
    }
}
