package io.farmroutes.renderfarm.fox;

import io.farmroutes.spi.engine.CompositeOperation;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.render.FarmSettings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code frame/recommitByNumber} (§12): reads the task's frames, keeps those whose number equals one of the
 * given texts exactly, and re-submits them by id. Fails before re-submitting when nothing matches, where the
 * SDK would send an empty list.
 */
final class RecommitByNumber implements CompositeOperation<FarmSettings> {

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<Object> run(Map<String, Object> parameters, FarmSettings settings,
                                         OperationInvoker<FarmSettings> invoker) {
        long taskId = (Long) parameters.get("taskId");
        Set<String> wanted = new LinkedHashSet<>((List<String>) parameters.get("restartFrames"));
        Set<String> unmatched = new LinkedHashSet<>(wanted);
        List<Long> frameIds = new ArrayList<>();
        return FoxPages.frames(invoker, settings, taskId, FoxCatalog.MAX_PAGE_SIZE).forEach(frame -> {
            if (frame.frameIndex() != null && wanted.contains(frame.frameIndex()) && frame.id() != null) {
                frameIds.add(frame.id());
                unmatched.remove(frame.frameIndex());
            }
        }).thenCompose(done -> {
            if (frameIds.isEmpty()) {
                throw new InvalidParameterException(FoxCatalog.catalog().label(FoxCatalog.FRAME_RECOMMIT_BY_NUMBER),
                        "restartFrames", "matches no frame of task " + taskId + " (frame numbers are compared as"
                        + " Fox writes them, e.g. 7 or 7-9[1], without expanding ranges)");
            }
            return invoker.send(FoxCatalog.catalog().require("frame/recommit"),
                    Map.of("taskId", taskId, "frameIds", frameIds, "selectAll", 0), settings);
        }).thenApply(ack -> new RecommittedFrames(taskId, frameIds, List.copyOf(unmatched)));
    }
}
