package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.spi.asset.AssetTransport;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.render.RenderOperations;
import io.farmroutes.spi.render.RenderTask;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the steps of one running pipeline share: its settings, its ledger and the farm it talks to.
 *
 * @param farm          an endpoint of the pipeline's farm, whose portable operations the steps use
 * @param resumeAfter   how long a step may stall before another thread or node takes it over
 * @param outputs       where completed tasks' outputs are fetched to, or null
 */
record PipelineRuntime(String name, PipelineLedger ledger, RenderfarmEndpoint farm, AssetTransport transport,
                       Path outputs, int maxResubmits, Backoff backoff, Duration resumeAfter, Clock clock,
                       Set<String> busyKeys) {

    PipelineRuntime(String name, PipelineLedger ledger, RenderfarmEndpoint farm, AssetTransport transport,
                    Path outputs, int maxResubmits, Backoff backoff, Duration resumeAfter, Clock clock) {
        this(name, ledger, farm, transport, outputs, maxResubmits, backoff, resumeAfter, clock,
                ConcurrentHashMap.newKeySet());
    }

    RenderOperations operations() {
        return farm.renderOperations();
    }

    String label() {
        return "pipeline '" + name + "' on " + farm.getConfiguration().getProvider();
    }

    long now() {
        return clock.millis();
    }

    /** Whether a record has sat in its phase longer than a live step would. */
    boolean stalled(long since) {
        return now() - since >= resumeAfter.toMillis();
    }

    Optional<RenderTask> task(String taskId) {
        List<RenderTask> found = OperationEngine.await(operations().status(List.of(taskId)), label());
        return found.stream().findFirst();
    }
}
