package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.pipeline.FrameRecord.State;
import io.farmroutes.spi.render.RenderFrame;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The re-submission route's steps: find the frames whose backoff ended (grouped by task, one call per task), claim
 * them, and record them sent once the farm took them. A claim that stalled (a crash mid-call) is checked against
 * the farm before it is sent again: a frame that no longer shows the failure was re-submitted already.
 */
final class ResubmitSteps {

    /** A property holding the frame records claimed for the current batch. */
    private static final String CLAIMED = "CamelRenderfarmPipeline.claimed";

    private final PipelineRuntime runtime;

    ResubmitSteps(PipelineRuntime runtime) {
        this.runtime = runtime;
    }

    /** Body: the task ids with frames due, each a list of frame ids (as {@code Map.Entry}). */
    Processor due() {
        return exchange -> {
            long now = runtime.now();
            Map<String, List<String>> byTask = new LinkedHashMap<>();
            for (PipelineLedger.Read<FrameRecord> read : runtime.ledger().frames()) {
                FrameRecord record = read.value();
                boolean due = record.state() == State.PENDING && record.dueAt() <= now
                              || record.state() == State.SENDING && runtime.stalled(record.dueAt());
                if (due) {
                    byTask.computeIfAbsent(record.taskId(), t -> new ArrayList<>()).add(record.frameId());
                }
            }
            exchange.getMessage().setBody(new ArrayList<>(byTask.entrySet()));
        };
    }

    /** Body: one entry of {@link #due()}; claims its frames and sets the headers frame/resubmit reads. */
    Processor claim() {
        return exchange -> {
            @SuppressWarnings("unchecked")
            Map.Entry<String, List<String>> batch = exchange.getMessage().getMandatoryBody(Map.Entry.class);
            String taskId = batch.getKey();
            List<FrameRecord> claimed = new ArrayList<>();
            List<FrameRecord> stalled = new ArrayList<>();
            for (String frameId : batch.getValue()) {
                Optional<PipelineLedger.Read<FrameRecord>> read = runtime.ledger().frame(taskId, frameId);
                if (read.isEmpty()) {
                    continue;
                }
                FrameRecord record = read.get().value();
                long now = runtime.now();
                if (record.state() == State.PENDING && record.dueAt() <= now) {
                    FrameRecord next = record.sending(now);
                    if (runtime.ledger().replaceFrame(read.get(), next)) {
                        claimed.add(next);
                    }
                } else if (record.state() == State.SENDING && runtime.stalled(record.dueAt())) {
                    FrameRecord next = record.with(State.SENDING, now);
                    if (runtime.ledger().replaceFrame(read.get(), next)) {
                        stalled.add(next);
                    }
                }
            }
            claimed.addAll(stillFailing(taskId, stalled));
            exchange.setProperty(CLAIMED, claimed);
            exchange.getMessage().setHeader(RenderfarmConstants.TASK_ID, taskId);
            exchange.getMessage().setHeader(RenderfarmConstants.FRAME_IDS,
                    claimed.stream().map(FrameRecord::frameId).toList());
            exchange.getMessage().setHeader(PipelineHeaders.PIPELINE, runtime.name());
            exchange.getMessage().setBody(null);
        };
    }

    /** Of the stalled claims, those whose failure the farm still shows; the rest reached the farm: sent. */
    private List<FrameRecord> stillFailing(String taskId, List<FrameRecord> stalled) {
        if (stalled.isEmpty()) {
            return List.of();
        }
        Map<String, FrameRecord> byId = new LinkedHashMap<>();
        stalled.forEach(record -> byId.put(record.frameId(), record));
        List<FrameRecord> failing = new ArrayList<>();
        for (Iterator<RenderFrame> frames = runtime.operations().frames(taskId); frames.hasNext(); ) {
            RenderFrame frame = frames.next();
            FrameRecord record = byId.remove(frame.renderFrameId());
            if (record != null && record.failure().equals(frame.changeKey())) {
                failing.add(record);
            } else if (record != null) {
                markSent(record);
            }
        }
        byId.values().forEach(this::markSent);
        return failing;
    }

    /** Whether the current batch claimed anything to send. */
    static boolean anyClaimed(Exchange exchange) {
        List<?> claimed = exchange.getProperty(CLAIMED, List.class);
        return claimed != null && !claimed.isEmpty();
    }

    /**
     * The farm call failed, perhaps after the farm took it: the claimed frames are checked against the farm on the
     * next tick (stalled at once) and sent again only if they still show their failure.
     */
    Processor retryByObservation() {
        return exchange -> {
            @SuppressWarnings("unchecked")
            List<FrameRecord> claimed = exchange.getProperty(CLAIMED, List.class);
            if (claimed != null) {
                claimed.forEach(record -> runtime.ledger().updateFrame(record.taskId(), record.frameId(),
                        current -> current.state() == State.SENDING ? current.with(State.SENDING, 0) : null,
                        record));
            }
        };
    }

    /** After frame/resubmit answered: the claimed frames are sent. */
    Processor sent() {
        return exchange -> {
            @SuppressWarnings("unchecked")
            List<FrameRecord> claimed = exchange.getProperty(CLAIMED, List.class);
            claimed.forEach(this::markSent);
        };
    }

    private void markSent(FrameRecord claimed) {
        runtime.ledger().updateFrame(claimed.taskId(), claimed.frameId(),
                record -> record.state() == State.SENDING ? record.with(State.SENT, runtime.now()) : null, claimed);
    }
}
