package io.farmroutes.renderfarm.pipeline;

/**
 * What a pipeline remembers of one frame that failed, as JSON in the state store.
 *
 * @param failure     the change key of the last failure handled: the same failure seen again is not handled twice
 * @param resubmitted re-submissions sent (or being sent)
 * @param dueAt       PENDING: when to re-submit; SENDING: when the send began (epoch millis)
 * @param reported    EXHAUSTED: whether the exhausted endpoint has it
 */
record FrameRecord(String taskId, String frameId, String frameIndex, State state, String failure, int resubmitted,
                   long dueAt, boolean reported) {

    /** Where a failed frame stands. */
    enum State {
        /** Waits for its backoff to end. */
        PENDING,
        /** The re-submission is being sent. */
        SENDING,
        /** Re-submitted; a new failure starts the cycle again. */
        SENT,
        /** Failed after the last allowed re-submission. */
        EXHAUSTED
    }

    FrameRecord with(State next, long at) {
        return new FrameRecord(taskId, frameId, frameIndex, next, failure, resubmitted, at, reported);
    }

    FrameRecord failedAgain(String changeKey, State next, long at) {
        return new FrameRecord(taskId, frameId, frameIndex, next, changeKey, resubmitted, at, false);
    }

    FrameRecord sending(long at) {
        return new FrameRecord(taskId, frameId, frameIndex, State.SENDING, failure, resubmitted + 1, at, false);
    }

    FrameRecord reportedNow() {
        return new FrameRecord(taskId, frameId, frameIndex, state, failure, resubmitted, dueAt, true);
    }
}
