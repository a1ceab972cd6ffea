package io.farmroutes.renderfarm.flamenco.model;

/**
 * The outcome of job/delete. The server answers {@code DELETE /jobs/{id}} with 204 but deletes nothing, so the
 * client checks and, when the job is still there, deletes it through {@code POST /jobs/delete}.
 *
 * @param viaBulkDelete whether the fallback was needed
 */
public record JobDeletion(long jobId, boolean viaBulkDelete) {
}
