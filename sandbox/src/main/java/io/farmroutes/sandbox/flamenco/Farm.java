package io.farmroutes.sandbox.flamenco;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Everything the server and its simulated managers hold in memory: tables keyed by id, settings, the virtual disk,
 * and the queue of runs waiting to end. Ids rise monotonically from 1 per kind. Guarded by the
 * {@link FlamencoState} lock.
 */
final class Farm {

    static final String ACTIVE_PROJECT = "active_project";

    final TreeMap<Long, ProjectRecord> projects = new TreeMap<>();
    final TreeMap<Long, JobRecord> jobs = new TreeMap<>();
    /** All tasks, including those whose job was deleted with its project (the server leaves them behind). */
    final TreeMap<Long, TaskRecord> tasks = new TreeMap<>();
    final TreeMap<Long, ManagerRecord> managers = new TreeMap<>();
    /** Setting name → value (null allowed), in the order the settings were first written. */
    final Map<String, String> settings = new LinkedHashMap<>();
    final VirtualFiles files = new VirtualFiles();
    /** Runs of simulated managers, soonest end first. */
    final TreeSet<TaskRun.Key> runs = new TreeSet<>();
    /** Job rows committed by {@code POST /jobs}, including those whose request then failed. */
    int jobsCreated;

    private long nextProjectId;
    private long nextJobId;
    private long nextTaskId;
    private long nextManagerId;
    private long nextWorkerId;

    Farm() {
        clear();
    }

    void clear() {
        projects.clear();
        jobs.clear();
        tasks.clear();
        managers.clear();
        settings.clear();
        files.clear();
        runs.clear();
        jobsCreated = 0;
        nextProjectId = 1;
        nextJobId = 1;
        nextTaskId = 1;
        nextManagerId = 1;
        nextWorkerId = 1;
    }

    ProjectRecord addProject(String name) {
        ProjectRecord p = new ProjectRecord(nextProjectId++);
        p.name = name;
        projects.put(p.id, p);
        return p;
    }

    JobRecord addJob() {
        JobRecord job = new JobRecord(nextJobId++);
        jobs.put(job.id, job);
        return job;
    }

    TaskRecord addTask(JobRecord job, int chunkStart, int chunkEnd) {
        TaskRecord task = new TaskRecord(nextTaskId++, job.id, chunkStart, chunkEnd);
        tasks.put(task.id, task);
        job.tasks.add(task);
        return task;
    }

    /** The id the next manager will get. */
    long nextManagerId() {
        return nextManagerId;
    }

    /** Deletes the task rows of a job (the caller has stopped any run first). */
    void removeTasks(JobRecord job) {
        job.tasks.forEach(t -> tasks.remove(t.id));
        job.tasks.clear();
    }

    /**
     * A manager with {@code workers} simulated workers.
     *
     * @param hostPrefix     worker host names are this and a two-digit number; null: the manager's name and '-'
     * @param workerIpPrefix worker addresses are this and {@code workerIpOffset + number}; null: the manager's
     */
    ManagerRecord addManager(String name, String ipAddress, Integer port, boolean virtualWorkers, int workers,
                             String hostPrefix, String workerIpPrefix, int workerIpOffset) {
        long id = nextManagerId++;
        String prefix = hostPrefix != null ? hostPrefix : (name != null ? name : "manager-" + id) + "-";
        ManagerRecord m = new ManagerRecord(id, name, ipAddress, port, uuidFor(id, ipAddress, port), virtualWorkers,
                prefix, workerIpPrefix, workerIpOffset);
        managers.put(id, m);
        resizeWorkers(m, workers);
        m.totalWorkers = workers;
        return m;
    }

    /**
     * Adds or removes workers at the end of the list. A removed worker's task, if any, goes on to its end; the
     * worker just no longer shows.
     */
    void resizeWorkers(ManagerRecord m, int count) {
        while (m.workers.size() > Math.max(0, count)) {
            m.workers.remove(m.workers.size() - 1);
        }
        while (m.workers.size() < count) {
            int number = m.workers.size() + 1;
            m.workers.add(new WorkerRecord(nextWorkerId++, m.hostPrefix + String.format("%02d", number),
                    m.workerIp(number)));
        }
    }

    /** The id the {@code active_project} setting names; 500 when it is null or not a number, as on the server. */
    long activeProjectId() {
        String value = settings.get(ACTIVE_PROJECT);
        if (value == null) {
            throw FlamencoFailure.serverError("active_project is null");
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw FlamencoFailure.serverError("active_project is not a number: " + value);
        }
    }

    /** Whether {@code active_project} names this project; false when it is null or not a number. */
    boolean isActive(long projectId) {
        String value = settings.get(ACTIVE_PROJECT);
        try {
            return value != null && Long.parseLong(value.strip()) == projectId;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The active project; 500 when there is none. */
    ProjectRecord activeProject() {
        long id = activeProjectId();
        ProjectRecord p = projects.get(id);
        if (p == null) {
            throw FlamencoFailure.serverError("active_project " + id + " does not exist");
        }
        return p;
    }

    /** 32 hex digits that depend only on the manager's identity, so a replayed session hands out the same ones. */
    private static String uuidFor(long id, String ip, Integer port) {
        String identity = "flamenco-manager/" + id + "/" + ip + "/" + port;
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }
}
