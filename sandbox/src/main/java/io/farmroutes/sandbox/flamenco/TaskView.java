package io.farmroutes.sandbox.flamenco;

/**
 * A snapshot of one task (chunk) for tests.
 *
 * @param dispatches how often the task was sent to a manager
 * @param managerId  the manager it was last sent to, or null if it never was
 */
public record TaskView(long id, long jobId, int chunkStart, int chunkEnd, int currentFrame, String status,
                       int dispatches, Long managerId) {
}
