package io.farmroutes.sandbox.fox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Every operation the emulator serves, by request path: SDK paths, documentation aliases (spec §11), extras. */
final class FoxOperations {

    private final Map<String, FoxOperation> byPath = new LinkedHashMap<>();

    FoxOperations(FoxState state) {
        FoxViews views = new FoxViews(state);
        new AccountOperations(state).register(this);
        new CatalogOperations(state).register(this);
        new EnvironmentOperations(state).register(this);
        new TaskOperations(state, views).register(this);
        new FrameOperations(state, views).register(this);
        new LabelOperations(state).register(this);
        new OutputOperations(state).register(this);
        // the documentation spells these paths differently from the SDK; both reach the same operation
        alias("/api/render/handle/stopTask", "/api/rendering/task/renderingTask/stopTask");
        alias("/api/render/handle/startTask", "/api/rendering/task/renderingTask/startTask");
        alias("/api/render/handle/getTaskList", "/api/render/handle/getTaskList/v2");
        alias("/api/render/handle/queryTaskInfo", "/api/render/handle/queryTaskInfo/v2");
        alias("/api/render/task/deleteTaskLabel", "/api/render/handle/deleteTaskLabel");
        alias("/api/render/user/getRaySyncUserKey", "/api/render/transfer/getRaySyncUserKey");
    }

    void add(String name, String path, Function<FoxCall, Object> handler) {
        if (byPath.putIfAbsent(path, new FoxOperation(name, path, handler)) != null) {
            throw new IllegalStateException("path registered twice: " + path);
        }
    }

    private void alias(String aliasPath, String path) {
        byPath.put(aliasPath, byPath.get(path));
    }

    Optional<FoxOperation> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Served path → operation name, aliases included. */
    Map<String, String> paths() {
        Map<String, String> out = new LinkedHashMap<>();
        byPath.forEach((path, op) -> out.put(path, op.name()));
        return out;
    }
}
