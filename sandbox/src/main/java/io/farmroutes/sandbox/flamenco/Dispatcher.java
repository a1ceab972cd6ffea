package io.farmroutes.sandbox.flamenco;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Task dispatch (spec §8): ready tasks of ready or running jobs, by task priority and then by how few managers the
 * job allows, each to the least-loaded allowed manager with a free worker and without virtual workers, else to the
 * first allowed manager with virtual workers, else left for a later dispatch.
 */
final class Dispatcher {

    private final Farm farm;
    private final SimulatedManagers managers;
    private final SimRules rules;

    Dispatcher(Farm farm, SimulatedManagers managers, SimRules rules) {
        this.farm = farm;
        this.managers = managers;
        this.rules = rules;
    }

    void dispatch(long atMs) {
        Map<Long, List<ManagerRecord>> allowedByJob = new HashMap<>();
        List<Candidate> queue = new ArrayList<>();
        for (TaskRecord t : farm.tasks.values()) {
            if (t.hasStatus(TaskRecord.READY) && dispatchable(farm.jobs.get(t.jobId))) {
                queue.add(new Candidate(t, allowedByJob.computeIfAbsent(t.jobId,
                        id -> allowedManagers(farm.jobs.get(id)))));
            }
        }
        // tasks come in id order, so a stable sort keeps that order among equals
        queue.sort(Comparator.comparingInt((Candidate c) -> c.task().priority)
                .thenComparingInt(c -> c.allowed().size()));
        // sending only uses up capacity, so a job that found no manager in this round will not find one later in it
        Set<Long> stuckJobs = new HashSet<>();
        for (Candidate c : queue) {
            if (stuckJobs.contains(c.task().jobId)) {
                continue;
            }
            ManagerRecord target = choose(c.allowed());
            if (target == null) {
                stuckJobs.add(c.task().jobId);
            } else {
                send(c.task(), target, atMs);
            }
        }
    }

    /** A ready task and the managers its job allows. */
    private record Candidate(TaskRecord task, List<ManagerRecord> allowed) {
    }

    private static boolean dispatchable(JobRecord job) {
        return job != null && (job.hasStatus("ready") || job.hasStatus("running"));
    }

    private List<ManagerRecord> allowedManagers(JobRecord job) {
        return job.managerIds.stream().distinct().map(farm.managers::get).filter(Objects::nonNull)
                .sorted(Comparator.comparingLong(m -> m.id)).toList();
    }

    private static ManagerRecord choose(List<ManagerRecord> allowed) {
        return allowed.stream()
                .filter(m -> !m.virtualWorkers && m.hasFreeWorker())
                .min(Comparator.comparingInt((ManagerRecord m) -> m.running.size()).thenComparingLong(m -> m.id))
                .or(() -> allowed.stream().filter(m -> m.virtualWorkers).findFirst())
                .orElse(null);
    }

    private void send(TaskRecord task, ManagerRecord manager, long atMs) {
        boolean fails = rules.fails(task.id, task.dispatches);
        managers.start(task, manager, atMs, rules.frameMillis(), fails);
        task.dispatches++;
        task.managerId = manager.id;
        task.status = TaskRecord.RUNNING;
    }
}
