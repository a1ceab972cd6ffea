package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.pipeline.FrameRecord.State;
import io.farmroutes.spi.render.RenderTask;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Turns a watched task into the pipeline's {@link TaskProgress}, with the pipeline's own counts. */
final class ProgressStep implements Processor {

    private final PipelineRuntime runtime;

    ProgressStep(PipelineRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        RenderTask task = exchange.getMessage().getMandatoryBody(RenderTask.class);
        String key = runtime.ledger().jobKeyOf(task.renderTaskId()).orElse(null);
        String name = key == null ? task.renderTaskName() : runtime.ledger().job(key)
                .map(read -> read.value().job().name()).orElse(task.renderTaskName());
        exchange.getMessage().setHeader(PipelineHeaders.PIPELINE, runtime.name());
        exchange.getMessage().setHeader(PipelineHeaders.JOB_KEY, key);
        exchange.getMessage().setHeader(RenderfarmConstants.TASK_ID, task.renderTaskId());
        exchange.getMessage().setBody(progress(runtime, key, name, task));
    }

    static TaskProgress progress(PipelineRuntime runtime, String key, String name, RenderTask task) {
        List<FrameRecord> frames = runtime.ledger().framesOf(task.renderTaskId());
        int resubmitted = frames.stream().mapToInt(FrameRecord::resubmitted).sum();
        int exhausted = (int) frames.stream().filter(f -> f.state() == State.EXHAUSTED).count();
        return new TaskProgress(runtime.name(), key, name, task.renderTaskId(), task.renderStatus(),
                task.nativeStatus(), task.renderFrameCount(), task.renderFramesDone(), task.renderFramesFailed(),
                resubmitted, exhausted);
    }
}
