package io.farmroutes.renderfarm.fox;

import io.farmroutes.renderfarm.fox.model.CreatedTasks;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.renderfarm.fox.model.TaskInfo;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.error.MalformedResponseException;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.render.RenderFrame;
import io.farmroutes.spi.render.RenderJob;
import io.farmroutes.spi.render.RenderOperations;
import io.farmroutes.spi.render.RenderTask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The portable render operations on Fox: create is createTask plus the task.json upload, status is
 * queryTaskInfo in batches, frames stream through queryTaskFrames, resubmission is recommitTaskFrames.
 */
final class FoxRenderOperations implements RenderOperations {

    /** Task ids per queryTaskInfo request, so that watching thousands of tasks stays a few requests. */
    static final int STATUS_BATCH = 100;

    private final OperationInvoker<FarmSettings> invoker;
    private final FarmSettings settings;

    FoxRenderOperations(OperationInvoker<FarmSettings> invoker, FarmSettings settings) {
        this.invoker = invoker;
        this.settings = settings;
    }

    private CompletableFuture<Object> call(String endpoint, Map<String, ?> parameters) {
        return invoker.invoke(endpoint, parameters, settings);
    }

    @Override
    public CompletableFuture<RenderTask> create(RenderJob job) {
        Map<String, Object> create = new HashMap<>();
        create.put("count", 1);
        return call("task/create", create).thenCompose(result -> {
            CreatedTasks created = (CreatedTasks) result;
            if (created == null || created.taskIdList() == null || created.taskIdList().isEmpty()) {
                throw new MalformedResponseException(FoxCatalog.catalog().label("task/create"),
                        "the answer carries no task id", null, null);
            }
            long taskId = created.taskIdList().get(0);
            return call("task/uploadJson", Map.of("taskId", taskId, "fileName", "task.json",
                    "content", taskJson(job, taskId)))
                    .thenCompose(uploaded -> status(List.of(Long.toString(taskId))))
                    .thenApply(tasks -> tasks.isEmpty() ? null : tasks.get(0));
        });
    }

    /** The task.json the farm's analysis would write: the scene, the frames and the software, plus extras. */
    private Map<String, Object> taskJson(RenderJob job, long taskId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("task_id", Long.toString(taskId));
        info.put("frames", job.frames());
        if (job.scene() != null) {
            info.put("input_scene_path", job.scene());
        }
        info.put("project_name", job.name());
        settings.text("platform").ifPresent(platform -> info.put("platform", platform));
        info.putAll(job.attributes());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("task_info", info);
        if (job.software() != null) {
            document.put("software_config", Map.of("cg_name", job.software()));
        }
        return document;
    }

    @Override
    public CompletableFuture<Void> submit(String taskId) {
        return call("task/submit", Map.of("taskId", taskId)).thenApply(ack -> null);
    }

    @Override
    public CompletableFuture<List<RenderTask>> status(Collection<String> taskIds) {
        List<String> ids = List.copyOf(taskIds);
        List<CompletableFuture<Object>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += STATUS_BATCH) {
            batches.add(call("task/info", Map.of("taskIds", ids.subList(from, Math.min(ids.size(),
                    from + STATUS_BATCH)))));
        }
        return CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, RenderTask> byId = new HashMap<>();
            for (CompletableFuture<Object> batch : batches) {
                for (Object item : ((Page<?>) batch.join()).items()) {
                    TaskInfo task = (TaskInfo) item;
                    byId.put(task.renderTaskId(), task);
                }
            }
            return ids.stream().filter(byId::containsKey).map(byId::get).toList();
        });
    }

    @Override
    public Iterator<RenderTask> tasks() {
        Iterator<TaskInfo> pages = FoxPages.tasks(invoker, settings, FoxCatalog.DEFAULT_PAGE_SIZE).blockingIterator();
        return widen(pages);
    }

    @Override
    public Iterator<RenderFrame> frames(String taskId) {
        return widen(FoxPages.frames(invoker, settings, Long.parseLong(taskId), FoxCatalog.DEFAULT_PAGE_SIZE)
                .blockingIterator());
    }

    private static <T> Iterator<T> widen(Iterator<? extends T> items) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public T next() {
                return items.next();
            }
        };
    }

    @Override
    public CompletableFuture<Void> resubmitFrames(String taskId, Collection<String> frameIds) {
        return call("frame/recommit", Map.of("taskId", taskId, "frameIds", List.copyOf(frameIds)))
                .thenApply(ack -> null);
    }

    @Override
    public CompletableFuture<Void> stop(String taskId) {
        return call("task/stop", Map.of("taskIds", List.of(taskId))).thenApply(ack -> null);
    }
}
