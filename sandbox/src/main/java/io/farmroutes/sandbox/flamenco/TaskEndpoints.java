package io.farmroutes.sandbox.flamenco;

import io.farmroutes.sandbox.EmulatorResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /tasks} (6.20, 6.21). */
final class TaskEndpoints {

    private TaskEndpoints() {
    }

    static void register(RouteTable routes) {
        routes.on("GET", "/tasks", TaskEndpoints::list)
                .on("POST", "/tasks", TaskEndpoints::report);
    }

    static EmulatorResponse list(Call call) {
        Map<String, Object> out = new LinkedHashMap<>();
        call.farm().tasks.values().forEach(t -> out.put(Long.toString(t.id), JsonShapes.taskEntry(t, call.now())));
        return Replies.ok(out);
    }

    /** A manager's status report: 204 whatever happened, except a missing status, which the server trips over. */
    static EmulatorResponse report(Call call) {
        Long id = call.args().integer("id");
        String status = call.args().text("status");
        if (status == null) {
            throw FlamencoFailure.serverError("POST /tasks without status");
        }
        call.control().report(id == null ? -1 : id, status, call.now());
        return Replies.noContent();
    }
}
