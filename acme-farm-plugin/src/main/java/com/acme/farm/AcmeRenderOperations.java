package com.acme.farm;

import com.acme.farm.model.AcmeFrame;
import com.acme.farm.model.AcmeJob;

import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderJob;
import io.farmroutes.spi.render.RenderOperations;
import io.farmroutes.spi.render.RenderTask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The portable render operations on Acme: create is job/create, submit job/start, status one job/get per
 * task, resubmission frame/retry, stop job/cancel. Acme does not page its lists, so the iterators read one
 * answer.
 */
final class AcmeRenderOperations implements RenderOperations {

    private final OperationInvoker<FarmSettings> invoker;
    private final FarmSettings settings;

    AcmeRenderOperations(OperationInvoker<FarmSettings> invoker, FarmSettings settings) {
        this.invoker = invoker;
        this.settings = settings;
    }

    private CompletableFuture<Object> call(String endpoint, Map<String, ?> parameters) {
        return invoker.invoke(endpoint, parameters, settings);
    }

    @Override
    public CompletableFuture<RenderTask> create(RenderJob job) {
        AcmeFrameRange range;
        try {
            range = AcmeFrameRange.parse(job.frames(), label(AcmeCatalog.JOB_CREATE));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("name", job.name());
        parameters.put("frameStart", range.start());
        parameters.put("frameEnd", range.end());
        if (job.scene() != null) {
            parameters.put("scene", job.scene());
        }
        // Acme's job description has no renderer or free-form settings: job.software() and attributes are not sent
        return call(AcmeCatalog.JOB_CREATE, parameters).thenApply(AcmeJob.class::cast);
    }

    @Override
    public CompletableFuture<Void> submit(String taskId) {
        return call(AcmeCatalog.JOB_START, Map.of("taskId", taskId)).thenApply(job -> null);
    }

    @Override
    public CompletableFuture<List<RenderTask>> status(Collection<String> taskIds) {
        List<CompletableFuture<RenderTask>> lookups = new ArrayList<>();
        for (String taskId : taskIds) {
            lookups.add(call(AcmeCatalog.JOB_GET, Map.of("taskId", taskId))
                    .<RenderTask>thenApply(AcmeJob.class::cast)
                    .exceptionally(failure -> unlessUnknown(failure, taskId)));
        }
        return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new))
                .thenApply(done -> lookups.stream().map(CompletableFuture::join).filter(Objects::nonNull).toList());
    }

    /** A job Acme does not know (404) is left out, as the contract asks; any other failure stands. */
    private RenderTask unlessUnknown(Throwable failure, String taskId) {
        RuntimeException error = OperationEngine.asFarmException(failure, label(AcmeCatalog.JOB_GET));
        if (error instanceof AcmeApiException acme && acme.getHttpStatus() == 404) {
            return null;
        }
        throw error;
    }

    @Override
    public Iterator<RenderTask> tasks() {
        List<RenderTask> jobs = new ArrayList<>();
        for (Object job : list(AcmeCatalog.JOB_LIST, Map.of())) {
            jobs.add((AcmeJob) job);
        }
        return jobs.iterator();
    }

    @Override
    public Iterator<RenderFrame> frames(String taskId) {
        List<RenderFrame> frames = new ArrayList<>();
        for (Object frame : list(AcmeCatalog.FRAME_LIST, Map.of("taskId", taskId))) {
            frames.add((AcmeFrame) frame);
        }
        return frames.iterator();
    }

    /** Calls a list operation and waits: the iterator methods of the contract are blocking. */
    private List<?> list(String endpoint, Map<String, ?> parameters) {
        try {
            return (List<?>) call(endpoint, parameters).join();
        } catch (RuntimeException e) {
            throw OperationEngine.asFarmException(e, label(endpoint));
        }
    }

    @Override
    public CompletableFuture<Void> resubmitFrames(String taskId, Collection<String> frameIds) {
        return call(AcmeCatalog.FRAME_RETRY, Map.of("taskId", taskId, "frameIds", List.copyOf(frameIds)))
                .thenApply(retried -> null);
    }

    @Override
    public CompletableFuture<Void> stop(String taskId) {
        return call(AcmeCatalog.JOB_CANCEL, Map.of("taskId", taskId)).thenApply(job -> null);
    }

    private static String label(String endpoint) {
        return AcmeCatalog.catalog().label(endpoint);
    }
}
