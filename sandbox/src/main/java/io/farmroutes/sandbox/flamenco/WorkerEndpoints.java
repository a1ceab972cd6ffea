package io.farmroutes.sandbox.flamenco;

import io.farmroutes.sandbox.EmulatorResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /workers} (6.3–6.5): what the managers report, merged; the two broken calls behind their quirks. */
final class WorkerEndpoints {

    private WorkerEndpoints() {
    }

    static void register(RouteTable routes) {
        routes.on("GET", "/workers", WorkerEndpoints::list)
                .on("POST", "/workers", WorkerEndpoints::update)
                .on("GET", "/workers/{int}", WorkerEndpoints::get);
    }

    /** Every manager's answer merged by host name (a later manager wins a clash). */
    static EmulatorResponse list(Call call) {
        Map<String, Object> out = new LinkedHashMap<>();
        call.farm().managers.values().forEach(m -> out.putAll(JsonShapes.workers(m)));
        return Replies.ok(out);
    }

    /** Broken (500) while the quirk is on; off, the intended behaviour: set each worker's status, 204. */
    static EmulatorResponse update(Call call) {
        if (call.quirk(FlamencoQuirk.WORKER_UPDATE_BROKEN)) {
            throw FlamencoFailure.serverError("POST /workers looks up worker records that were never created");
        }
        List<Long> ids = call.args().idList("id");
        String status = call.args().text("status");
        if (ids == null) {
            throw FlamencoFailure.serverError("POST /workers without id");
        }
        for (long id : ids) {
            WorkerRecord w = worker(call.farm(), id)
                    .orElseThrow(() -> FlamencoFailure.notFound("Worker " + id + " doesn't exist"));
            if (status != null) {
                w.status = status;
            }
        }
        // a worker enabled again may take a waiting task at once, as the manager would ask for one
        call.control().dispatch(call.now());
        return Replies.noContent();
    }

    /** 404 while the quirk is on (the server keeps no worker records); off, the worker's run_info. */
    static EmulatorResponse get(Call call) {
        long id = call.idParam(0);
        Optional<WorkerRecord> w = call.quirk(FlamencoQuirk.WORKER_RECORDS_MISSING) ? Optional.empty()
                : worker(call.farm(), id);
        return w.map(x -> Replies.ok(JsonShapes.runInfo(x)))
                .orElseThrow(() -> FlamencoFailure.notFound("Worker " + call.pathParam(0) + " doesn't exist"));
    }

    private static Optional<WorkerRecord> worker(Farm farm, long id) {
        return farm.managers.values().stream().flatMap(m -> m.workers.stream()).filter(w -> w.id == id).findFirst();
    }
}
