package io.farmroutes.renderfarm.watch;

import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Processor;

/**
 * {@code renderfarm:frame/watch}: on each poll, reads the frames of every watched task whose progress moved
 * since the last look, and emits each frame whose state changed: every failure exactly once (a frame that
 * fails again after a re-submission is a new failure), with task id, frame id and frame number in headers.
 */
public final class FrameWatchConsumer extends WatchConsumerSupport {

    public FrameWatchConsumer(RenderfarmEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected int poll() {
        String taskNamespace = namespace("tasks");
        String frameNamespace = namespace("frames");
        boolean emitInitial = Boolean.TRUE.equals(endpoint().getEmitInitial());
        int emitted = 0;
        for (Iterator<RenderTask> tasks = tasks(); tasks.hasNext(); ) {
            RenderTask task = tasks.next();
            String progress = task.progressKey();
            if (store().get(taskNamespace, task.renderTaskId()).filter(progress::equals).isPresent()) {
                continue;
            }
            boolean complete = true;
            for (Iterator<RenderFrame> frames = operations().frames(task.renderTaskId()); frames.hasNext(); ) {
                RenderFrame frame = frames.next();
                String key = task.renderTaskId() + "/" + frame.renderFrameId();
                String now = remembered(frame.renderStatus(), frame.nativeStatus(), frame.changeKey());
                Optional<String> before = store().get(frameNamespace, key);
                if (before.isPresent() && before.get().equals(now)) {
                    continue;
                }
                // a failure counts even at first sight: it may have happened before the first poll
                boolean news = before.isPresent() || emitInitial || frame.renderStatus() == RenderStatus.FAILED;
                if (news && wanted(frame.renderStatus())) {
                    if (!emit(frame, headers(task, frame, before))) {
                        complete = false;
                        continue;
                    }
                    emitted++;
                }
                store().put(frameNamespace, key, now);
            }
            if (complete) {
                store().put(taskNamespace, task.renderTaskId(), progress);
            }
        }
        return emitted;
    }

    private static Map<String, Object> headers(RenderTask task, RenderFrame frame, Optional<String> before) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(RenderfarmConstants.TASK_ID, task.renderTaskId());
        headers.put(RenderfarmConstants.FRAME_ID, frame.renderFrameId());
        headers.put(RenderfarmConstants.FRAME_IDS, List.of(frame.renderFrameId()));
        headers.put(RenderfarmConstants.FRAME_INDEX, frame.renderFrameIndex());
        headers.put(RenderfarmConstants.NEW_STATUS, frame.renderStatus());
        headers.put(RenderfarmConstants.NATIVE_STATUS, frame.nativeStatus());
        previous(before, headers);
        return headers;
    }
}
