package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.pipeline.FrameRecord.State;
import io.farmroutes.spi.render.RenderFrame;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a frame failure means: a re-submission after the backoff, or, past the allowed number, an
 * exhausted frame for the user's endpoint. Sets {@link #DECISION}; the same failure seen twice is decided once.
 */
final class FailureStep implements Processor {

    /** Header: {@link Decision}. */
    static final String DECISION = "CamelRenderfarmPipeline.decision";

    /** What became of a failure. */
    enum Decision {
        /** Re-submission scheduled. */
        RESUBMIT,
        /** No re-submission left: report it. */
        EXHAUSTED,
        /** Handled before (a watcher emitted it again after a restart). */
        HANDLED
    }

    private static final Logger LOG = LoggerFactory.getLogger(FailureStep.class);

    private final PipelineRuntime runtime;

    FailureStep(PipelineRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        RenderFrame frame = exchange.getMessage().getMandatoryBody(RenderFrame.class);
        String taskId = frame.renderTaskId() != null ? frame.renderTaskId()
                : exchange.getMessage().getHeader(RenderfarmConstants.TASK_ID, String.class);
        String failure = frame.changeKey();
        long now = runtime.now();
        FrameRecord fresh = new FrameRecord(taskId, frame.renderFrameId(), frame.renderFrameIndex(), State.SENT, null,
                0, now, false);
        Optional<FrameRecord> written = runtime.ledger().updateFrame(taskId, frame.renderFrameId(), record -> {
            if (failure.equals(record.failure())) {
                return null;
            }
            if (record.state() == State.PENDING || record.state() == State.SENDING) {
                return null;
            }
            if (record.resubmitted() >= runtime.maxResubmits()) {
                return record.failedAgain(failure, State.EXHAUSTED, now);
            }
            long due = now + runtime.backoff().delay(record.resubmitted() + 1).toMillis();
            return record.failedAgain(failure, State.PENDING, due);
        }, fresh);
        FrameRecord record = written.orElseGet(() -> runtime.ledger().frame(taskId, frame.renderFrameId())
                .map(PipelineLedger.Read::value).orElse(fresh));
        Decision decision;
        if (record.state() == State.EXHAUSTED && !record.reported() && failure.equals(record.failure())) {
            decision = Decision.EXHAUSTED;
            LOG.warn("{}: frame {} of task {} failed after {} re-submission(s); giving up on it", runtime.label(),
                    frame.renderFrameIndex(), taskId, record.resubmitted());
        } else if (written.isPresent() && record.state() == State.PENDING) {
            decision = Decision.RESUBMIT;
            LOG.info("{}: frame {} of task {} failed; re-submission {} of {} due in {} ms", runtime.label(),
                    frame.renderFrameIndex(), taskId, record.resubmitted() + 1, runtime.maxResubmits(),
                    Math.max(0, record.dueAt() - now));
        } else {
            decision = Decision.HANDLED;
        }
        exchange.getMessage().setHeader(DECISION, decision);
        exchange.getMessage().setHeader(RenderfarmConstants.TASK_ID, taskId);
        exchange.getMessage().setHeader(PipelineHeaders.PIPELINE, runtime.name());
        exchange.getMessage().setHeader(PipelineHeaders.RESUBMITTED, record.resubmitted());
        runtime.ledger().jobKeyOf(taskId).ifPresent(key -> exchange.getMessage().setHeader(PipelineHeaders.JOB_KEY, key));
    }

    /** After the exhausted endpoint took the frame: it is not reported again. */
    static Processor reported(PipelineRuntime runtime) {
        return exchange -> {
            RenderFrame frame = exchange.getMessage().getMandatoryBody(RenderFrame.class);
            String taskId = exchange.getMessage().getHeader(RenderfarmConstants.TASK_ID, String.class);
            runtime.ledger().updateFrame(taskId, frame.renderFrameId(),
                    record -> record.reported() ? null : record.reportedNow(), null);
        };
    }
}
