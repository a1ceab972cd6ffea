package io.farmroutes.sandbox.flamenco;

import static io.farmroutes.sandbox.flamenco.FlamencoJson.obj;

import io.farmroutes.sandbox.EmulatorResponse;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The commands on many jobs at once: {@code PUT /jobs} (§7, the dashboard's) and {@code POST /jobs/delete} (6.19). */
final class JobBulkEndpoints {

    private static final Set<String> COMMANDS = Set.of("start", "stop", "reset", "respawn");

    private JobBulkEndpoints() {
    }

    static void register(RouteTable routes) {
        routes.on("PUT", "/jobs", JobBulkEndpoints::command)
                .on("POST", "/jobs/delete", JobBulkEndpoints::delete);
    }

    /**
     * Applies {@code status} (the command) to each id in order. Success echoes the ids with status "running"
     * whatever the command; an unknown command is 400 and an unknown id (or a running job to reset) 404, both
     * echoing the fields, with earlier ids already done.
     */
    static EmulatorResponse command(Call call) {
        String rawIds = call.args().text("id");
        String command = call.args().text("status");
        if (rawIds == null) {
            throw FlamencoFailure.serverError("PUT /jobs without id");
        }
        Map<String, Object> echo = obj("id", rawIds, "status", command);
        if (command == null || !COMMANDS.contains(command)) {
            return Replies.json(400, echo);
        }
        List<Long> ids = call.args().idList("id");
        for (long id : ids) {
            JobRecord job = call.farm().jobs.get(id);
            if (job == null || command.equals("reset") && job.hasStatus("running")) {
                return Replies.json(404, echo);
            }
            apply(call, job, command);
        }
        return Replies.ok(obj("id", rawIds, "status", "running"));
    }

    private static void apply(Call call, JobRecord job, String command) {
        JobControl control = call.control();
        long now = call.now();
        switch (command) {
            case "start" -> {
                if (!isAnyOf(job, "running", "completed", "failed")) {
                    control.start(job, now);
                }
            }
            case "stop" -> {
                if (!isAnyOf(job, "stopped", "completed", "failed")) {
                    control.stop(job, now);
                }
            }
            case "reset" -> control.reset(job, now);
            case "respawn" -> control.respawn(job, now);
            default -> throw new IllegalStateException("unchecked command " + command);
        }
    }

    /**
     * Deletes each id in order (running tasks stopped through their managers first). The first unknown id ends the
     * request with 404 and the JSON body {@code ""}; the ids before it stay deleted.
     */
    static EmulatorResponse delete(Call call) {
        if (call.args().text("id") == null) {
            throw FlamencoFailure.serverError("POST /jobs/delete without id");
        }
        for (long id : call.args().idList("id")) {
            JobRecord job = call.farm().jobs.get(id);
            if (job == null) {
                return Replies.json(404, "");
            }
            call.control().delete(job, call.now());
        }
        return Replies.noContent();
    }

    private static boolean isAnyOf(JobRecord job, String... statuses) {
        for (String s : statuses) {
            if (job.hasStatus(s)) {
                return true;
            }
        }
        return false;
    }
}
