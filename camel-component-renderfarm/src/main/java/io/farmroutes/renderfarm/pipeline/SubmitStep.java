package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.pipeline.JobRecord.Phase;
import io.farmroutes.spi.asset.TransferredAsset;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.error.RemoteServiceException;
import io.farmroutes.spi.render.RenderJob;
import io.farmroutes.spi.render.RenderTask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a request from the pipeline's source and brings it to a submitted task: claim the key, send the assets,
 * create the task, submit it. Each phase is recorded before the next begins, so a restart continues where the
 * last run stopped ({@link #carryOn}) and no task is ever submitted twice.
 */
final class SubmitStep implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitStep.class);

    private final PipelineRuntime runtime;

    SubmitStep(PipelineRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        RenderRequest request = request(exchange);
        String key = request.key();
        exchange.getMessage().setHeader(PipelineHeaders.PIPELINE, runtime.name());
        exchange.getMessage().setHeader(PipelineHeaders.JOB_KEY, key);
        JobRecord claim = JobRecord.claimed(request, runtime.now());
        runtime.busyKeys().add(key);
        try {
            if (!runtime.ledger().claim(key, claim)) {
                JobRecord earlier = runtime.ledger().job(key).map(PipelineLedger.Read::value).orElse(claim);
                LOG.info("{}: '{}' was taken before (now {}); not submitted again", runtime.label(), key,
                        earlier.phase());
                exchange.getMessage().setHeader(PipelineHeaders.DUPLICATE, true);
                exchange.getMessage().setHeader(RenderfarmConstants.TASK_ID, earlier.taskId());
                exchange.getMessage().setBody(earlier.taskId());
                return;
            }
            String taskId = carryOn(key);
            exchange.getMessage().setHeader(PipelineHeaders.DUPLICATE, false);
            exchange.getMessage().setHeader(RenderfarmConstants.TASK_ID, taskId);
            exchange.getMessage().setBody(taskId);
        } finally {
            runtime.busyKeys().remove(key);
        }
    }

    private RenderRequest request(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof RenderRequest request) {
            return request;
        }
        if (body instanceof RenderJob job) {
            return RenderRequest.of(job);
        }
        RenderRequest converted = exchange.getContext().getTypeConverter().tryConvertTo(RenderRequest.class,
                exchange, body);
        if (converted == null) {
            throw new InvalidParameterException(runtime.label(), "body", "must be a RenderRequest or a RenderJob, not "
                    + (body == null ? "null" : body.getClass().getName()));
        }
        return converted;
    }

    /**
     * Moves the request on from its recorded phase until it is submitted. Returns the task id, or null when
     * another thread or node moved the request first.
     */
    String carryOn(String key) {
        boolean markedHere = false;
        for (int step = 0; step < Phase.values().length; step++) {
            Optional<PipelineLedger.Read<JobRecord>> read = runtime.ledger().job(key);
            if (read.isEmpty()) {
                return null;
            }
            JobRecord record = read.get().value();
            boolean advanced = switch (record.phase()) {
                case CLAIMED -> create(key, read.get());
                case CREATED -> markedHere = runtime.ledger().advance(key, read.get(),
                        record.to(Phase.SUBMITTING, runtime.now()));
                case SUBMITTING -> submit(key, read.get(), !markedHere);
                default -> false;
            };
            if (!advanced) {
                return record.phase().compareTo(Phase.SUBMITTED) >= 0 ? record.taskId() : null;
            }
        }
        return runtime.ledger().job(key).map(read -> read.value().taskId()).orElse(null);
    }

    private boolean create(String key, PipelineLedger.Read<JobRecord> read) {
        RenderJob job = read.value().job();
        List<Path> assets = read.value().localAssets().stream().map(Path::of).toList();
        List<String> remote = new ArrayList<>();
        if (!assets.isEmpty()) {
            if (runtime.transport() == null) {
                throw new InvalidParameterException(runtime.label(), "assets", "the request has assets but the"
                        + " pipeline has no asset transport (RenderPipeline.assets(...))");
            }
            job = transfer(key, job, assets, remote);
        }
        RenderTask task = OperationEngine.await(runtime.operations().create(job), runtime.label());
        if (task == null) {
            throw new IllegalStateException(runtime.label() + ": the farm created a task for '" + key
                    + "' but does not list it");
        }
        LOG.info("{}: '{}' is task {}", runtime.label(), key, task.renderTaskId());
        return runtime.ledger().advance(key, read, read.value().created(task.renderTaskId(), job, remote,
                runtime.now()));
    }

    /** Sends the assets; a scene that is one of them is named as the farm will see it. */
    private RenderJob transfer(String key, RenderJob job, List<Path> assets, List<String> remote) {
        List<TransferredAsset> sent;
        try {
            sent = runtime.transport().upload(folder(key), assets);
        } catch (IOException e) {
            throw new UncheckedIOException(runtime.label() + ": sending the assets of '" + key + "' through "
                    + runtime.transport().id() + " failed", e);
        }
        String scene = job.scene();
        for (TransferredAsset asset : sent) {
            remote.add(asset.remote());
            if (scene != null && (scene.equals(asset.local().toString())
                                  || scene.equals(asset.local().getFileName().toString()))) {
                scene = asset.remote();
            }
        }
        return new RenderJob(job.name(), scene, job.frames(), job.software(), job.attributes());
    }

    /** Reads the task instead of sending a submission that may have arrived already; false when unknown. */
    private boolean farmHasTheSubmission(String taskId) {
        List<RenderTask> seen = OperationEngine.await(runtime.operations().status(List.of(taskId)), runtime.label());
        return seen != null && seen.stream().anyMatch(t -> taskId.equals(t.renderTaskId())
                                                          && Boolean.TRUE.equals(t.renderSubmitted()));
    }

    /** A transport folder name from a key that may hold any character. */
    static String folder(String key) {
        return key.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** @param resumed whether an earlier run (or a stalled thread) began this submission */
    private boolean submit(String key, PipelineLedger.Read<JobRecord> read, boolean resumed) {
        JobRecord record = read.value();
        try {
            if (resumed && farmHasTheSubmission(record.taskId())) {
                LOG.info("{}: the farm already has the submission of task {} of '{}'; not sent again",
                        runtime.label(), record.taskId(), key);
            } else {
                OperationEngine.await(runtime.operations().submit(record.taskId()), runtime.label());
            }
        } catch (RemoteServiceException refused) {
            if (!resumed) {
                throw refused;
            }
            // a submission that stalled may have reached the farm: a farm refuses a second one, it never renders twice
            LOG.warn("{}: the farm refused to submit task {} of '{}' again after an interrupted submission; taking"
                     + " it as submitted ({})", runtime.label(), record.taskId(), key, refused.getMessage());
        }
        boolean advanced = runtime.ledger().advance(key, read, record.to(Phase.SUBMITTED, runtime.now()));
        if (advanced) {
            runtime.ledger().track(record.taskId(), key);
            LOG.info("{}: task {} of '{}' submitted", runtime.label(), record.taskId(), key);
        }
        return advanced;
    }
}
