package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.spi.render.RenderStatus;

/**
 * Where one task of a pipeline stands: the body of the progress and completion exchanges.
 *
 * @param jobKey      the request's key
 * @param jobName     the job's name
 * @param taskId      the farm's id of the task
 * @param status      the task's status
 * @param frames      frames in the task, or -1 when the farm does not say
 * @param framesDone  frames rendered
 * @param framesFailed frames failed now (some may be re-submitted)
 * @param resubmitted frame re-submissions sent so far
 * @param exhausted   frames given up on after the last allowed re-submission
 */
public record TaskProgress(String pipeline, String jobKey, String jobName, String taskId, RenderStatus status,
                           String nativeStatus, int frames, int framesDone, int framesFailed, int resubmitted,
                           int exhausted) {
}
