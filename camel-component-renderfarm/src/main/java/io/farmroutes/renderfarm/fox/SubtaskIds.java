package io.farmroutes.renderfarm.fox;

import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.renderfarm.fox.model.TaskInfo;
import io.farmroutes.spi.engine.CompositeOperation;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.render.FarmSettings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@code task/subtaskIds} (§12): the ids of a layered task's child tasks, or the task itself when it has
 * none, where the SDK would crash on the null child list.
 */
final class SubtaskIds implements CompositeOperation<FarmSettings> {

    @Override
    public CompletableFuture<Object> run(Map<String, Object> parameters, FarmSettings settings,
                                         OperationInvoker<FarmSettings> invoker) {
        long taskId = (Long) parameters.get("taskId");
        return invoker.send(FoxCatalog.catalog().require("task/info"), Map.of("taskIds", List.of(taskId)), settings)
                .thenApply(result -> {
                    Page<?> page = (Page<?>) result;
                    if (page.items().isEmpty() || !(page.items().get(0) instanceof TaskInfo task)
                            || task.respRenderingTaskList() == null || task.respRenderingTaskList().isEmpty()) {
                        return List.of(taskId);
                    }
                    return task.respRenderingTaskList().stream().map(TaskInfo::id).filter(Objects::nonNull).toList();
                });
    }
}
