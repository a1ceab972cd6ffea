package io.farmroutes.sandbox.flamenco;

import static io.farmroutes.sandbox.flamenco.FlamencoJson.obj;

import io.farmroutes.sandbox.EmulatorResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code /managers} (6.6–6.8): listing, self-registration and worker-count updates. */
final class ManagerEndpoints {

    /** A simulated site larger than this would only cost memory. */
    private static final int MAX_WORKERS = 1000;

    private ManagerEndpoints() {
    }

    static void register(RouteTable routes) {
        routes.on("GET", "/managers", ManagerEndpoints::list)
                .on("POST", "/managers", ManagerEndpoints::register)
                .on("PATCH", "/managers/{name}", ManagerEndpoints::patch);
    }

    static EmulatorResponse list(Call call) {
        Map<String, Object> out = new LinkedHashMap<>();
        call.farm().managers.values().forEach(m -> out.put(String.valueOf(m.name), JsonShapes.managerEntry(m)));
        return Replies.ok(out);
    }

    /**
     * 200 with the manager's uuid. Identity is the caller's address and {@code port}: a known pair gets its uuid
     * back, unchanged; a new pair becomes a simulated manager with {@code total_workers} workers (none if absent).
     */
    static EmulatorResponse register(Call call) {
        FlamencoArgs args = call.args();
        Integer port = args.smallInteger("port");
        String name = args.text("name");
        Integer virtual = args.smallInteger("has_virtual_workers");
        Integer workers = args.smallInteger("total_workers");
        ManagerRecord known = call.farm().managers.values().stream()
                .filter(m -> m.ipAddress.equals(call.callerIp()) && Objects.equals(m.port, port))
                .findFirst().orElse(null);
        if (known == null) {
            known = call.farm().addManager(name, call.callerIp(), port, virtual != null && virtual != 0,
                    workers == null ? 0 : Math.min(workers, MAX_WORKERS), null, null, 0);
        }
        return Replies.ok(obj("uuid", known.uuid));
    }

    /** Stores {@code total_workers} (null when absent), resizes the simulated site, and runs dispatch. */
    static EmulatorResponse patch(Call call) {
        Integer total = call.args().smallInteger("total_workers");
        String uuid = call.pathParam(0);
        ManagerRecord m = call.farm().managers.values().stream().filter(x -> x.uuid.equals(uuid)).findFirst()
                .orElseThrow(() -> FlamencoFailure.serverError("no manager with uuid " + uuid));
        m.totalWorkers = total;
        call.farm().resizeWorkers(m, total == null ? 0 : Math.min(total, MAX_WORKERS));
        call.control().dispatch(call.now());
        return Replies.ok(obj("total_workers", total));
    }
}
