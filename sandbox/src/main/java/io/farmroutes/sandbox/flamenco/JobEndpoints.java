package io.farmroutes.sandbox.flamenco;

import io.farmroutes.sandbox.EmulatorResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /jobs} and {@code /jobs/{id}} (6.14–6.18). */
final class JobEndpoints {

    private JobEndpoints() {
    }

    static void register(RouteTable routes) {
        routes.on("GET", "/jobs", JobEndpoints::list)
                .on("POST", "/jobs", JobEndpoints::create)
                .on("GET", "/jobs/{int}", JobEndpoints::get)
                .on("PUT", "/jobs/{int}", JobEndpoints::put)
                .on("DELETE", "/jobs/{int}", JobEndpoints::delete);
    }

    /** While the quirk is on, one job without tasks or frame numbers breaks the whole list (500). */
    static EmulatorResponse list(Call call) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (JobRecord j : call.farm().jobs.values()) {
            boolean broken = j.tasks.isEmpty() || j.frameStart == null || j.frameEnd == null;
            if (broken && call.quirk(FlamencoQuirk.JOB_LIST_FAILS_ON_TASKLESS_JOB)) {
                throw FlamencoFailure.serverError("job " + j.id + " has no tasks or no frame range");
            }
            out.put(Long.toString(j.id), JsonShapes.jobEntry(j));
        }
        return Replies.ok(out);
    }

    /**
     * Commits the job row first, then links managers and creates tasks: a missing {@code managers} or a
     * {@code chunk_size} of 0 fails (500) after the row exists, leaving a job without tasks. Not idempotent.
     */
    static EmulatorResponse create(Call call) {
        JobFields fields = JobFields.read(call.args());
        List<Long> managerIds = call.args().integers("managers");
        Farm farm = call.farm();
        JobRecord job = farm.addJob();
        farm.jobsCreated++;
        job.projectId = fields.projectId();
        job.frameStart = fields.frameStart();
        job.frameEnd = fields.frameEnd();
        job.chunkSize = fields.chunkSize();
        job.currentFrame = fields.currentFrame();
        job.filepath = fields.filepath();
        job.name = fields.jobName();
        job.renderSettings = fields.renderSettings();
        job.format = fields.format();
        job.status = fields.status();
        job.priority = fields.priority();
        if (managerIds == null) {
            throw FlamencoFailure.serverError("job " + job.id + ": no managers");
        }
        managerIds.stream().distinct().forEach(job.managerIds::add);
        call.control().createTasks(job);
        call.control().dispatch(call.now());
        return Replies.created(JsonShapes.job(job, call.session(), null));
    }

    static EmulatorResponse get(Call call) {
        return Replies.ok(JsonShapes.job(find(call), call.session(), null));
    }

    /**
     * With {@code command}: start, stop, or reset (a no-op); anything else is the zeroed 200 reply while the quirk
     * is on. Without: an edit of the fields sent with a non-empty, non-zero value.
     */
    static EmulatorResponse put(Call call) {
        JobFields fields = JobFields.read(call.args());
        String command = call.args().text("command");
        JobRecord job = find(call);
        if (command != null && !command.isEmpty()) {
            return command(call, job, command);
        }
        String shownName = edit(call, job, fields);
        return Replies.ok(JsonShapes.job(job, call.session(), shownName));
    }

    private static EmulatorResponse command(Call call, JobRecord job, String command) {
        switch (command) {
            case "start" -> call.control().start(job, call.now());
            case "stop" -> call.control().stop(job, call.now());
            case "reset" -> {
                // documented as a reset, implemented as nothing
            }
            default -> {
                if (call.quirk(FlamencoQuirk.ZEROED_JOB_ON_UNKNOWN_COMMAND)) {
                    return Replies.ok(JsonShapes.zeroedJob(call.session()));
                }
                return Replies.message(400, "Unknown command '" + command + "': use start, stop or reset");
            }
        }
        return Replies.ok(JsonShapes.job(job, call.session(), null));
    }

    /**
     * Sets what was sent non-empty and non-zero; tasks are not regenerated. While the name quirk is on, a new name is
     * echoed in the reply but not stored.
     *
     * @return the name to show in the reply, or null
     */
    private static String edit(Call call, JobRecord job, JobFields f) {
        if (nonZero(f.projectId())) {
            job.projectId = f.projectId();
        }
        if (nonZero(f.frameStart())) {
            job.frameStart = f.frameStart();
        }
        if (nonZero(f.frameEnd())) {
            job.frameEnd = f.frameEnd();
        }
        if (nonZero(f.chunkSize())) {
            job.chunkSize = f.chunkSize();
        }
        if (nonZero(f.currentFrame())) {
            job.currentFrame = f.currentFrame();
        }
        if (nonZero(f.priority())) {
            job.priority = f.priority();
        }
        if (nonEmpty(f.filepath())) {
            job.filepath = f.filepath();
        }
        if (nonEmpty(f.renderSettings())) {
            job.renderSettings = f.renderSettings();
        }
        if (nonEmpty(f.format())) {
            job.format = f.format();
        }
        if (nonEmpty(f.status())) {
            job.status = f.status();
        }
        if (!nonEmpty(f.jobName())) {
            return null;
        }
        if (!call.quirk(FlamencoQuirk.JOB_NAME_NULL_IN_JOB_OBJECT)) {
            job.name = f.jobName();
        }
        return f.jobName();
    }

    /** While the quirk is on: 204 and nothing deleted. Off: the job and its tasks go (running ones stopped first). */
    static EmulatorResponse delete(Call call) {
        JobRecord job = find(call);
        if (!call.quirk(FlamencoQuirk.DELETE_JOB_DOES_NOTHING)) {
            call.control().delete(job, call.now());
        }
        return Replies.noContent();
    }

    static JobRecord find(Call call) {
        JobRecord job = call.farm().jobs.get(call.idParam(0));
        if (job == null) {
            throw FlamencoFailure.notFound("Job " + call.pathParam(0) + " doesn't exist");
        }
        return job;
    }

    private static boolean nonZero(Number n) {
        return n != null && n.longValue() != 0;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
