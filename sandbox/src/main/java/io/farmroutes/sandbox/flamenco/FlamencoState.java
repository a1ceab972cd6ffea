package io.farmroutes.sandbox.flamenco;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the emulated server and its simulated managers hold: projects, settings, jobs, tasks, managers, workers and
 * the virtual disk. Thread-safe: one lock for everything, and the simulation catches up with the clock before each
 * request and each read. Reads return immutable snapshots.
 */
public final class FlamencoState {

    private final FlamencoSettings settings;
    private final Farm farm = new Farm();
    private Clock clock = Clock.systemUTC();

    FlamencoState(FlamencoSettings settings) {
        this.settings = settings;
        seed();
    }

    /** Forgets everything, plants the seed data and goes back to the system clock. */
    synchronized void seed() {
        clock = Clock.systemUTC();
        FarmSeed.plant(farm);
    }

    /** Brings the simulation up to now, then runs the action; every request is answered through here. */
    synchronized <T> T transact(Function<Session, T> action) {
        return action.apply(catchUp());
    }

    // ---- for tests ---------------------------------------------------------------------------------------------

    /** Replaces the clock the simulation follows (tests move time by hand with it); reset restores the system one. */
    public synchronized void clock(Clock newClock) {
        this.clock = Objects.requireNonNull(newClock, "clock");
    }

    public synchronized Instant now() {
        return clock.instant();
    }

    public synchronized Optional<JobView> job(long id) {
        long now = catchUp().nowMs();
        return Optional.ofNullable(farm.jobs.get(id)).map(j -> jobView(j, now));
    }

    /** Ids of the jobs that exist, oldest first. */
    public synchronized List<Long> jobIds() {
        catchUp();
        return List.copyOf(farm.jobs.keySet());
    }

    /** How many job rows {@code POST /jobs} committed, including those of requests that then failed with 500. */
    public synchronized int jobsCreated() {
        return farm.jobsCreated;
    }

    public synchronized Optional<TaskView> task(long id) {
        long now = catchUp().nowMs();
        return Optional.ofNullable(farm.tasks.get(id)).map(t -> taskView(t, now));
    }

    /** Ids of every task, including those left behind by a deleted project, oldest first. */
    public synchronized List<Long> taskIds() {
        catchUp();
        return List.copyOf(farm.tasks.keySet());
    }

    /** The settings by name; values may be null. */
    public synchronized Map<String, String> settings() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(farm.settings));
    }

    public synchronized Optional<ProjectView> project(long id) {
        return Optional.ofNullable(farm.projects.get(id))
                .map(p -> new ProjectView(p.id, p.name, p.paths, farm.isActive(p.id)));
    }

    public synchronized List<ManagerView> managers() {
        catchUp();
        return farm.managers.values().stream()
                .map(m -> new ManagerView(m.id, m.name, m.ipAddress, m.port == null ? 0 : m.port, m.virtualWorkers,
                        m.workers.size(), m.uuid))
                .toList();
    }

    /**
     * Adds a simulated manager at {@code 10.0.2.<id>:7777}, as if it had registered and reported its workers; its
     * workers are named {@code <name>-01} and so on. Waiting tasks are dispatched at once.
     *
     * @return the manager's id
     */
    public synchronized long addManager(String name, int workers, boolean virtualWorkers) {
        if (workers < 0) {
            throw new IllegalArgumentException("workers must not be negative: " + workers);
        }
        Session session = catchUp();
        ManagerRecord m = farm.addManager(name, "10.0.2." + farm.nextManagerId(), 7777, virtualWorkers, workers,
                null, null, 0);
        session.control().dispatch(session.nowMs());
        return m.id;
    }

    /**
     * Adds a file, or directories when the path ends with '/', under the active project's {@code path_server}, for
     * {@code /browse}. Missing parent directories are created.
     *
     * @throws IllegalStateException when there is no active project or it has no {@code path_server}
     */
    public synchronized void addFile(String relativePath) {
        String root;
        try {
            root = farm.activeProject().pathServer();
        } catch (FlamencoFailure e) {
            throw new IllegalStateException("no active project: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new IllegalStateException("the active project has no path_server");
        }
        String path = VirtualFiles.join(root, relativePath);
        if (relativePath.endsWith("/")) {
            farm.files.addDirectory(path);
        } else {
            farm.files.addFile(path);
        }
    }

    /** Adds a file or directory anywhere on the server's virtual disk (absolute path). */
    public synchronized void addServerFile(String absolutePath) {
        if (absolutePath.endsWith("/")) {
            farm.files.addDirectory(absolutePath);
        } else {
            farm.files.addFile(absolutePath);
        }
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private Session catchUp() {
        long now = clock.millis();
        JobControl control = new JobControl(farm, settings.rules());
        control.advanceTo(now);
        return new Session(farm, control, now, settings.quirks());
    }

    private static JobView jobView(JobRecord j, long now) {
        return new JobView(j.id, j.projectId == null ? 0 : j.projectId, j.name, j.status, orZero(j.frameStart),
                orZero(j.frameEnd), orZero(j.chunkSize), orZero(j.priority), j.managerIds,
                j.tasks.stream().map(t -> taskView(t, now)).toList());
    }

    private static TaskView taskView(TaskRecord t, long now) {
        return new TaskView(t.id, t.jobId, t.chunkStart, t.chunkEnd, t.currentFrameAt(now), t.status, t.dispatches,
                t.managerId);
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
