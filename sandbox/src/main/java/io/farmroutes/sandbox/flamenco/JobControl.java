package io.farmroutes.sandbox.flamenco;

import java.util.Locale;

/**
 * What the server does to jobs and tasks, shared by every endpoint and by the simulation: status reports, start,
 * stop, respawn, reset, delete, task creation and dispatch. One instance per request, under the state lock.
 */
final class JobControl {

    /** More tasks than this in one job would only exhaust the emulator's memory. */
    static final int MAX_TASKS_PER_JOB = 100_000;

    private final Farm farm;
    private final SimulatedManagers managers;
    private final Dispatcher dispatcher;

    JobControl(Farm farm, SimRules rules) {
        this.farm = farm;
        this.managers = new SimulatedManagers(farm);
        this.dispatcher = new Dispatcher(farm, managers, rules);
    }

    /**
     * Plays the simulated managers forward to {@code nowMs}: each run that ends is reported as a manager reports it
     * ({@code POST /tasks}) at the moment it ends, so the dispatch that follows starts new runs at that moment and
     * the outcome does not depend on when clients happen to look.
     */
    void advanceTo(long nowMs) {
        while (!farm.runs.isEmpty() && farm.runs.first().endMs() <= nowMs) {
            TaskRun.Key next = farm.runs.first();
            TaskRecord task = farm.tasks.get(next.taskId());
            if (task == null || task.run == null || !task.hasStatus(TaskRecord.RUNNING)) {
                // a run nobody waits for any more: drop it so that the loop moves on
                farm.runs.remove(next);
                if (task != null) {
                    managers.release(task);
                }
                continue;
            }
            report(task.id, task.run.fails() ? TaskRecord.FAILED : TaskRecord.FINISHED, next.endMs());
        }
    }

    void dispatch(long atMs) {
        dispatcher.dispatch(atMs);
    }

    /**
     * {@code POST /tasks}: only {@code finished} and {@code failed} (any case) change a running task; a job whose
     * tasks are all settled becomes completed, or failed if any failed. Dispatch runs in every case.
     */
    void report(long taskId, String status, long atMs) {
        String s = status.toLowerCase(Locale.ROOT);
        TaskRecord task = farm.tasks.get(taskId);
        if (task != null && task.hasStatus(TaskRecord.RUNNING)
                && (s.equals(TaskRecord.FINISHED) || s.equals(TaskRecord.FAILED))) {
            settle(task, s, atMs);
        }
        dispatch(atMs);
    }

    private void settle(TaskRecord task, String status, long atMs) {
        task.currentFrame = status.equals(TaskRecord.FINISHED) ? task.chunkEnd : task.currentFrameAt(atMs);
        managers.release(task);
        task.status = status;
        JobRecord job = farm.jobs.get(task.jobId);
        if (job == null) {
            return;
        }
        job.currentFrame = job.currentFrame == null ? task.chunkEnd : Math.max(job.currentFrame, task.chunkEnd);
        if (job.tasks.stream().allMatch(TaskRecord::settled)) {
            boolean anyFailed = job.tasks.stream().anyMatch(t -> t.hasStatus(TaskRecord.FAILED));
            job.status = anyFailed ? "failed" : "completed";
        }
    }

    /** Asks the task's manager to stop it; the task takes the status and frame the manager reports. */
    void stopTask(TaskRecord task, long atMs) {
        if (!task.hasStatus(TaskRecord.RUNNING)) {
            return;
        }
        SimulatedManagers.StopReport report = managers.stop(task, atMs);
        task.status = report.status();
        task.currentFrame = report.frameCurrent();
    }

    void stopRunningTasks(JobRecord job, long atMs) {
        job.tasks.forEach(t -> stopTask(t, atMs));
    }

    /** The start command: the job runs, its aborted tasks are ready again, dispatch. */
    void start(JobRecord job, long atMs) {
        job.status = "running";
        for (TaskRecord t : job.tasks) {
            if (t.hasStatus(TaskRecord.ABORTED)) {
                t.status = TaskRecord.READY;
            }
        }
        dispatch(atMs);
    }

    /** The stop command: running tasks stopped through their managers, the job stopped. */
    void stop(JobRecord job, long atMs) {
        stopRunningTasks(job, atMs);
        job.status = "stopped";
    }

    /**
     * The bulk respawn command: stop what runs, then every task that is not finished is ready again and the job
     * runs. A failed chunk starts over from its first frame; an aborted one resumes where its manager stopped.
     */
    void respawn(JobRecord job, long atMs) {
        stopRunningTasks(job, atMs);
        for (TaskRecord t : job.tasks) {
            if (t.hasStatus(TaskRecord.FINISHED)) {
                continue;
            }
            if (t.hasStatus(TaskRecord.FAILED)) {
                t.currentFrame = t.chunkStart;
            }
            t.status = TaskRecord.READY;
        }
        job.status = "running";
        dispatch(atMs);
    }

    /** The bulk reset command (the caller refuses running jobs): fresh tasks, back to the first frame, ready. */
    void reset(JobRecord job, long atMs) {
        stopRunningTasks(job, atMs);
        farm.removeTasks(job);
        job.currentFrame = job.frameStart;
        job.status = "ready";
        createTasks(job);
    }

    /** Stops and deletes the job's tasks, then the job. */
    void delete(JobRecord job, long atMs) {
        stopRunningTasks(job, atMs);
        farm.removeTasks(job);
        farm.jobs.remove(job.id);
    }

    /**
     * Splits the frame range into chunks of {@code chunk_size} frames, each a ready task. A missing range or chunk
     * size, or a chunk size of 0, fails as the server's loop does (500); a negative one yields no tasks.
     */
    void createTasks(JobRecord job) {
        if (job.frameStart == null || job.frameEnd == null || job.chunkSize == null) {
            throw FlamencoFailure.serverError("job " + job.id + ": frame range or chunk size missing");
        }
        int chunk = job.chunkSize;
        if (chunk == 0) {
            throw FlamencoFailure.serverError("job " + job.id + ": chunk_size 0");
        }
        long start = job.frameStart;
        long end = job.frameEnd;
        if (chunk < 0 || end < start) {
            return;
        }
        if ((end - start) / chunk + 1 > MAX_TASKS_PER_JOB) {
            throw FlamencoFailure.serverError("job " + job.id + ": more than " + MAX_TASKS_PER_JOB + " tasks");
        }
        for (long s = start; s <= end; s += chunk) {
            farm.addTask(job, (int) s, (int) Math.min(s + chunk - 1, end));
        }
    }
}
