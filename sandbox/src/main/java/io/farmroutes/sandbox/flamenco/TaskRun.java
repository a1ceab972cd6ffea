package io.farmroutes.sandbox.flamenco;

/**
 * One render of a task by a simulated manager: frames {@code firstFrame..lastFrame}, one every
 * {@code frameMillis} from {@code startMs}.
 *
 * @param workerId the worker doing it, or null on a manager with virtual workers
 * @param fails    decided at dispatch: whether the manager will report the run as failed
 */
record TaskRun(long taskId, long managerId, Long workerId, long startMs, int firstFrame, int lastFrame,
               long frameMillis, boolean fails) {

    long endMs() {
        return startMs + (long) (lastFrame - firstFrame + 1) * frameMillis;
    }

    /** The frame being rendered at this moment (the last one once the run is over). */
    int frameAt(long nowMs) {
        long done = Math.max(0, nowMs - startMs) / frameMillis;
        return (int) Math.min(lastFrame, firstFrame + done);
    }

    /** Orders runs by the moment they end, then by task, so that simultaneous ends are handled in a fixed order. */
    Key key() {
        return new Key(endMs(), taskId);
    }

    /** Where a run sits in the queue of pending completions. */
    record Key(long endMs, long taskId) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Long.compare(endMs, o.endMs);
            return c != 0 ? c : Long.compare(taskId, o.taskId);
        }
    }
}
