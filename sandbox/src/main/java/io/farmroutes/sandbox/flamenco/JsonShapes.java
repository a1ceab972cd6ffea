package io.farmroutes.sandbox.flamenco;

import static io.farmroutes.sandbox.flamenco.FlamencoJson.obj;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of spec §6: single objects with a fixed field set, list members, and the zeroed job. */
final class JsonShapes {

    private JsonShapes() {
    }

    /** A member of {@code GET /projects}: name and paths, no id, no is_active. */
    static Map<String, Object> projectEntry(ProjectRecord p) {
        Map<String, Object> out = obj("name", p.name);
        out.putAll(p.paths);
        return out;
    }

    /** The project object; computing {@code is_active} fails (500) when {@code active_project} is null. */
    static Map<String, Object> project(ProjectRecord p, Farm farm) {
        Map<String, Object> out = obj("id", p.id, "name", p.name);
        out.putAll(p.paths);
        out.put("is_active", farm.activeProjectId() == p.id);
        return out;
    }

    /**
     * The job object of 6.15–6.17.
     *
     * @param shownName the name an edit just set, which the server echoes without storing; null otherwise
     */
    static Map<String, Object> job(JobRecord j, Session s, String shownName) {
        String name = s.quirk(FlamencoQuirk.JOB_NAME_NULL_IN_JOB_OBJECT) ? shownName
                : shownName != null ? shownName : j.name;
        return obj("id", j.id, "project_id", orZero(j.projectId), "frame_start", orZero(j.frameStart),
                "frame_end", orZero(j.frameEnd), "chunk_size", orZero(j.chunkSize),
                "current_frame", orZero(j.currentFrame), "filepath", j.filepath, "job_name", name,
                "render_settings", j.renderSettings, "format", j.format, "status", j.status,
                "priority", priority(j.priority, s));
    }

    /** The reply to an unknown {@code PUT /jobs/{id}} command: every field empty, the error in {@code status}. */
    static Map<String, Object> zeroedJob(Session s) {
        return obj("id", 0, "project_id", 0, "frame_start", 0, "frame_end", 0, "chunk_size", 0,
                "current_frame", 0, "filepath", null, "job_name", null, "render_settings", null, "format", null,
                "status", "400 BAD REQUEST", "priority", priority(null, s));
    }

    /** A member of {@code GET /jobs}. */
    static Map<String, Object> jobEntry(JobRecord j) {
        long finished = j.tasks.stream().filter(t -> t.hasStatus(TaskRecord.FINISHED)).count();
        double done = j.tasks.isEmpty() ? 0.0 : percent(finished, j.tasks.size());
        return obj("job_name", j.name, "frame_start", orZero(j.frameStart), "frame_end", orZero(j.frameEnd),
                "current_frame", orZero(j.currentFrame), "status", j.status, "percentage_done", done,
                "render_settings", j.renderSettings, "format", j.format);
    }

    /** A member of {@code GET /tasks}. */
    static Map<String, Object> taskEntry(TaskRecord t, long nowMs) {
        int current = t.currentFrameAt(nowMs);
        double done = percent(current - t.chunkStart + 1L, t.chunkEnd - t.chunkStart + 1L);
        return obj("job_id", t.jobId, "chunk_start", t.chunkStart, "chunk_end", t.chunkEnd, "current_frame", current,
                "status", t.status, "percentage_done", done, "priority", t.priority);
    }

    /** A member of {@code GET /managers}; the server probes each manager, and simulated ones always answer. */
    static Map<String, Object> managerEntry(ManagerRecord m) {
        return obj("id", m.id, "name", m.name, "ip_address", m.ipAddress, "port", m.port, "connection", "online");
    }

    /** A manager's workers as its {@code GET /workers} reports them, keyed by host name. */
    static Map<String, Object> workers(ManagerRecord m) {
        Map<String, Object> out = new LinkedHashMap<>();
        // a cloud manager's tasks are not tied to workers: show them on its workers in dispatch order
        List<Long> cloudTasks = new ArrayList<>(m.running);
        for (int i = 0; i < m.workers.size(); i++) {
            WorkerRecord w = m.workers.get(i);
            Long task = m.virtualWorkers ? (i < cloudTasks.size() ? cloudTasks.get(i) : null) : w.currentTask;
            out.put(w.hostname, obj("id", w.id, "hostname", w.hostname,
                    "status", task != null ? "rendering" : w.status, "connection", "online", "system", "Linux",
                    "port", 5000, "ip_address", w.ipAddress, "current_task", task));
        }
        return out;
    }

    /** What a worker answers on {@code /run_info}: figures derived from its id, so they are stable. */
    static Map<String, Object> runInfo(WorkerRecord w) {
        int spread = (int) (w.id * 37 % 50);
        return obj("hostname", w.hostname, "system", "Linux", "status", w.currentTask != null ? "rendering" : w.status,
                "current_task", w.currentTask, "cpu_count", 8, "cpu_percent", 10.0 + spread,
                "mem_percent", 20.0 + spread / 2.0, "disk_percent", 41.5,
                "load_average", List.of(0.5 + spread / 10.0, 0.4 + spread / 10.0, 0.3 + spread / 10.0));
    }

    /** {@code part / whole × 100} rounded half up to one decimal (Python 2's {@code round}). */
    static double percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static Object priority(Integer value, Session s) {
        if (s.quirk(FlamencoQuirk.PRIORITY_AS_STRING)) {
            return value == null ? null : value.toString();
        }
        return orZero(value);
    }

    private static Object orZero(Number n) {
        return n == null ? 0 : n;
    }
}
