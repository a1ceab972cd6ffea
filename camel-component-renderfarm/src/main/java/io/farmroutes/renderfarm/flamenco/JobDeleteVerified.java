package io.farmroutes.renderfarm.flamenco;

import io.farmroutes.renderfarm.flamenco.model.JobDeletion;
import io.farmroutes.spi.engine.CompositeOperation;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.render.FarmSettings;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * job/delete that really deletes: the documented {@code DELETE /jobs/{id}} answers 204 and keeps the job
 * (§6.18), so the client looks again and, if the job is still there, deletes it with {@code POST /jobs/delete}.
 */
final class JobDeleteVerified implements CompositeOperation<FarmSettings> {

    @Override
    public CompletableFuture<Object> run(Map<String, Object> parameters, FarmSettings settings,
                                         OperationInvoker<FarmSettings> invoker) {
        long jobId = (Long) parameters.get("jobId");
        var catalog = FlamencoCatalog.catalog();
        return invoker.send(catalog.require(FlamencoCatalog.JOB_DELETE), parameters, settings)
                .thenCompose(deleted -> invoker.invoke("job/get", Map.of("jobId", jobId), settings)
                        .handle((job, failure) -> failure == null ? Boolean.TRUE : stillThere(failure)))
                .thenCompose(present -> present
                        ? invoker.send(catalog.require("job/deleteMany"), Map.of("jobIds", List.of(jobId)), settings)
                                .thenApply(done -> (Object) new JobDeletion(jobId, true))
                        : CompletableFuture.completedFuture(new JobDeletion(jobId, false)));
    }

    /** A 404 means the DELETE worked; any other failure of the check is the caller's to see. */
    private static Boolean stillThere(Throwable failure) {
        var error = OperationEngine.asFarmException(failure, FlamencoCatalog.catalog().label("job/get"));
        if (error instanceof FlamencoApiException api && api.isNotFound()) {
            return Boolean.FALSE;
        }
        throw error;
    }
}
