package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.spi.render.RenderJob;

import java.util.List;

/**
 * What a pipeline remembers of one request, as JSON in the state store. The phase moves forward only, each step
 * by a conditional write, so that of two threads or nodes only one performs the step that follows.
 *
 * @param localAssets  the request's asset files, to send them again when a restart finds the request CLAIMED
 * @param remoteAssets where the farm sees the transferred assets
 * @param since        when the record entered this phase (epoch millis): how a stalled step is recognised
 */
record JobRecord(Phase phase, String taskId, RenderJob job, List<String> localAssets, List<String> remoteAssets,
                 long since) {

    /** Where a request stands. */
    enum Phase {
        /** Claimed by a submitter; assets and creation under way. */
        CLAIMED,
        /** The task exists on the farm and was not submitted. */
        CREATED,
        /** Submission under way: if it stalls, a second submission is refused by the farm, not repeated. */
        SUBMITTING,
        /** Rendering; watched. */
        SUBMITTED,
        /** Sending the task to the completion or exhausted endpoint. */
        FINISHING,
        COMPLETED,
        FAILED;

        boolean finished() {
            return this == COMPLETED || this == FAILED;
        }
    }

    static JobRecord claimed(RenderRequest request, long now) {
        return new JobRecord(Phase.CLAIMED, null, request.job(),
                request.assets().stream().map(path -> path.toAbsolutePath().toString()).toList(), List.of(), now);
    }

    JobRecord {
        localAssets = localAssets == null ? List.of() : List.copyOf(localAssets);
        remoteAssets = remoteAssets == null ? List.of() : List.copyOf(remoteAssets);
    }

    JobRecord to(Phase next, long now) {
        return new JobRecord(next, taskId, job, localAssets, remoteAssets, now);
    }

    JobRecord created(String newTaskId, RenderJob sent, List<String> remote, long now) {
        return new JobRecord(Phase.CREATED, newTaskId, sent, localAssets, remote, now);
    }
}
