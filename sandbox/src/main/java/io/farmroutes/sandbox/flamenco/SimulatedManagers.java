package io.farmroutes.sandbox.flamenco;

/**
 * The manager side of spec §8, simulated: a dispatched task runs on a free worker (any number at once on a manager
 * with virtual workers), one frame per {@code frameMillis}; asked to stop, the manager reports {@code aborted}
 * and the frame it had reached.
 */
final class SimulatedManagers {

    /** A manager's answer to {@code DELETE /tasks/{id}}. */
    record StopReport(int frameCurrent, String status) {
    }

    private final Farm farm;

    SimulatedManagers(Farm farm) {
        this.farm = farm;
    }

    /**
     * Starts rendering the task at {@code atMs}, from its current frame to its chunk's end. The caller has checked
     * that a non-virtual manager has a free worker.
     */
    void start(TaskRecord task, ManagerRecord manager, long atMs, long frameMillis, boolean fails) {
        WorkerRecord worker = manager.virtualWorkers ? null : manager.firstFreeWorker();
        if (!manager.virtualWorkers && worker == null) {
            throw new IllegalStateException("manager " + manager.id + " has no free worker");
        }
        int first = Math.max(task.chunkStart, Math.min(task.currentFrame, task.chunkEnd));
        TaskRun run = new TaskRun(task.id, manager.id, worker == null ? null : worker.id, atMs, first, task.chunkEnd,
                frameMillis, fails);
        task.run = run;
        if (worker != null) {
            worker.currentTask = task.id;
        }
        manager.running.add(task.id);
        farm.runs.add(run.key());
    }

    /** {@code DELETE /tasks/{id}} to the task's manager: the run ends where it is. */
    StopReport stop(TaskRecord task, long atMs) {
        int frame = task.currentFrameAt(atMs);
        release(task);
        return new StopReport(frame, TaskRecord.ABORTED);
    }

    /** Frees the worker and forgets the run (it ended, was stopped, or the server was told it ended). */
    void release(TaskRecord task) {
        TaskRun run = task.run;
        if (run == null) {
            return;
        }
        task.run = null;
        farm.runs.remove(run.key());
        ManagerRecord manager = farm.managers.get(run.managerId());
        if (manager == null) {
            return;
        }
        manager.running.remove(task.id);
        for (WorkerRecord w : manager.workers) {
            if (Long.valueOf(task.id).equals(w.currentTask)) {
                w.currentTask = null;
            }
        }
    }
}
