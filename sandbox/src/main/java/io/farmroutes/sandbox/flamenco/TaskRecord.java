package io.farmroutes.sandbox.flamenco;

/** A task row: one chunk of a job's frames, and the run a simulated manager is doing of it, if any. */
final class TaskRecord {

    static final String READY = "ready";
    static final String RUNNING = "running";
    static final String FINISHED = "finished";
    static final String FAILED = "failed";
    static final String ABORTED = "aborted";
    /** Every task the server creates has this priority. */
    static final int DEFAULT_PRIORITY = 50;

    final long id;
    final long jobId;
    final int chunkStart;
    final int chunkEnd;
    /** The frame stored on the row; while a run is on, the live frame comes from the run. */
    int currentFrame;
    String status = READY;
    int priority = DEFAULT_PRIORITY;
    int dispatches;
    Long managerId;
    /** The render a simulated manager is doing now, or null. */
    TaskRun run;

    TaskRecord(long id, long jobId, int chunkStart, int chunkEnd) {
        this.id = id;
        this.jobId = jobId;
        this.chunkStart = chunkStart;
        this.chunkEnd = chunkEnd;
        this.currentFrame = chunkStart;
    }

    int currentFrameAt(long nowMs) {
        return run == null ? currentFrame : run.frameAt(nowMs);
    }

    boolean hasStatus(String s) {
        return s.equals(status);
    }

    /** Finished or failed: nothing more will happen unless someone re-queues it. */
    boolean settled() {
        return hasStatus(FINISHED) || hasStatus(FAILED);
    }
}
