package io.farmroutes.renderfarm.watch;

import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.spi.render.RenderTask;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Processor;

/**
 * {@code renderfarm:task/watch}: on each poll, reads the watched tasks and emits each task whose status (or, with
 * {@code watchProgress}, progress) changed since it was last emitted (the task as body, its id and old and new
 * status in headers).
 */
public final class TaskWatchConsumer extends WatchConsumerSupport {

    public TaskWatchConsumer(RenderfarmEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected int poll() {
        String namespace = namespace("tasks");
        boolean emitInitial = endpoint().getEmitInitial() == null || endpoint().getEmitInitial();
        int emitted = 0;
        for (Iterator<RenderTask> tasks = tasks(); tasks.hasNext(); ) {
            RenderTask task = tasks.next();
            String change = endpoint().isWatchProgress() ? task.progressKey() : task.nativeStatus();
            String now = remembered(task.renderStatus(), task.nativeStatus(), change);
            Optional<String> before = store().get(namespace, task.renderTaskId());
            if (before.isPresent() && before.get().equals(now)) {
                continue;
            }
            if ((before.isPresent() || emitInitial) && wanted(task.renderStatus())) {
                Map<String, Object> headers = new HashMap<>();
                headers.put(RenderfarmConstants.TASK_ID, task.renderTaskId());
                headers.put(RenderfarmConstants.NEW_STATUS, task.renderStatus());
                headers.put(RenderfarmConstants.NATIVE_STATUS, task.nativeStatus());
                previous(before, headers);
                if (!emit(task, headers)) {
                    continue;
                }
                emitted++;
            }
            store().put(namespace, task.renderTaskId(), now);
        }
        return emitted;
    }
}
