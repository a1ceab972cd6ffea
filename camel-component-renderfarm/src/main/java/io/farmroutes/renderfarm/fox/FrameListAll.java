package io.farmroutes.renderfarm.fox;

import io.farmroutes.spi.engine.CompositeOperation;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.render.FarmSettings;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@code frame/listAll}: every frame of a task, streamed page by page (§12), for {@code split().streaming()}. */
final class FrameListAll implements CompositeOperation<FarmSettings> {

    @Override
    public CompletableFuture<Object> run(Map<String, Object> parameters, FarmSettings settings,
                                         OperationInvoker<FarmSettings> invoker) {
        return FoxPages.frames(invoker, settings, (Long) parameters.get("taskId"), (Integer) parameters.get("pageSize"))
                .iterator().thenApply(iterator -> iterator);
    }
}
