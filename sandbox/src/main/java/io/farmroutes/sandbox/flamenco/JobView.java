package io.farmroutes.sandbox.flamenco;

import java.util.List;

/**
 * A snapshot of one job for tests. Integers the server holds as null read as 0.
 *
 * @param managerIds the managers the job may run on, as linked at creation
 * @param tasks      the job's tasks, oldest first
 */
public record JobView(long id, long projectId, String name, String status, int frameStart, int frameEnd, int chunkSize,
                      int priority, List<Long> managerIds, List<TaskView> tasks) {

    public JobView {
        managerIds = List.copyOf(managerIds);
        tasks = List.copyOf(tasks);
    }

    /** The tasks' statuses, oldest task first. */
    public List<String> taskStatuses() {
        return tasks.stream().map(TaskView::status).toList();
    }
}
