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
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The portable render operations on Fox: create is createTask plus the task.json upload, status is
 * queryTaskInfo in batches, frames stream through queryTaskFrames, resubmission is recommitTaskFrames.
 */
final class FoxRenderOperations implements RenderOperations {

    /** Task ids per queryTaskInfo request, so that watching thousands of tasks stays a few requests. */
    static final int STATUS_BATCH = 100;
    /**
     * queryTaskInfo requests in flight at once: enough to overlap round trips (at 200 ms each, 10,000 tasks take
     * about 2.5 s of a 30 s cycle), few enough that a watcher does not open a connection per batch to the farm at
     * every poll and hold every answer in memory together.
     */
    static final int STATUS_CONCURRENCY = 8;

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
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += STATUS_BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + STATUS_BATCH)));
        }
        AtomicReferenceArray<Object> pages = new AtomicReferenceArray<>(batches.size());
        int lanes = Math.min(STATUS_CONCURRENCY, batches.size());
        List<CompletableFuture<Void>> running = new ArrayList<>(lanes);
        for (int lane = 0; lane < lanes; lane++) {
            // each lane asks for its share of the batches one after the other
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (int batch = lane; batch < batches.size(); batch += lanes) {
                int index = batch;
                chain = chain.thenCompose(previous -> call("task/info", Map.of("taskIds", batches.get(index))))
                        .thenAccept(page -> pages.set(index, page));
            }
            running.add(chain);
        }
        return CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, RenderTask> byId = new HashMap<>();
            for (int index = 0; index < pages.length(); index++) {
                for (Object item : ((Page<?>) pages.get(index)).items()) {
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
