package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.pipeline.FrameRecord.State;
import io.farmroutes.renderfarm.pipeline.JobRecord.Phase;
import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The finish route's steps. A task is finished when the farm has stopped working on it and the pipeline has no
 * re-submission left to make for it: then it goes, once, to the completion endpoint (rendered) or the exhausted
 * endpoint (anything else). The claim (FINISHING) is released when the endpoint fails, so it is tried again.
 */
final class FinishSteps {

    /** Header: whether this exchange holds the finish claim. */
    static final String CLAIMED = "CamelRenderfarmPipeline.finishClaimed";

    private static final Logger LOG = LoggerFactory.getLogger(FinishSteps.class);

    private final PipelineRuntime runtime;

    FinishSteps(PipelineRuntime runtime) {
        this.runtime = runtime;
    }

    /** Header taskId in; claims the task when it is finished, with a {@link TaskProgress} body and the outcome. */
    Processor claim() {
        return exchange -> {
            exchange.getMessage().setHeader(CLAIMED, false);
            String taskId = exchange.getMessage().getHeader(RenderfarmConstants.TASK_ID, String.class);
            Optional<String> key = taskId == null ? Optional.empty() : runtime.ledger().jobKeyOf(taskId);
            if (key.isEmpty()) {
                return;
            }
            Optional<PipelineLedger.Read<JobRecord>> read = runtime.ledger().job(key.get());
            if (read.isEmpty() || read.get().value().phase() != Phase.SUBMITTED) {
                return;
            }
            Optional<RenderTask> task = runtime.task(taskId);
            if (task.isEmpty() || !task.get().renderStatus().isTerminal() || !settled(task.get())) {
                return;
            }
            if (!runtime.ledger().advance(key.get(), read.get(), read.get().value().to(Phase.FINISHING,
                    runtime.now()))) {
                return;
            }
            boolean rendered = task.get().renderStatus() == RenderStatus.DONE;
            exchange.getMessage().setHeader(CLAIMED, true);
            exchange.getMessage().setHeader(PipelineHeaders.PIPELINE, runtime.name());
            exchange.getMessage().setHeader(PipelineHeaders.JOB_KEY, key.get());
            exchange.getMessage().setHeader(PipelineHeaders.OUTCOME, rendered ? Phase.COMPLETED.name()
                    : Phase.FAILED.name());
            exchange.getMessage().setHeader(RenderfarmConstants.NEW_STATUS, task.get().renderStatus());
            exchange.getMessage().setHeader(RenderfarmConstants.NATIVE_STATUS, task.get().nativeStatus());
            if (rendered && runtime.transport() != null && runtime.outputs() != null) {
                exchange.getMessage().setHeader(PipelineHeaders.OUTPUTS, download(key.get(), taskId));
            }
            exchange.getMessage().setBody(ProgressStep.progress(runtime, key.get(),
                    read.get().value().job().name(), task.get()));
        };
    }

    /**
     * Whether no re-submission is left to make: nothing is waiting in the ledger, every frame has stopped, and
     * every failed frame's current failure has been decided as exhausted and reported. A failure the failures
     * route has not seen yet, or a frame re-queued since the task was read, keeps the task open.
     */
    private boolean settled(RenderTask task) {
        if (task.renderStatus() == RenderStatus.DONE) {
            return true;
        }
        Map<String, FrameRecord> records = new HashMap<>();
        for (FrameRecord record : runtime.ledger().framesOf(task.renderTaskId())) {
            if (record.state() == State.PENDING || record.state() == State.SENDING) {
                return false;
            }
            records.put(record.frameId(), record);
        }
        for (Iterator<RenderFrame> frames = runtime.operations().frames(task.renderTaskId()); frames.hasNext(); ) {
            RenderFrame frame = frames.next();
            if (!frame.renderStatus().isTerminal()) {
                return false;
            }
            if (frame.renderStatus() != RenderStatus.FAILED) {
                continue;
            }
            FrameRecord record = records.get(frame.renderFrameId());
            boolean given = record != null && record.state() == State.EXHAUSTED && record.reported()
                            && frame.changeKey().equals(record.failure());
            if (!given) {
                return false;
            }
        }
        // the frames were read after the task: it must not have moved in between
        return runtime.task(task.renderTaskId()).map(RenderTask::progressKey).filter(task.progressKey()::equals)
                .isPresent();
    }

    private List<Path> download(String key, String taskId) {
        Path target = runtime.outputs().resolve(SubmitStep.folder(key));
        try {
            return runtime.transport().download(taskId, target);
        } catch (IOException e) {
            throw new UncheckedIOException(runtime.label() + ": fetching the outputs of task " + taskId + " through "
                    + runtime.transport().id() + " failed", e);
        }
    }

    /** After the user's endpoint took the task: finished for good, no longer watched. */
    Processor finished() {
        return exchange -> move(exchange, exchange.getMessage().getHeader(PipelineHeaders.OUTCOME, String.class));
    }

    /** The user's endpoint failed: give the claim back, so that the next look at the task tries again. */
    Processor release() {
        return exchange -> {
            if (Boolean.TRUE.equals(exchange.getMessage().getHeader(CLAIMED, Boolean.class))) {
                move(exchange, Phase.SUBMITTED.name());
            }
        };
    }

    private void move(Exchange exchange, String phase) {
        String key = exchange.getMessage().getHeader(PipelineHeaders.JOB_KEY, String.class);
        Optional<PipelineLedger.Read<JobRecord>> read = runtime.ledger().job(key);
        if (read.isEmpty() || read.get().value().phase() != Phase.FINISHING) {
            return;
        }
        JobRecord next = read.get().value().to(Phase.valueOf(phase), runtime.now());
        if (runtime.ledger().advance(key, read.get(), next) && next.phase().finished()) {
            runtime.ledger().untrack(next.taskId());
            LOG.info("{}: '{}' (task {}) {}", runtime.label(), key, next.taskId(),
                    next.phase() == Phase.COMPLETED ? "completed" : "ended without completing");
        }
    }
}
