package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.renderfarm.pipeline.JobRecord.Phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs on start and then now and again: carries on the requests an earlier run (or a stalled thread) left half
 * way, and names the tasks whose finish may have been missed, for the finish route to look at. On the first
 * run every task in flight is looked at, since a restart may have come between a task's end and its finish.
 */
final class ResumeStep implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ResumeStep.class);

    private final PipelineRuntime runtime;
    private final SubmitStep submit;
    private volatile boolean started;

    ResumeStep(PipelineRuntime runtime, SubmitStep submit) {
        this.runtime = runtime;
        this.submit = submit;
    }

    @Override
    public void process(Exchange exchange) {
        boolean first = !started;
        started = true;
        List<String> toFinish = new ArrayList<>();
        for (Map.Entry<String, JobRecord> entry : runtime.ledger().jobs().entrySet()) {
            String key = entry.getKey();
            JobRecord record = entry.getValue();
            if (record.phase().finished() || runtime.busyKeys().contains(key)) {
                continue;
            }
            boolean stalled = first || runtime.stalled(record.since());
            switch (record.phase()) {
                case CLAIMED, SUBMITTING -> {
                    if (stalled) {
                        resume(key, record);
                    }
                }
                case CREATED -> resume(key, record);
                case SUBMITTED -> {
                    // cheap and idempotent: a crash between submission and tracking must not hide the task
                    runtime.ledger().track(record.taskId(), key);
                    if (first) {
                        toFinish.add(record.taskId());
                    }
                }
                case FINISHING -> {
                    if (stalled) {
                        runtime.ledger().job(key).filter(read -> read.value().phase() == Phase.FINISHING)
                                .ifPresent(read -> runtime.ledger().advance(key, read,
                                        read.value().to(Phase.SUBMITTED, runtime.now())));
                        toFinish.add(record.taskId());
                    }
                }
                default -> {
                }
            }
        }
        exchange.getMessage().setBody(toFinish);
    }

    private void resume(String key, JobRecord record) {
        if (!runtime.busyKeys().add(key)) {
            return;
        }
        try {
            LOG.info("{}: resuming '{}' from {}", runtime.label(), key, record.phase());
            submit.carryOn(key);
        } catch (RuntimeException e) {
            // one request that cannot go on must not keep the others from resuming; the next run tries again
            LOG.warn("{}: resuming '{}' failed; trying again later: {}", runtime.label(), key, e.toString());
        } finally {
            runtime.busyKeys().remove(key);
        }
    }
}
